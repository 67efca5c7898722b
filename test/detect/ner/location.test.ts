import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { spans } from './helpers.js';
import { ADDRESS_PRECHECKS } from '../../../src/detect/ner/address.js';

// [text, expected LOCATION spans]: an address is one span.
const FINDS: Array<[string, string[]]> = [
  // postal addresses, US / UK / EU styles
  ['Our HQ is at 221B Baker Street, London NW1 6XE.', ['221B Baker Street, London NW1 6XE']],
  ["Google's campus is at 1600 Amphitheatre Pkwy, Mountain View, CA 94043.", ['1600 Amphitheatre Pkwy, Mountain View, CA 94043']],
  ['Bitte an Hauptstraße 5, 10115 Berlin liefern.', ['Hauptstraße 5, 10115 Berlin']],
  ['Send it to 350 Fifth Avenue, Apt 4B, New York, NY 10118 please.', ['350 Fifth Avenue, Apt 4B, New York, NY 10118']],
  ['Return address: 12 rue de la Paix, 75002 Paris', ['12 rue de la Paix, 75002 Paris']],
  // lower case (chat): glued street words anchor too, and the span stops at common words
  ['he lives at kerkstraat 12, 1017 gm amsterdam now.', ['kerkstraat 12, 1017 gm amsterdam']],
  ['our office moved to peschstr. 3, 19233 bad ahmadburg last month.', ['peschstr. 3, 19233 bad ahmadburg']],
  ['the conference will be held in kraków, poland.', ['kraków', 'poland']],
  ['The shop is on Calle Mayor 3, 28013 Madrid.', ['Calle Mayor 3, 28013 Madrid']],
  ['Delivery to Via Roma 10, 00184 Roma failed twice.', ['Via Roma 10, 00184 Roma']],
  ['He lives at Kerkstraat 12, 1017 GM Amsterdam now.', ['Kerkstraat 12, 1017 GM Amsterdam']],
  ['Ship to: Giuliana Kahles, Stralsunder Str. 907, 33076 Monasch', ['Stralsunder Str. 907, 33076 Monasch']],
  ['PO box: P.O. Box 4521, Springfield, IL 62704', ['P.O. Box 4521, Springfield, IL 62704']],
  ['ship to 42 wallaby way, sydney asap', ['42 wallaby way, sydney']],
  // place names
  ['I grew up in Porto but moved to Lyon in 2015.', ['Porto', 'Lyon']],
  ['She flew from Toronto to Mexico City on Sunday.', ['Toronto', 'Mexico City']],
  ['The conference will be held in Kraków, Poland.', ['Kraków', 'Poland']],
  ['We met in Austin last year.', ['Austin']],
  ['omg she is moving to San Francisco next week 😭', ['San Francisco']],
  // towns no gazetteer knows, after a strong place cue: place prefix, place suffix, unknown word
  ['The meeting with Welch Inc is in Port Isidro on 12/25/1949.', ['Port Isidro']],
  ['Ship the replacement to Gingertown, attention Jeffery.', ['Gingertown']],
  ['She lives in Swalmen with her dog.', ['Swalmen']],
  ['Ship the replacement to Incrocio Amedeo 2, Sesto Carmela, attention Ursino.', ['Incrocio Amedeo 2, Sesto Carmela']],
  // a surname and a place head after the cue
  ['The meeting with Gerlach and Sons is in Kunze Gardens on 1993-01-24.', ['Kunze Gardens']],
  // lower case and ALL CAPS: a word with a place-name ending after the cue (with a place prefix before it)
  ['the meeting with mills, hayes and littel is in abbottthorpe on 15.03.2000.', ['abbottthorpe']],
  ['SHIP THE REPLACEMENT TO LORINEVILLE, ATTENTION FAYE.', ['LORINEVILLE']],
  ['ship the replacement to süd lenyaburg, attention gina szendrei.', ['süd lenyaburg']],
];

const NEGATIVES = [
  'Turn left on the road after 3 miles.',
  'I have 3 cats and 2 dogs at home.',
  'Order 5532 Main Course: soup and salad.',
  'Austin said the build is green.',
  'Click Save Changes to continue.',
  'We shipped 3 items via email 2 days ago.',
  // lower-case words after "is in" that are no place: common words, short words
  'the migration is in progress on staging now',
  'the fix is in production on monday',
  'THE REPORT IS IN REVIEW ON FRIDAY.',
];

describe('LOCATION', () => {
  it.each(FINDS)('finds the places in %j', (text, expected) => {
    expect(spans(text, 'LOCATION')).toEqual(expected);
  });

  it.each(NEGATIVES)('finds no location in %j', (text) => {
    expect(spans(text, 'LOCATION')).toEqual([]);
  });

  it('keeps the person and the address apart', () => {
    const text = 'Ship to: Merritt Ledner, 19097 Schimmel Ridge, Springfield, IL 62704';
    expect(spans(text, 'PERSON')).toEqual(['Merritt Ledner']);
    expect(spans(text, 'LOCATION')).toEqual(['19097 Schimmel Ridge, Springfield, IL 62704']);
  });
});

describe('address prechecks', () => {
  // Each costly address pattern is skipped in a window without its cheap precheck:
  // the precheck must hold wherever the pattern matches (as written, lower case, ALL CAPS).
  const corpus = ['fixtures/eval/local.jsonl', 'fixtures/eval/chat.jsonl', 'test/detect/ner/ner-cases.jsonl', '../shared/data/dev.jsonl']
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text));
  corpus.push(...FINDS.map(([t]) => t), ...NEGATIVES);
  const variants = corpus.flatMap((t) => [t, t.toLowerCase(), t.toUpperCase()]);

  it('hold wherever their pattern matches', () => {
    let matched = 0;
    for (const [full, pre] of ADDRESS_PRECHECKS) {
      const re = new RegExp(full.source, full.flags.replace('g', ''));
      for (const t of variants) {
        if (!re.test(t)) continue;
        matched++;
        expect(pre.test(t), `${full.source.slice(0, 40)}... on ${t}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});
