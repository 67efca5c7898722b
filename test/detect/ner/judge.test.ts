import { describe, expect, it } from 'vitest';
import { createNerRecognizer } from '../../../src/detect/ner/index.js';
import { COMPROMISE_WORDS } from '../../../src/detect/ner/compromise-words.js';
import { extractCompromiseWords } from '../../../src/detect/ner/compromise-extract.js';
import { ner, spans } from './helpers.js';

describe('NER without compromise on the default path', () => {
  it('accepts an unknown name listed with a known person (coordination)', () => {
    // (names no list holds: "Pádraig" is in the lists now)
    const text = "I had a call with Siobhan O'Connor and Tiernach Ó Maoláin about the merger.";
    expect(spans(text, 'PERSON')).toEqual(["Siobhan O'Connor", 'Tiernach Ó Maoláin']);
    expect(spans('Thanks Emma Stamm, Nkechi Adeyemi and the team.', 'PERSON')).toEqual(['Emma Stamm', 'Nkechi Adeyemi']);
    // the known name may also close the list
    expect(spans('Yesterday Chiagozie Uba, Obiageli Nwora and Ana Silva met.', 'PERSON')).toEqual(['Chiagozie Uba', 'Obiageli Nwora', 'Ana Silva']);
  });

  it('does not take an unknown capitalised run alone for a person', () => {
    expect(spans('Giulia Romano (Intesa Sanpaolo) approved the loan.', 'PERSON')).toEqual(['Giulia Romano']);
    expect(spans('Pizza comes with Anthrazit topping.', 'PERSON')).toEqual([]);
    expect(spans('Marokko aesthetics with Yttrium-based alloys.', 'PERSON')).toEqual([]);
  });

  it('respects minScore for coordinated names', () => {
    const strict = createNerRecognizer({ minScore: 0.8 });
    expect(strict.analyze("I met Siobhan O'Connor and Tiernach Ó Maoláin.").map((f) => f.score)).toEqual([0.95]);
  });

  it('still lets compromise judge when asked (judge: true)', () => {
    const text = 'Giulia Romano (Quintavalle Sanpietro) approved the loan.';
    const judged = createNerRecognizer({ judge: true }).analyze(text).filter((f) => f.entity === 'PERSON');
    expect(judged.map((f) => f.recognizer)).toEqual(['ner-gazetteer', 'ner-compromise']);
    expect(ner().analyze(text).some((f) => f.recognizer === 'ner-compromise')).toBe(false);
  });

  it('ships an extract of compromise\'s lexicon that matches the installed compromise', () => {
    expect(COMPROMISE_WORDS).toBe(extractCompromiseWords());
  });
});
