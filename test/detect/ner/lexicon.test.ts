import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLexicon, writeLexiconFile } from '../../../src/detect/ner/lexicon-build.js';
import { getLexicon, lexiconSourceHash, loadLexicon, serializeLexicon, wordBits, K } from '../../../src/detect/ner/lexicon.js';

const dir = mkdtempSync(join(tmpdir(), 'gs-lexicon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('name lexicon file', () => {
  const built = buildLexicon();
  const loaded = getLexicon();

  it('the file that npm run build wrote holds exactly what the sources give today', () => {
    expect(serializeLexicon(built, lexiconSourceHash()).equals(serializeLexicon(loaded, lexiconSourceHash()))).toBe(true);
  });

  it('answers lookups like the freshly built tables', () => {
    const words = ['emma', 'müller', 'paris', 'london', 'hope', 'bill', 'server', 'gmbh', 'street', 'dear', 'zzqxj', 'new', 'oconnor'];
    for (const w of words) expect([w, wordBits(loaded, w)]).toEqual([w, wordBits(built, w)]);
    expect(wordBits(loaded, 'emma') & K.FIRST).toBe(K.FIRST);
    expect(wordBits(loaded, 'london') & K.PLACE).toBe(K.PLACE);
    expect(loaded.multi.get('new')).toEqual(built.multi.get('new'));
    expect(loaded.citySuffix.source).toBe(built.citySuffix.source);
    const text = 'Dear Emma Müller of Paris';
    for (const [s, e] of [[0, 4], [5, 9], [10, 16], [20, 25]]) {
      expect(loaded.table.lookup(text, s!, e!)).toBe(built.table.lookup(text, s!, e!));
      expect(loaded.cues.lookup(text, s!, e!)).toBe(built.cues.lookup(text, s!, e!));
    }
  });

  it('round-trips through writeLexiconFile and loadLexicon', () => {
    const out = join(dir, 'sub', 'lexicon.bin');
    const { bytes } = writeLexiconFile(out);
    expect(readFileSync(out).length).toBe(bytes);
    expect(wordBits(loadLexicon(out), 'emma')).toBe(wordBits(built, 'emma'));
  });

  it('refuses a missing, damaged or stale file with what to do', () => {
    expect(() => loadLexicon(join(dir, 'nope.bin'))).toThrow(/missing: run `npm run build`/);
    const damaged = join(dir, 'damaged.bin');
    writeFileSync(damaged, 'not a lexicon');
    expect(() => loadLexicon(damaged)).toThrow(/damaged/);
    const stale = join(dir, 'stale.bin');
    writeFileSync(stale, serializeLexicon(built, 'an-older-hash'));
    expect(() => loadLexicon(stale)).toThrow(/out of date with src\/detect\/ner\/words.ts/);
  });
});
