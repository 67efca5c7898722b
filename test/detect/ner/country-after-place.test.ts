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

describe('a town before its region', () => {
  it('keeps a name-like or unknown town with the region after it', () => {
    expect(spans('The crates go to Pereira, Colombia next week.')).toEqual(['LOCATION:Pereira', 'LOCATION:Colombia']); // a known city now, as "Paris, France"
    expect(spans('I was born in 1990 in Forfar, Scotland.')).toContain('LOCATION:Forfar, Scotland');
    expect(spans('The rally in Mobile, AL was loud.')).toEqual(['LOCATION:Mobile, AL']);
  });

  it('leaves people alone', () => {
    expect(spans('Thanks to Maria, Brazil won.')).toEqual(['PERSON:Maria', 'LOCATION:Brazil']);
    expect(spans('Dear Florence, Italy is lovely.')).toContain('PERSON:Florence');
  });
});
