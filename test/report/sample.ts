/**
 * A realistic, deterministic run for report tests: a CSV of customers, a chat
 * JSONL with PII and credentials inside turns and tool-call arguments, and a
 * clean file. Findings are located exactly (indexOf of the planted values), as
 * a perfect analyzer would report them; hints and fingerprints come from the
 * real mask/fingerprint functions.
 */
import { faker } from '@faker-js/faker';
import { GSError } from '../../src/errors.js';
import { ENTITY_TAXONOMY, UNKNOWN_ENTITY } from '../../src/classify/taxonomy.js';
import { RunAccumulator, type ReportedField, type ReportedFinding } from '../../src/report/accumulator.js';
import { maskedHint } from '../../src/report/mask.js';
import { fingerprinter } from '../../src/report/fingerprint.js';
import type { Level, RecordPosition } from '../../src/types.js';

export const STARTED = new Date('2026-01-02T03:04:05.000Z');
export const ENDED = new Date('2026-01-02T03:04:07.500Z');

export interface SampleField {
  path: string;
  text: string;
  /** [entity, value] pairs planted in `text`. */
  planted: [string, string][];
}
export interface SampleRecord {
  pos: RecordPosition;
  fields: SampleField[];
  rejected?: GSError;
}
export interface SampleInput {
  name: string;
  format: string;
  size: number;
  sha256: string;
  records: SampleRecord[];
}

const fp = fingerprinter('test-salt');

function field(path: string, parts: (string | [string, string])[]): SampleField {
  let text = '';
  const planted: [string, string][] = [];
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      planted.push(p);
      text += p[1];
    }
  }
  return { path, text, planted };
}

/** Reported field: every planted value located by offset, with hint and fingerprint. */
export function toReported(f: SampleField, engine: 'local' | 'azure' = 'local'): ReportedField {
  const findings: ReportedFinding[] = [];
  let from = 0;
  for (const [entity, value] of f.planted) {
    const start = f.text.indexOf(value, from);
    if (start < 0) throw new Error('planted value not found');
    from = start + value.length;
    findings.push({
      entity, start, end: start + value.length, score: entity === 'PERSON' ? 0.85 : 0.95,
      recognizer: entity.toLowerCase(), engine, hint: maskedHint(value, entity), fp: fp(value),
    });
  }
  return { path: f.path, length: f.text.length, findings };
}

const hex = (n: number) => faker.string.hexadecimal({ length: n, casing: 'lower', prefix: '' });

/** Builds the sample inputs (seeded: identical on every call). */
export function sampleInputs(opts: { customers?: number; chats?: number } = {}): SampleInput[] {
  faker.seed(20260102);
  const nCust = opts.customers ?? 40;
  const nChat = opts.chats ?? 30;
  const customers: SampleRecord[] = [];
  for (let i = 1; i <= nCust; i++) {
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    const email = faker.internet.email({ firstName: first, lastName: last }).toLowerCase();
    const ssn = `${faker.number.int({ min: 100, max: 665 })}-${faker.number.int({ min: 10, max: 99 })}-${faker.number.int({ min: 1000, max: 9999 })}`;
    const phone = faker.phone.number({ style: 'national' });
    const notes = i % 4 === 0 ? field('notes', ['call back on ', ['PHONE', phone], ' after 5pm']) : field('notes', [i % 2 ? 'prefers email' : '']);
    customers.push({
      pos: { source: 'data/customers.csv', record: i, line: i + 1 },
      fields: [
        field('id', [String(1000 + i)]),
        field('first_name', [['PERSON', first]]),
        field('last_name', [['PERSON', last]]),
        field('e_mail', [['EMAIL', email]]),
        field('ssn', i % 10 === 0 ? ['unknown'] : [['US_SSN', ssn]]),
        field('salary', [String(faker.number.int({ min: 30000, max: 200000 }))]),
        notes,
        field('password', ['']),
      ],
    });
  }
  const chats: SampleRecord[] = [];
  for (let i = 1; i <= nChat; i++) {
    if (i === 7 || i === 19) {
      chats.push({
        pos: { source: 'data/chat.jsonl', record: i, line: i },
        fields: [],
        rejected: new GSError('BAD_JSONL', 'not valid JSON (unexpected end of line)', { location: { file: 'data/chat.jsonl', line: i }, hint: 'fix or remove the line' }),
      });
      continue;
    }
    const name = faker.person.fullName();
    const email = faker.internet.email().toLowerCase();
    const card = faker.finance.creditCardNumber({ issuer: '4###-####-####-###L' });
    const user =
      i % 3 === 0
        ? field('/messages/1/content', ['Hi, I am ', ['PERSON', name], ', my card is ', ['CREDIT_CARD', card], ' and mail ', ['EMAIL', email]])
        : field('/messages/1/content', ['Hi, I am ', ['PERSON', name], '. Can you help me reset my account?']);
    const fields = [
      field('/messages/0/content', ['You are a helpful support assistant.']),
      user,
      field('/messages/2/content', ['Sure ', ['PERSON', name.split(' ')[0]!], ', let me check.']),
    ];
    if (i % 5 === 0) {
      const token = 'ghp_' + faker.string.alphanumeric({ length: 36 });
      fields.push(field('/messages/2/tool_calls/0/function/arguments', ['{"user":"', ['EMAIL', email], '","token":"', ['SECRET', token], '"}']));
      fields.push(field('/messages/3/content', ['ok']));
    }
    chats.push({ pos: { source: 'data/chat.jsonl', record: i, line: i }, fields });
  }
  const clean: SampleRecord[] = [1, 2, 3].map((i) => ({ pos: { source: 'data/clean.jsonl', record: i, line: i }, fields: [field('/text', [`hello world number ${i}`])] }));
  return [
    { name: 'data/customers.csv', format: 'csv', size: 4321, sha256: hex(64), records: customers },
    { name: 'data/chat.jsonl', format: 'jsonl', size: 12345, sha256: hex(64), records: chats },
    { name: 'data/clean.jsonl', format: 'jsonl', size: 96, sha256: hex(64), records: clean },
  ];
}

export function newRun(opts: { maxFindings?: number; fieldLevel?: (p: string) => Level | undefined } = {}): RunAccumulator {
  return new RunAccumulator({
    toolVersion: '0.1.0',
    policyHash: 'a'.repeat(64),
    engines: ['local'],
    command: 'scan',
    startedAt: STARTED,
    maxFindings: opts.maxFindings ?? 1000,
    entityInfo: (e) => ENTITY_TAXONOMY[e] ?? UNKNOWN_ENTITY,
    fieldLevel: opts.fieldLevel,
  });
}

/** Feeds some records of one input into a run, closing it with exact counts. */
export function feed(run: RunAccumulator, input: SampleInput, records: SampleRecord[] = input.records, wholeFile = true): void {
  const file = run.beginInput({ name: input.name, format: input.format, size: input.size });
  let rejected = 0;
  let bytes = 0;
  for (const r of records) {
    if (r.rejected) {
      file.addRejected(r.pos, r.rejected);
      rejected++;
      continue;
    }
    for (const f of r.fields) bytes += Buffer.byteLength(f.text);
    file.addRecord(r.pos, r.fields.map((f) => toReported(f)));
  }
  file.end({
    recordsRead: records.length,
    recordsWritten: records.length - rejected,
    recordsRejected: rejected,
    bytesIn: bytes,
    ...(wholeFile ? { sha256In: input.sha256 } : { sha256In: input.sha256 }),
  });
}

/** The full sample run's report. */
export function sampleReport(opts: { maxFindings?: number } = {}) {
  const run = newRun(opts);
  for (const input of sampleInputs()) feed(run, input);
  return run.finish(ENDED);
}

/** Every planted sensitive value of the sample (for leak tests). */
export function plantedValues(inputs = sampleInputs()): string[] {
  return inputs.flatMap((i) => i.records.flatMap((r) => r.fields.flatMap((f) => f.planted.map(([, v]) => v))));
}
