/**
 * The label manifest written beside every output (`<output>.label.json`) and,
 * on Blob Storage, mirrored into blob metadata and index tags.
 *
 * A label says how sensitive an output is and how it was made; it never holds
 * a sensitive value, key material or a secret identity: only counts, levels,
 * hashes, key ids and public age recipients. Schema: schemas/label.schema.json.
 */
import { CATEGORIES, LEVELS, type Level } from '../types.js';
import { GSError } from '../errors.js';
import { isAgeRecipient } from '../crypto/age-format.js';

/** Version of the label format; bump on any incompatible change (and in the JSON Schema). */
export const LABEL_SCHEMA_VERSION = 1;
/** Value of `schema` in every label. */
export const LABEL_SCHEMA_ID = 'genai-sanitize/label';

/** Per-field summary: highest level found in the field and entity counts. */
export interface FieldLabel {
  level: Level;
  entities: Record<string, number>;
}

/** Everything the pipeline knows when one output is complete. */
export interface LabelInput {
  /** `name`: display name (path, `-`, or blob URL; a query string is dropped). `sha256`/`bytes`: of the raw bytes read (compressed/encrypted as stored). */
  input: { name: string; sha256: string; bytes: number };
  /** `sha256`/`bytes`: of the bytes as stored (the age file when encrypted). `format`: csv, tsv, jsonl, json, text (+ `.gz` not included). */
  output: {
    name: string;
    sha256: string;
    bytes: number;
    format: string;
    /** Set when the output is an age file: public recipients, or passphrase true. */
    encrypted?: { recipients: string[]; passphrase: boolean };
  };
  records: { read: number; written: number; rejected: number };
  /** Level of the whole file (highest inside it). */
  level: Level;
  /** Categories found in the file. */
  categories: string[];
  /** Field path (CSV column or JSON Pointer) -> its summary. */
  fields: Record<string, FieldLabel>;
  /** Entity -> number of findings in the file. */
  entities: Record<string, number>;
  /** sha256 (hex) of the canonical policy (Plan.policyHash). */
  policyHash: string;
  /** Ids of the keyring keys used by keyed operators (never material). */
  keyIds: readonly string[];
  toolVersion: string;
  /** When the output was committed. */
  time: Date | string;
}

/** The label manifest as written to `<output>.label.json`. Keys are sorted so equal inputs give byte-identical labels. */
export interface Label {
  schema: typeof LABEL_SCHEMA_ID;
  schemaVersion: typeof LABEL_SCHEMA_VERSION;
  level: Level;
  categories: string[];
  input: { name: string; sha256: string; bytes: number };
  output: {
    name: string;
    sha256: string;
    bytes: number;
    format: string;
    /** null when the output is not encrypted. */
    encryption: { format: 'age'; recipients: string[]; passphrase: boolean } | null;
  };
  records: { read: number; written: number; rejected: number };
  fields: Record<string, FieldLabel>;
  entities: Record<string, number>;
  policyHash: string;
  keyIds: string[];
  tool: { name: 'genai-sanitize'; version: string };
  /** ISO 8601 UTC. */
  time: string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Builds a label from what the pipeline knows. Pure and deterministic: maps
 * are key-sorted, lists de-duplicated. Throws GSError('USAGE') for values that
 * must never reach a label (a secret identity as a recipient, a URL query
 * string is silently dropped instead) and for malformed hashes or counts.
 */
export function buildLabel(input: LabelInput): Label {
  const fail = (what: string) => new GSError('USAGE', `cannot build the label: ${what}`);
  if (!isLevel(input.level)) throw fail('unknown level');
  for (const [where, h] of [['input sha256', input.input.sha256], ['output sha256', input.output.sha256], ['policy hash', input.policyHash]] as const) {
    if (!SHA256_HEX.test(h)) throw fail(`${where} must be 64 lower-case hex digits`);
  }
  for (const [where, n] of Object.entries({ ...input.records, 'input bytes': input.input.bytes, 'output bytes': input.output.bytes })) {
    if (!Number.isSafeInteger(n) || n < 0) throw fail(`${where} must be a non-negative integer`);
  }
  for (const id of input.keyIds) {
    // a key id is a short name; anything longer or with base64 punctuation might be key material
    if (!KEY_ID.test(id)) throw fail('a key id is malformed (ids are 1-64 letters, digits, ".", "_" or "-")');
  }
  const given = input.output.encrypted;
  const enc = given ? { recipients: given.recipients ?? [], passphrase: given.passphrase === true } : undefined;
  if (enc) {
    enc.recipients.forEach((r, i) => {
      // only public keys may be published; refuse (and never echo) anything else
      if (!isAgeRecipient(r)) throw fail(`encryption recipient ${i + 1} is not a public age1... recipient`);
    });
    if (enc.passphrase && enc.recipients.length > 0) throw fail('age encrypts to recipients or a passphrase, not both');
    if (!enc.passphrase && enc.recipients.length === 0) throw fail('encrypted output without recipients or passphrase');
  }
  const fields: Record<string, FieldLabel> = {};
  for (const path of Object.keys(input.fields).sort()) {
    const f = input.fields[path]!;
    if (!isLevel(f.level)) throw fail(`unknown level for field ${path}`);
    fields[path] = { level: f.level, entities: sortedCounts(f.entities, fail) };
  }
  const time = typeof input.time === 'string' ? new Date(input.time) : input.time;
  if (Number.isNaN(time.getTime())) throw fail('time is not a date');
  return {
    schema: LABEL_SCHEMA_ID,
    schemaVersion: LABEL_SCHEMA_VERSION,
    level: input.level,
    categories: sortCategories(input.categories),
    input: { name: displayName(input.input.name), sha256: input.input.sha256, bytes: input.input.bytes },
    output: {
      name: displayName(input.output.name),
      sha256: input.output.sha256,
      bytes: input.output.bytes,
      format: input.output.format,
      encryption: enc ? { format: 'age', recipients: [...new Set(enc.recipients)], passphrase: enc.passphrase } : null,
    },
    records: { read: input.records.read, written: input.records.written, rejected: input.records.rejected },
    fields,
    entities: sortedCounts(input.entities, fail),
    policyHash: input.policyHash,
    keyIds: [...new Set(input.keyIds)].sort(),
    tool: { name: 'genai-sanitize', version: input.toolVersion },
    time: time.toISOString(),
  };
}

/** The label as file content: 2-space JSON with a final newline. */
export function serializeLabel(label: Label): string {
  return JSON.stringify(label, null, 2) + '\n';
}

/** `<output>.label.json` for an output name (path or blob name). */
export function labelNameFor(outputName: string): string {
  return `${outputName}.label.json`;
}

/** Azure limits (notes/azure-contract.md section D). */
export const BLOB_METADATA_MAX_BYTES = 8 * 1024;
export const BLOB_MAX_TAGS = 10;
const TAG_CHARS = /[^A-Za-z0-9 +\-./:=_]/g;

/** Metadata values truncated first when the 8 KB budget is exceeded, in this order. */
const TRUNCATABLE = ['entities', 'encryption_recipients', 'key_ids', 'input_name', 'output_name', 'categories'] as const;

/**
 * Blob metadata and index tags for a label. Metadata: lower-case snake ASCII
 * keys, printable-ASCII values (others percent-encoded), total <= 8 KB (long
 * lists truncated with `...` and named in `truncated`). Tags: at most 10,
 * keys/values 1-128/1-256 chars from `[A-Za-z0-9 +-./:=_]`: `sensitivity`,
 * `label_schema`, `policy_sha256`, `encryption`, `tool_version`, and
 * `category_<name>=true` for each category present (queryable with findBlobsByTags).
 */
export function labelToBlobProperties(label: Label): { metadata: Record<string, string>; tags: Record<string, string> } {
  const enc = label.output.encryption;
  const encryption = !enc ? 'none' : enc.passphrase ? 'age-passphrase' : 'age-x25519';
  const metadata: Record<string, string> = {
    label_schema: String(label.schemaVersion),
    sensitivity: label.level,
    categories: label.categories.join(',') || 'none',
    entities: Object.entries(label.entities).map(([e, n]) => `${e}:${n}`).join(',') || 'none',
    records_read: String(label.records.read),
    records_written: String(label.records.written),
    records_rejected: String(label.records.rejected),
    input_name: asciiValue(label.input.name),
    input_sha256: label.input.sha256,
    output_name: asciiValue(label.output.name),
    output_sha256: label.output.sha256,
    format: asciiValue(label.output.format),
    policy_sha256: label.policyHash,
    key_ids: asciiValue(label.keyIds.join(',')) || 'none',
    encryption,
    ...(enc && enc.recipients.length > 0 ? { encryption_recipients: enc.recipients.join(',') } : {}),
    tool_version: asciiValue(label.tool.version),
    labelled_at: label.time,
  };
  fitMetadata(metadata);

  const tags: Record<string, string> = {
    sensitivity: label.level,
    label_schema: String(label.schemaVersion),
    policy_sha256: label.policyHash,
    encryption,
    tool_version: tagValue(label.tool.version),
  };
  for (const c of label.categories.slice(0, BLOB_MAX_TAGS - Object.keys(tags).length)) {
    tags[tagValue(`category_${c.toLowerCase()}`).slice(0, 128)] = 'true';
  }
  return { metadata, tags };
}

/** Total metadata size as Azure counts it: names plus values. */
export function metadataBytes(metadata: Record<string, string>): number {
  return Object.entries(metadata).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
}

function fitMetadata(metadata: Record<string, string>): void {
  const truncated: string[] = [];
  // room for the `truncated` entry itself
  const reserve = 'truncated'.length + TRUNCATABLE.join(',').length;
  for (const key of TRUNCATABLE) {
    const excess = metadataBytes(metadata) + reserve - BLOB_METADATA_MAX_BYTES;
    if (excess <= 0) break;
    const v = metadata[key];
    if (v === undefined) continue;
    metadata[key] = v.slice(0, Math.max(0, v.length - excess - 3)) + '...';
    truncated.push(key);
  }
  if (truncated.length > 0) metadata.truncated = truncated.join(',');
}

/** Printable ASCII stays; anything else is percent-encoded so the header value is valid. */
function asciiValue(s: string): string {
  return /^[\x20-\x7e]*$/.test(s) ? s : encodeURIComponent(s);
}

/** A tag value: allowed characters only (others become `_`), 1-256 chars. */
function tagValue(s: string): string {
  const v = s.replace(TAG_CHARS, '_').slice(0, 256);
  return v === '' ? 'none' : v;
}

/** Drops the query string (a SAS token is a credential) and fragment from URL-like names. */
function displayName(name: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(name) ? name.replace(/[?#].*$/, '') : name;
}

function isLevel(s: string): s is Level {
  return (LEVELS as readonly string[]).includes(s);
}

/** Known categories in taxonomy order, then custom ones alphabetically; de-duplicated. */
function sortCategories(categories: readonly string[]): string[] {
  const known = CATEGORIES as readonly string[];
  const rank = (c: string) => (known.includes(c) ? known.indexOf(c) : known.length);
  return [...new Set(categories)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function sortedCounts(counts: Record<string, number>, fail: (what: string) => GSError): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(counts).sort()) {
    const n = counts[k]!;
    if (!Number.isSafeInteger(n) || n < 0) throw fail(`count of ${k} must be a non-negative integer`);
    out[k] = n;
  }
  return out;
}
