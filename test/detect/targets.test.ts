/**
 * Issue 3's accuracy targets on the labelled sets in the repository (and on
 * the shared development set when it is there): a change that costs recall
 * or precision below them fails here, not only in `npm run eval`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, parseEvalJsonl } from '../../src/detect/eval.js';
import { createAnalyzer } from '../../src/detect/analyzer.js';

const STRUCTURED = ['EMAIL', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS', 'URL', 'PHONE', 'SECRET'];
const SETS = ['fixtures/eval/local.jsonl', 'fixtures/eval/chat.jsonl', '../shared/data/dev.jsonl'].filter((f) => existsSync(f));
const analyzer = createAnalyzer({});

describe.each(SETS)('targets on %s', (file) => {
  const records = parseEvalJsonl(readFileSync(file, 'utf8'), file);
  const res = evaluate(records.map((r) => ({ text: r.text, gold: r.spans, predicted: analyzer.analyze(r.text).map((f) => ({ start: f.start, end: f.end, label: f.entity })) })));
  const present = (e: string) => (res.perEntity[e]?.gold ?? 0) > 0;

  it('structured identifiers and secrets: recall >= 0.98, precision >= 0.95', () => {
    for (const e of STRUCTURED.filter(present)) {
      expect(res.perEntity[e]!.recall, e).toBeGreaterThanOrEqual(0.98);
      expect(res.perEntity[e]!.precision, e).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('PERSON and LOCATION: recall >= 0.90, precision >= 0.85; ORGANIZATION recall >= 0.75', () => {
    for (const e of ['PERSON', 'LOCATION'].filter(present)) {
      expect(res.perEntity[e]!.recall, e).toBeGreaterThanOrEqual(0.9);
      expect(res.perEntity[e]!.precision, e).toBeGreaterThanOrEqual(0.85);
    }
    if (present('ORGANIZATION')) expect(res.perEntity.ORGANIZATION!.recall).toBeGreaterThanOrEqual(0.75);
  });
});

/**
 * The two sets written by separate sessions that did not read the engine
 * (fixtures/eval/README.md) are below some of issue 3's targets, so they get
 * floors a little under the fourth session's figures instead: a change that
 * costs accuracy on unseen styles fails here. Raise them as the engine improves.
 */
const FLOORS: Record<string, { overall: [number, number]; entities: Record<string, [number, number]> }> = {
  'fixtures/eval/handwritten.jsonl': {
    overall: [0.96, 0.95],
    entities: { PERSON: [0.96, 0.96], LOCATION: [0.97, 0.9], ORGANIZATION: [0.9, 0.87], DATE_TIME: [0.98, 0.94], PHONE: [0.98, 0.98], CREDIT_CARD: [1, 1], SECRET: [0.95, 0.97], NATIONAL_ID: [0.93, 0.98] },
  },
  'fixtures/eval/heldout.jsonl': {
    overall: [0.95, 0.93],
    entities: {
      PERSON: [0.96, 0.96], LOCATION: [0.95, 0.94], ORGANIZATION: [0.95, 0.77], DATE_TIME: [0.99, 0.98], PHONE: [0.98, 0.97], EMAIL: [1, 1], CREDIT_CARD: [1, 1], IBAN: [1, 1],
      NATIONAL_ID: [0.97, 0.97], SECRET: [0.97, 0.97], URL: [0.94, 0.98], PASSPORT: [0.9, 0.9], DRIVER_LICENSE: [0.9, 0.9],
    },
  },
  // Held out: nobody tunes on it or reads its errors (fixtures/eval/README.md). These floors only stop a change elsewhere
  // from silently costing accuracy on unseen data; a change that trips them is to be fixed, not the floor.
  'fixtures/eval/heldout9.jsonl': {
    overall: [0.93, 0.79],
    entities: {
      PERSON: [0.92, 0.81], LOCATION: [0.88, 0.63], ORGANIZATION: [0.89, 0.6], DATE_TIME: [0.97, 0.89], PHONE: [0.96, 0.96],
      SECRET: [0.98, 0.9], NATIONAL_ID: [0.98, 0.83], US_BANK_NUMBER: [0.98, 0.86], CRYPTO: [1, 1], IBAN: [1, 1], US_SSN: [0.9, 1],
      EMAIL: [0.96, 1], CREDIT_CARD: [0.92, 1], IP_ADDRESS: [0.95, 1], PASSPORT: [0.98, 0.88], DRIVER_LICENSE: [0.98, 0.9],
    },
  },
  // Held out in the tenth session, tuned on in the eleventh (datelines, caseless scripts' forms and legal forms, districts
  // after verbs of residence, landmarks after places, known agencies and retailers, surname endings): the floors keep those gains.
  'fixtures/eval/heldout8.jsonl': {
    overall: [0.93, 0.78],
    entities: {
      PERSON: [0.91, 0.8], LOCATION: [0.93, 0.64], ORGANIZATION: [0.9, 0.62], DATE_TIME: [0.95, 0.91], PHONE: [0.93, 0.94],
      SECRET: [0.95, 0.92], NATIONAL_ID: [0.98, 0.8], US_BANK_NUMBER: [0.98, 0.88], CRYPTO: [1, 1], IBAN: [1, 0.95], US_SSN: [1, 1],
      EMAIL: [0.95, 1], CREDIT_CARD: [1, 1], IP_ADDRESS: [0.98, 0.98], PASSPORT: [0.98, 0.83], URL: [0.9, 0.98], DRIVER_LICENSE: [0.98, 0.76],
    },
  },
  // Held out in the ninth session, tuned on in the tenth (document headers, short chats' speakers, identifiers' names,
  // labels beyond Latin-1, country codes before passports, districts after "in"): the floors keep those gains.
  'fixtures/eval/heldout7.jsonl': {
    overall: [0.93, 0.81],
    entities: {
      PERSON: [0.9, 0.85], LOCATION: [0.91, 0.72], ORGANIZATION: [0.92, 0.58], DATE_TIME: [0.98, 0.95], PHONE: [0.95, 0.95],
      SECRET: [0.98, 0.96], NATIONAL_ID: [0.98, 0.86], US_BANK_NUMBER: [0.98, 0.86], CRYPTO: [1, 1], IBAN: [1, 0.95], US_SSN: [1, 1],
      EMAIL: [0.94, 1], CREDIT_CARD: [0.9, 0.9], IP_ADDRESS: [0.9, 0.98],
    },
  },
  // Held out in the eighth session, tuned on in the ninth (trades closing a business's name, head-first names of more
  // languages, repeated names, dialogue answers as context, landmarks, small towns after a cue): the floors keep those gains.
  'fixtures/eval/heldout6.jsonl': {
    overall: [0.93, 0.8],
    entities: {
      PERSON: [0.91, 0.84], LOCATION: [0.91, 0.72], ORGANIZATION: [0.89, 0.66], DATE_TIME: [0.96, 0.68], PHONE: [0.98, 0.97],
      SECRET: [0.96, 0.94], NATIONAL_ID: [0.98, 0.86], US_BANK_NUMBER: [0.94, 0.77], DRIVER_LICENSE: [0.98, 0.98], CRYPTO: [1, 1],
      IBAN: [1, 1], US_SSN: [1, 1], EMAIL: [1, 1], CREDIT_CARD: [1, 1], URL: [0.98, 0.98],
    },
  },
  // Held out in the seventh session, tuned on in the eighth (organisation heads and context, speakers of other
  // languages, kinship cues, greetings, case forms of towns, country-neutral ID columns): the floors keep those gains.
  'fixtures/eval/heldout5.jsonl': {
    overall: [0.94, 0.87],
    entities: {
      PERSON: [0.92, 0.89], LOCATION: [0.93, 0.82], ORGANIZATION: [0.9, 0.76], DATE_TIME: [0.98, 0.88], PHONE: [0.93, 0.97],
      SECRET: [0.93, 0.94], NATIONAL_ID: [0.97, 0.83], US_BANK_NUMBER: [0.92, 0.79], DRIVER_LICENSE: [0.98, 0.98], CRYPTO: [1, 1],
      IBAN: [1, 1], US_SSN: [1, 1], EMAIL: [1, 1], CREDIT_CARD: [1, 1],
    },
  },
  // Held out in the sixth session, tuned on in the seventh (identity and account numbers of pasted tables, quoted
  // cells, phone precision, form labels, datelines, organisation heads, delivery windows): the floors keep those gains.
  'fixtures/eval/heldout4.jsonl': {
    overall: [0.94, 0.87],
    entities: {
      PERSON: [0.91, 0.91], LOCATION: [0.92, 0.76], ORGANIZATION: [0.84, 0.74], DATE_TIME: [0.98, 0.85], PHONE: [0.97, 0.97],
      SECRET: [0.96, 0.93], NATIONAL_ID: [0.98, 0.91], US_BANK_NUMBER: [0.95, 0.95], DRIVER_LICENSE: [0.98, 0.9], URL: [0.98, 0.98],
      IBAN: [1, 1], US_SSN: [1, 1], CRYPTO: [1, 1], EMAIL: [1, 1], CREDIT_CARD: [1, 1],
    },
  },
  // Held out in the fifth session, tuned on in the sixth (venues, streets, labelled fields, speakers, identity and
  // account numbers, dates of more languages): the floors keep those gains. (DATE_TIME precision 0.96: this set leaves
  // a delivery window's times unlabelled, which heldout4, heldout5 and heldout6 label and the engine now finds.)
  'fixtures/eval/heldout3.jsonl': {
    overall: [0.91, 0.87],
    entities: {
      PERSON: [0.88, 0.9], LOCATION: [0.89, 0.81], ORGANIZATION: [0.86, 0.68], DATE_TIME: [0.96, 0.95], PHONE: [0.97, 0.96],
      SECRET: [0.93, 0.93], NATIONAL_ID: [0.98, 0.96], IBAN: [1, 1], US_SSN: [1, 1], CRYPTO: [1, 1], DRIVER_LICENSE: [0.98, 0.98], PASSPORT: [0.98, 0.98],
    },
  },
  // Tuned on in the fifth session (names, places, organisations, person precision, day-month dates in more
  // languages, table column headers as context, licence formats): the floors keep those gains.
  'fixtures/eval/heldout2.jsonl': {
    overall: [0.94, 0.85],
    entities: {
      PERSON: [0.945, 0.9], LOCATION: [0.9, 0.77], ORGANIZATION: [0.88, 0.69],
      DATE_TIME: [0.98, 0.97], NATIONAL_ID: [0.97, 0.95], PHONE: [0.97, 0.96], DRIVER_LICENSE: [0.9, 0.9], PASSPORT: [0.9, 0.9], SECRET: [0.97, 0.93],
      IP_ADDRESS: [0.97, 0.97], EMAIL: [0.97, 0.97], CREDIT_CARD: [1, 1], IBAN: [1, 1], US_SSN: [1, 1], CRYPTO: [1, 1], URL: [0.94, 0.9], US_BANK_NUMBER: [0.97, 0.83],
    },
  },
};

describe.each(Object.keys(FLOORS))('no regression on %s', (file) => {
  const records = parseEvalJsonl(readFileSync(file, 'utf8'), file);
  const res = evaluate(records.map((r) => ({ text: r.text, gold: r.spans, predicted: analyzer.analyze(r.text).map((f) => ({ start: f.start, end: f.end, label: f.entity })) })));
  const floor = FLOORS[file]!;
  it('overall and per-entity precision and recall stay at or above their floors', () => {
    expect(res.overall.precision, 'overall precision').toBeGreaterThanOrEqual(floor.overall[0]);
    expect(res.overall.recall, 'overall recall').toBeGreaterThanOrEqual(floor.overall[1]);
    for (const [e, [p, r]] of Object.entries(floor.entities)) {
      expect(res.perEntity[e]!.precision, `${e} precision`).toBeGreaterThanOrEqual(p);
      expect(res.perEntity[e]!.recall, `${e} recall`).toBeGreaterThanOrEqual(r);
    }
  });
});
