/**
 * The report never repeats a sensitive value: data full of known values goes
 * through the accumulator (and a shard merge), every format is rendered, and
 * none of the values occurs anywhere, in any form a reader would recognise.
 */
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { faker } from '@faker-js/faker';
import { REPORTERS } from '../../src/report/reporters/index.js';
import { evaluateGate } from '../../src/report/gate.js';
import { mergeReports } from '../../src/report/merge.js';
import { runReportMerge } from '../../src/cli/commands/report.js';
import { ENDED, feed, newRun, plantedValues, sampleInputs, type SampleInput, type SampleRecord } from './sample.js';

/** A text-heavy input planting every kind of value the engine finds. */
function hardInput(n: number): SampleInput {
  faker.seed(777);
  const records: SampleRecord[] = [];
  for (let i = 1; i <= n; i++) {
    const planted: [string, string][] = [
      ['PERSON', faker.person.fullName()],
      ['EMAIL', faker.internet.email()],
      ['PHONE', faker.phone.number({ style: 'international' })],
      ['IBAN', faker.finance.iban({ formatted: i % 2 === 0 })],
      ['CREDIT_CARD', faker.finance.creditCardNumber()],
      ['US_SSN', `${faker.number.int({ min: 100, max: 665 })}-${faker.number.int({ min: 10, max: 99 })}-${faker.number.int({ min: 1000, max: 9999 })}`],
      ['LOCATION', faker.location.streetAddress(true)],
      ['IP_ADDRESS', i % 2 ? faker.internet.ipv4() : faker.internet.ipv6()],
      ['URL', `https://${faker.internet.domainName()}/reset?token=${faker.string.alphanumeric(24)}`],
      ['SECRET', 'AKIA' + faker.string.alphanumeric({ length: 16, casing: 'upper' })],
      ['SECRET', `password=${faker.internet.password({ length: 14 })}`],
      ['SECRET', `eyJ${faker.string.alphanumeric(20)}.${faker.string.alphanumeric(30)}.${faker.string.alphanumeric(20)}`],
      ['CRYPTO', faker.finance.ethereumAddress()],
      ['CRYPTO', faker.finance.bitcoinAddress()],
      ['DATE_OF_BIRTH', faker.date.birthdate().toISOString().slice(0, 10)],
      ['US_BANK_NUMBER', faker.finance.accountNumber(12)],
      ['ORGANIZATION', faker.company.name()],
    ];
    let text = '';
    const fieldPlanted: [string, string][] = [];
    for (const [e, v] of planted) {
      text += ` ${faker.lorem.word()} `;
      fieldPlanted.push([e, v]);
      text += v;
    }
    records.push({ pos: { source: 'hard/notes.txt', record: i, line: i }, fields: [{ path: 'text', text, planted: fieldPlanted }] });
  }
  return { name: 'hard/notes.txt', format: 'text', size: 99999, sha256: 'c'.repeat(64), records };
}

/** Forms of a value a reader would recognise: as written, and its digits/alphanumerics run together. */
function forms(v: string): string[] {
  const out = [v];
  const alnum = v.replace(/[^\p{L}\p{N}]/gu, '');
  if (alnum !== v && alnum.length >= 8) out.push(alnum);
  // Pieces too (a street name, a token in a URL), except the key words that say what a value is.
  // Pure hex pieces shorter than 10 also occur by chance inside sha256 digests, so they need more length.
  for (const part of v.split(/[\s,.@:/=?-]+/)) {
    if (part.length >= 6 && !/^(password|token|https?)$/i.test(part) && (part.length >= 10 || !/^[0-9a-f]+$/i.test(part))) out.push(part);
  }
  return out;
}

describe('no sensitive value leaks into any report format', () => {
  const inputs = [...sampleInputs(), hardInput(120)];
  const values = [...new Set(plantedValues(inputs))];

  // Words the templates themselves use (e.g. a surname like "Fields"): not evidence of a leak.
  const emptyRun = newRun();
  const vocabulary = Object.values(REPORTERS).map((r) => r.render(emptyRun.finish(ENDED), { color: false })).join('\n');
  const needles = [...new Set(values.flatMap(forms))].filter((s) => s.length >= 4 && !vocabulary.includes(s));

  // One alternation scanned once per text: thousands of needles over megabytes, in well under a second.
  const matcher = new RegExp([...needles].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');

  function assertClean(where: string, text: string): void {
    const leaked = [...new Set(text.match(matcher) ?? [])];
    expect(leaked, `${where} contains sensitive values`).toEqual([]);
  }

  it('has plenty of values to look for', () => {
    expect(values.length).toBeGreaterThan(2000);
    expect(needles.length).toBeGreaterThan(2000);
  });

  it('in json, sarif, markdown, html and the terminal summary (plain and colour)', () => {
    const run = newRun({ maxFindings: 100_000 });
    for (const i of inputs) feed(run, i);
    const report = run.finish(ENDED);
    report.gate = evaluateGate(report, { failOn: 'general', failOnEntity: ['SECRET', 'IBAN'], thresholds: { PHONE: { maxCount: 1 } } });
    expect(report.findings.length).toBe(report.totals.findings); // every finding listed, with its hint
    for (const r of Object.values(REPORTERS)) {
      assertClean(r.name, r.render(report, { color: false }));
      assertClean(`${r.name} (colour)`, r.render(report, { color: true }));
    }
  });

  it('in merged shard reports and the merge command output (stdout, stderr, files)', async () => {
    const shards = [0, 1].map((k) => {
      const run = newRun({ maxFindings: 100_000 });
      for (const i of inputs) feed(run, i, i.records.filter((_, j) => j % 2 === k));
      return run.finish(ENDED);
    });
    const merged = mergeReports(shards.map((report, k) => ({ file: `s${k}.json`, report })));
    assertClean('merged json', REPORTERS.json.render(merged));

    const dir = mkdtempSync(join(tmpdir(), 'gs-leak-'));
    const files = shards.map((s, k) => {
      const f = join(dir, `s${k}.json`);
      writeFileSync(f, REPORTERS.json.render(s));
      return f;
    });
    let out = '';
    let err = '';
    const io = {
      stdout: new Writable({ write: (c, _e, cb) => ((out += c), cb()) }),
      stderr: new Writable({ write: (c, _e, cb) => ((err += c), cb()) }),
      isTTY: true,
      env: {},
    };
    await runReportMerge({ reports: files, output: '-', failOn: 'general' }, io);
    expect(out.length).toBeGreaterThan(1000);
    assertClean('merge stdout', out);
    assertClean('merge stderr', err);
  });
});
