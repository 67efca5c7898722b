import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  BLOB_MAX_TAGS, BLOB_METADATA_MAX_BYTES, buildLabel, labelNameFor, labelToBlobProperties, metadataBytes, serializeLabel,
  type LabelInput,
} from '../../src/report/label.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const schema = JSON.parse(readFileSync(new URL('../../schemas/label.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const R1 = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
const R2 = 'age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg';

function input(over: Partial<LabelInput> = {}): LabelInput {
  return {
    input: { name: 'data/train.jsonl', sha256: sha('in'), bytes: 1234 },
    output: { name: 'clean/train.jsonl', sha256: sha('out'), bytes: 1200, format: 'jsonl' },
    records: { read: 10, written: 9, rejected: 1 },
    level: 'highly-confidential',
    categories: ['FINANCIAL', 'PII'],
    fields: {
      '/messages/1/content': { level: 'confidential', entities: { PERSON: 2, EMAIL: 1 } },
      '/messages/0/content': { level: 'highly-confidential', entities: { CREDIT_CARD: 1 } },
    },
    entities: { PERSON: 2, EMAIL: 1, CREDIT_CARD: 1 },
    policyHash: sha('policy'),
    keyIds: ['k2', 'k1', 'k2'],
    toolVersion: '0.1.0',
    time: new Date('2026-11-26T12:00:00Z'),
    ...over,
  };
}

describe('buildLabel', () => {
  it('builds a label that validates against schemas/label.schema.json', () => {
    const label = buildLabel(input());
    expect(validate(label), JSON.stringify(validate.errors)).toBe(true);
    expect(label).toMatchObject({
      schemaVersion: 1,
      level: 'highly-confidential',
      categories: ['PII', 'FINANCIAL'],
      output: { encryption: null, format: 'jsonl' },
      records: { read: 10, written: 9, rejected: 1 },
      keyIds: ['k1', 'k2'],
      tool: { name: 'genai-sanitize', version: '0.1.0' },
      time: '2026-11-26T12:00:00.000Z',
    });
  });

  it('is deterministic: the same facts in another order give byte-identical JSON', () => {
    const a = serializeLabel(buildLabel(input()));
    const shuffled = input({
      categories: ['PII', 'FINANCIAL', 'PII'],
      entities: { CREDIT_CARD: 1, EMAIL: 1, PERSON: 2 },
      fields: {
        '/messages/0/content': { level: 'highly-confidential', entities: { CREDIT_CARD: 1 } },
        '/messages/1/content': { level: 'confidential', entities: { EMAIL: 1, PERSON: 2 } },
      },
      keyIds: ['k1', 'k2'],
      time: '2026-11-26T12:00:00Z',
    });
    expect(serializeLabel(buildLabel(shuffled))).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('records recipients (public keys) or passphrase: true for encrypted outputs', () => {
    const byKey = buildLabel(input({ output: { ...input().output, encrypted: { recipients: [R1, R2], passphrase: false } } }));
    expect(byKey.output.encryption).toEqual({ format: 'age', recipients: [R1, R2], passphrase: false });
    expect(validate(byKey)).toBe(true);
    const byPass = buildLabel(input({ output: { ...input().output, encrypted: { recipients: [], passphrase: true } } }));
    expect(byPass.output.encryption).toEqual({ format: 'age', recipients: [], passphrase: true });
    expect(validate(byPass)).toBe(true);
  });

  it('refuses a secret identity as recipient without echoing it', () => {
    const secret = 'AGE-SECRET-KEY-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQ0AAAAA';
    let msg = '';
    try {
      buildLabel(input({ output: { ...input().output, encrypted: { recipients: [secret], passphrase: false } } }));
    } catch (err) {
      msg = String((err as Error).message);
    }
    expect(msg).toMatch(/not a public age1/);
    expect(msg).not.toContain(secret);
  });

  it('refuses key ids that could be key material, bad hashes and negative counts', () => {
    expect(() => buildLabel(input({ keyIds: [Buffer.alloc(32, 1).toString('base64')] }))).toThrow(/key id/);
    expect(() => buildLabel(input({ policyHash: 'abc' }))).toThrow(/policy hash/);
    expect(() => buildLabel(input({ records: { read: 1, written: -1, rejected: 0 } }))).toThrow(/non-negative/);
    expect(() => buildLabel(input({ entities: { EMAIL: 1.5 } }))).toThrow(/EMAIL/);
  });

  it('drops a SAS query string from blob URL names', () => {
    const label = buildLabel(input({
      input: { name: 'https://acct.blob.core.windows.net/c/a.jsonl?sv=2024&sig=SECRET', sha256: sha('x'), bytes: 1 },
    }));
    expect(label.input.name).toBe('https://acct.blob.core.windows.net/c/a.jsonl');
    expect(JSON.stringify(label)).not.toContain('SECRET');
  });

  it('the schema rejects labels with unknown or missing properties', () => {
    const label = buildLabel(input()) as unknown as Record<string, unknown>;
    expect(validate({ ...label, rawValues: ['ada@example.com'] })).toBe(false);
    const { policyHash: _drop, ...missing } = label;
    expect(validate(missing)).toBe(false);
    expect(validate({ ...label, output: { ...(label.output as object), encryption: { format: 'age', recipients: ['AGE-SECRET-KEY-1X'], passphrase: false } } })).toBe(false);
  });

  it('names the manifest beside the output', () => {
    expect(labelNameFor('clean/train.jsonl.age')).toBe('clean/train.jsonl.age.label.json');
  });
});

describe('labelToBlobProperties', () => {
  const TAG_OK = /^[A-Za-z0-9 +\-./:=_]+$/;

  function checkAzureLimits(p: { metadata: Record<string, string>; tags: Record<string, string> }): void {
    for (const [k, v] of Object.entries(p.metadata)) {
      expect(k).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(v).toMatch(/^[\x20-\x7e]*$/);
    }
    expect(metadataBytes(p.metadata)).toBeLessThanOrEqual(BLOB_METADATA_MAX_BYTES);
    expect(Object.keys(p.tags).length).toBeLessThanOrEqual(BLOB_MAX_TAGS);
    for (const [k, v] of Object.entries(p.tags)) {
      expect(k.length).toBeGreaterThanOrEqual(1);
      expect(k.length).toBeLessThanOrEqual(128);
      expect(v.length).toBeGreaterThanOrEqual(1);
      expect(v.length).toBeLessThanOrEqual(256);
      expect(k).toMatch(TAG_OK);
      expect(v).toMatch(TAG_OK);
    }
  }

  it('maps level, categories, counts and hashes into metadata and queryable tags', () => {
    const p = labelToBlobProperties(buildLabel(input({ output: { ...input().output, encrypted: { recipients: [R1], passphrase: false } } })));
    checkAzureLimits(p);
    expect(p.metadata).toMatchObject({
      sensitivity: 'highly-confidential',
      categories: 'PII,FINANCIAL',
      entities: 'CREDIT_CARD:1,EMAIL:1,PERSON:2',
      records_read: '10',
      policy_sha256: sha('policy'),
      key_ids: 'k1,k2',
      encryption: 'age-x25519',
      encryption_recipients: R1,
    });
    expect(p.tags).toEqual({
      sensitivity: 'highly-confidential',
      label_schema: '1',
      policy_sha256: sha('policy'),
      encryption: 'age-x25519',
      tool_version: '0.1.0',
      category_pii: 'true',
      category_financial: 'true',
    });
  });

  it('stays within 10 tags with every category, and within 8 KB metadata with huge entity lists', () => {
    const entities: Record<string, number> = {};
    for (let i = 0; i < 2000; i++) entities[`CUSTOM_ENTITY_${i}`] = i;
    const label = buildLabel(input({
      categories: ['PII', 'FINANCIAL', 'CREDENTIALS', 'HEALTH', 'PROPRIETARY'],
      entities,
      input: { name: 'données/été/' + 'x'.repeat(3000) + '.jsonl', sha256: sha('i'), bytes: 1 },
      toolVersion: '1.0.0+build (ü)',
    }));
    const p = labelToBlobProperties(label);
    checkAzureLimits(p);
    expect(Object.keys(p.tags).length).toBe(10);
    expect(p.metadata.truncated).toContain('entities');
    expect(p.metadata.entities!.endsWith('...')).toBe(true);
    expect(p.metadata.input_name).toMatch(/^donn%C3%A9es/);
  });
});
