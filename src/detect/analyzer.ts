/**
 * The local analyzer: built-in recognizers (registry.ts), policy deny/custom
 * rules and the names path (ner/), merged into non-overlapping findings.
 */
import { NAME_ENTITIES, type AnalyzeContext, type Analyzer, type AnalyzerOptions, type Finding } from '../types.js';
import { GSError } from '../errors.js';
import { createNerRecognizer } from './ner/index.js';
import { RECOGNIZERS } from './registry.js';
import { compileRecognizers, cuedKeyworded, fieldCues, runRecognizers, type RunOptions } from './engine.js';
import { fieldNameWords } from './context.js';
import { resolveOverlaps } from './overlap.js';
import { dropWhere } from './sort.js';
import { allowTest, customRecognizers, denyRecognizers } from './policy-rules.js';
import { flatCopy } from '../io/flat-copy.js';

export { NAME_ENTITIES };

/**
 * Builds an analyzer. All compilation (regexes, prefilter, context sets, the
 * names gazetteers) happens here; `analyze` only runs precompiled code.
 *
 * `analyze(text, ctx)` returns findings sorted by start, pairwise
 * non-overlapping (higher score wins, then longer, then earlier), each with
 * score in [minScore, 1], UTF-16 offsets and the recognizer id. `ctx.fieldName`
 * acts as a context cue (a column named `ssn` raises SSN-shaped values).
 *
 * Throws GSError('POLICY_INVALID') when an allow/deny/custom regex does not
 * compile or is prone to catastrophic backtracking, or a score is out of range.
 */
export function createAnalyzer(opts: AnalyzerOptions = {}): Analyzer {
  const minScore = opts.minScore ?? 0.5;
  if (!(minScore >= 0 && minScore <= 1)) throw new GSError('POLICY_INVALID', 'detect.minScore must be a number in [0, 1]');
  const minByEntity = opts.minScoreByEntity ?? {};
  for (const [e, s] of Object.entries(minByEntity)) {
    if (typeof s !== 'number' || !(s >= 0 && s <= 1)) throw new GSError('POLICY_INVALID', `detect.minScoreByEntity.${e} must be a number in [0, 1]`);
  }
  const phoneRegion = (opts.phoneRegion ?? 'US').toUpperCase();
  const selected = opts.entities ? new Set(opts.entities) : undefined;
  // Only the selected entities' recognizers are compiled: the others would never run, and their
  // keywords would still cost the prefilter pass over every text (--entities EMAIL: -15 % CPU).
  const recs = [...denyRecognizers(opts.deny), ...customRecognizers(opts.custom), ...RECOGNIZERS].filter((r) => !selected || selected.has(r.entity));
  const set = compileRecognizers(recs);
  const isAllowed = allowTest(opts.allow);
  const wantNames = opts.names !== false && (!selected || NAME_ENTITIES.some((e) => selected.has(e)));
  // The names path filters at the lowest threshold any name entity uses; exact thresholds apply below.
  const nerMin = Math.min(minScore, ...NAME_ENTITIES.map((e) => minByEntity[e] ?? minScore));
  const ner = wantNames ? createNerRecognizer({ minScore: nerMin, judge: opts.nlp === true }) : undefined;

  const entities = [...new Set([...recs.map((r) => r.entity), ...(wantNames ? NAME_ENTITIES : [])])].filter((e) => !selected || selected.has(e));
  const thresholds = new Map<string, number>(entities.map((e) => [e, minByEntity[e] ?? minScore]));
  const threshold = (entity: string) => thresholds.get(entity) ?? minByEntity[entity] ?? minScore;

  // Field names repeat on every record (`content`, `email`): their words and context cues are computed once.
  const runOptions = (fieldWords: string[]): RunOptions => {
    const fieldCue = fieldCues(set, fieldWords);
    return { phoneRegion, fieldWords, fieldCue, cuedKeyworded: cuedKeyworded(set, fieldCue) };
  };
  const fieldCache = new Map<string, RunOptions>();
  const noField = runOptions([]);
  let lastName: string | undefined;
  let last = noField;
  const forField = (name: string | undefined) => {
    if (!name) return noField;
    if (name === lastName) return last; // consecutive fields mostly share a name (`content`)
    let f = fieldCache.get(name);
    if (!f) {
      f = runOptions(fieldNameWords(name));
      if (fieldCache.size >= 1000) fieldCache.clear(); // bounded: wide CSVs or generated keys
      fieldCache.set(flatCopy(name), f); // a key name is a view into its input line
    }
    lastName = name;
    last = f;
    return f;
  };

  const repeats = new RepeatMemo();

  return {
    entities,
    analyze(text: string, ctx?: AnalyzeContext): Finding[] {
      if (!text) return [];
      const options = forField(ctx?.fieldName);
      // The findings depend on the text and the field name only, and each field name has its own options.
      const known = repeats.get(text, options);
      if (known !== undefined) return known;
      const raw = runRecognizers(set, text, options);
      if (ner) {
        for (const f of ner.analyze(text, ctx)) if (!selected || selected.has(f.entity)) raw.push(f);
      }
      let found = raw;
      if (raw.length > 0) {
        const kept: Finding[] = [];
        for (const f of raw) {
          if (f.score >= threshold(f.entity) && f.end > f.start && (!isAllowed || !isAllowed(text.slice(f.start, f.end)))) kept.push(f);
        }
        found = resolveOverlaps(kept);
        if (ner && found.length > 1) found = dropIdIssuers(text, found);
      }
      repeats.offer(text, options, found);
      return found;
    },
  };
}

/** What may stand between an identifier's name and its number: "NHS 693 888 1235", "BPJS: 0001", "KRA PIN No. A01". */
const ID_NAME_GAP = /^[ \t]*(?:(?:no|nr|pin|number|card|id)\.?[ \t]*)?[:#]?[ \t]*$/i;

/**
 * An organisation's name right before a national identifier is the identifier's name ("NHS 693 888 1235",
 * "Medicare 6989 01605 4", "BPJS: 0001449281736"), not a mention of the organisation: no labelled set marks one.
 */
function dropIdIssuers(text: string, found: Finding[]): Finding[] {
  return dropWhere(found, isIdIssuer, text);
}

function isIdIssuer(f: Finding, i: number, all: Finding[], text: string): boolean {
  const next = all[i + 1];
  return f.entity === 'ORGANIZATION' && next !== undefined && next.entity === 'NATIONAL_ID' && next.start - f.end <= 12 && ID_NAME_GAP.test(text.slice(f.end, next.start));
}

interface MemoSlot {
  fingerprint: number;
  options: RunOptions | undefined;
  /** The text (a flat copy), once seen twice; undefined while only its fingerprint is known. */
  text: string | undefined;
  findings: Finding[];
  /** Collisions the kept text still withstands (each reuse adds one). */
  credit: number;
}

/**
 * Findings of texts that recur. Chat exports repeat their system prompt in
 * every record (a third of the fields of a typical one), and the analyzer's
 * result (structured and names paths alike) depends only on the text and the
 * field name, which has its own options object. A
 * small direct-mapped table: a text's first sighting leaves its fingerprint
 * (length and three characters), the second keeps a copy of it and its
 * findings, later ones copy the findings out. A text that does not recur
 * costs the fingerprint only.
 */
class RepeatMemo {
  private readonly slots: MemoSlot[] = Array.from({ length: 64 }, () => ({ fingerprint: -1, options: undefined, text: undefined, findings: [], credit: 0 }));

  private slotOf(fingerprint: number): MemoSlot {
    return this.slots[(fingerprint ^ (fingerprint >>> 6) ^ (fingerprint >>> 12)) & 63];
  }

  /** A copy of the findings kept for this text and options, or undefined. */
  get(text: string, options: RunOptions): Finding[] | undefined {
    const f = fingerprint(text);
    const slot = this.slotOf(f);
    if (slot.fingerprint !== f || slot.options !== options || slot.text !== text) return undefined;
    if (slot.credit < 8) slot.credit++;
    return slot.findings.map((x) => ({ ...x }));
  }

  /** Records a text just analyzed (a miss of `get`). */
  offer(text: string, options: RunOptions, findings: Finding[]): void {
    if (text.length > 32768) return; // (bounds the memory kept: 64 slots)
    const f = fingerprint(text);
    const slot = this.slotOf(f);
    if (slot.fingerprint === f && slot.options === options && slot.text === undefined) {
      slot.text = flatCopy(text); // a view into the input line would keep the whole line alive
      slot.findings = findings.map((x) => ({ ...x })); // the caller may change the ones it gets
      slot.credit = 1;
    } else if (slot.text !== undefined && slot.credit > 0) {
      slot.credit--; // a recurring text outlasts a few one-off neighbours
    } else {
      slot.fingerprint = f;
      slot.options = options;
      slot.text = undefined;
      slot.findings = [];
      slot.credit = 0;
    }
  }
}

function fingerprint(text: string): number {
  const n = text.length;
  return (Math.imul(n, 0x9e3779b1) ^ text.charCodeAt(0) ^ (text.charCodeAt(n >> 1) << 8) ^ (text.charCodeAt(n - 1) << 16)) >>> 0;
}
