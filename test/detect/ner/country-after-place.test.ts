import { describe, expect, it } from 'vitest';
import { createNerRecognizer } from '../../../src/detect/ner/index.js';

const ner = createNerRecognizer({});
const spans = (t: string) => ner.analyze(t).map((f) => `${f.entity}:${t.slice(f.start, f.end)}`);

describe('a country that is also a first name', () => {
  it('is the place after "City, " (not a person)', () => {
    expect(spans('connected from Paris, France at 14:32 UTC')).toEqual(['LOCATION:Paris', 'LOCATION:France']);
    expect(spans('Offices in Lyon, France and Berlin.')).toContain('LOCATION:France');
  });

  it('stays a person with a person cue', () => {
    expect(spans('Hi France, thanks for the help!')).toContain('PERSON:France');
    expect(spans('Jordan said he would come.')).toContain('PERSON:Jordan');
  });
});
