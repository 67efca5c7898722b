/**
 * Writes test/detect/ner/ner-cases.jsonl: labelled PERSON / LOCATION / ORGANIZATION
 * cases in the evaluation format of DESIGN.md. Part generated with faker (seeded,
 * several locales; chat turns, social posts, lower case, ALL CAPS, addresses in
 * US/UK/EU styles, companies), part hand-written hard cases (hard-cases.jsonl).
 * Run: `npx tsx test/detect/ner/make-cases.ts` (deterministic).
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Faker, base, de, en, en_GB, en_US, es, fr, it, nl, sv, pt_PT, type LocaleDefinition } from '@faker-js/faker';

const here = dirname(fileURLToPath(import.meta.url));

type Span = { start: number; end: number; label: string };
type Piece = string | { label: string; text: string };

const LOCALES: Array<[string, LocaleDefinition]> = [['en_US', en_US], ['en_GB', en_GB], ['de', de], ['fr', fr], ['es', es], ['it', it], ['nl', nl], ['sv', sv], ['pt_PT', pt_PT]];
const fakers = LOCALES.map(([name, l], i) => [name, new Faker({ locale: [l, en, base], seed: 1000 + i })] as const);
const rnd = new Faker({ locale: [en, base], seed: 7 });
const pick = <T,>(xs: readonly T[]): T => xs[rnd.number.int({ min: 0, max: xs.length - 1 })]!;

function build(id: string, pieces: Piece[]): { id: string; text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  for (const p of pieces) {
    if (typeof p === 'string') text += p;
    else {
      spans.push({ start: text.length, end: text.length + p.text.length, label: p.label });
      text += p.text;
    }
  }
  return { id, text, spans };
}

const P = (text: string) => ({ label: 'PERSON', text });
const L = (text: string) => ({ label: 'LOCATION', text });
const O = (text: string) => ({ label: 'ORGANIZATION', text });

function ukPostcode(): string {
  return `${pick(['SW', 'NW', 'EC', 'M', 'B', 'LS', 'G', 'EH', 'CF', 'BS', 'N', 'E'])}${rnd.number.int({ min: 1, max: 20 })} ${rnd.number.int({ min: 1, max: 9 })}${rnd.string.alpha({ length: 2, casing: 'upper' })}`;
}

function address(loc: string, f: Faker): string {
  const n = rnd.number.int({ min: 1, max: 250 });
  switch (loc) {
    case 'en_US': return pick([
      () => `${f.location.streetAddress()}, ${f.location.city()}, ${f.location.state({ abbreviated: true })} ${f.location.zipCode('#####')}`,
      () => `${f.location.streetAddress(true)}, ${f.location.city()}, ${f.location.state({ abbreviated: true })}`,
      () => `${f.location.streetAddress()}`,
    ])();
    case 'en_GB': return `${n} ${f.location.street()}, ${pick(['London', 'Leeds', 'Bristol', 'Manchester', f.location.city()])} ${ukPostcode()}`;
    case 'de': return `${f.location.streetAddress()}, ${f.location.zipCode()} ${f.location.city()}`;
    case 'fr': return `${n} ${pick(['rue', 'avenue', 'boulevard', 'place'])} ${pick(['de la', 'du', 'des', 'de'])} ${f.person.lastName()}, ${f.location.zipCode()} ${f.location.city()}`;
    case 'es': return `${pick(['Calle', 'Avenida', 'Paseo', 'Plaza'])} ${pick(['de ', 'del ', ''])}${f.person.lastName()} ${n}, ${f.location.zipCode()} ${f.location.city()}`;
    case 'it': return `${pick(['Via', 'Viale', 'Piazza', 'Corso'])} ${f.person.lastName()} ${n}, ${f.location.zipCode()} ${f.location.city()}`;
    case 'nl': return `${f.location.streetAddress()}, ${f.location.zipCode()} ${f.location.city()}`;
    case 'sv': return `${f.location.streetAddress()}, ${f.location.zipCode()} ${f.location.city()}`;
    default: return `${pick(['Rua', 'Avenida', 'Praça'])} ${f.person.lastName()} ${n}, ${f.location.zipCode()} ${f.location.city()}`;
  }
}

const BIG_CITIES = ['London', 'Paris', 'Berlin', 'Madrid', 'Rome', 'Lisbon', 'Amsterdam', 'Vienna', 'Munich', 'Barcelona', 'Milan', 'Chicago', 'Boston', 'Seattle', 'Toronto', 'Sydney', 'Dublin', 'Stockholm', 'Prague', 'Warsaw', 'Lyon', 'Hamburg', 'San Francisco', 'New York'];
const COUNTRIES = ['Germany', 'France', 'Spain', 'Italy', 'Portugal', 'Canada', 'Mexico', 'Japan', 'Brazil', 'Ireland', 'Sweden', 'Poland', 'Austria', 'Switzerland', 'the Netherlands', 'Belgium', 'Norway'];

type Gen = (f: Faker, loc: string) => Piece[];
const TEMPLATES: Gen[] = [
  (f) => ['hey ', P(f.person.firstName().toLowerCase()), ', can u send me the file when ur back?'],
  (f) => ['ok thanks ', P(f.person.firstName()), '!! talk soon'],
  (f) => { const n = f.person.fullName({ firstName: f.person.firstName(), lastName: f.person.lastName() }); return [P(n), ' here, just checking in on my refund']; },
  (f) => ['my name is ', P(`${f.person.firstName()} ${f.person.lastName()}`), ' and I live in ', L(pick(BIG_CITIES)), '.'],
  (f) => ['Can you forward this to ', P(`${f.person.firstName()} ${f.person.lastName()}`), ' at ', O(f.company.name()), '?'],
  (f) => ['lol ', P(`${f.person.firstName()} ${f.person.lastName()}`.toLowerCase()), ' just called me again'],
  (f) => ['CALL ', P(`${f.person.firstName()} ${f.person.lastName()}`.toUpperCase()), ' ASAP RE: THE INVOICE'],
  (f, loc) => ['meet me at ', L(address(loc, f)), ' tomorrow at 10'],
  (f) => ['I work at ', O(f.company.name()), ' in ', L(pick(BIG_CITIES)), '.'],
  (f, loc) => ['Ship to: ', P(`${f.person.firstName()} ${f.person.lastName()}`), ', ', L(address(loc, f))],
  (f, loc) => ['Please send the package to ', L(address(loc, f)), '.'],
  (f, loc) => ['Our office moved to ', L(address(loc, f)), ' last month.'],
  (f) => [O(f.company.name()), ' reported record profits, said CEO ', P(`${f.person.firstName()} ${f.person.lastName()}`), '.'],
  (f) => ['Dr. ', P(f.person.lastName()), ' will see you on Monday.'],
  (f) => ['Met ', P(f.person.firstName()), ' and ', P(f.person.firstName()), ' for lunch in ', L(pick(BIG_CITIES)), ' yesterday'],
  () => ['Just landed in ', L(pick(BIG_CITIES)), ', ', L(pick(COUNTRIES)), '! so tired'],
  (f) => [P(f.person.firstName()), ': are you coming tonight?'],
  (f) => ['Best regards,\n', P(`${f.person.firstName()} ${f.person.lastName()}`)],
  (f) => ['The contract between ', O(f.company.name()), ' and ', O(f.company.name()), ' was signed in ', L(pick(BIG_CITIES)), '.'],
  (f, loc) => ['Billing address: ', L(address(loc, f))],
  (f) => ["I'm ", P(f.person.firstName()), ', the new account manager at ', O(f.company.name()), '.'],
  (f) => ['Can I speak to ', P(`${f.person.firstName()} ${f.person.lastName()}`), ' please? It is about my order.'],
  (f) => ['User: my husband ', P(f.person.firstName()), ' booked the flight to ', L(pick(COUNTRIES)), ' but the name is wrong'],
  (f) => ['Assistant: Thank you, ', P(f.person.firstName()), '. I have updated the booking.'],
  (f) => ['Please ask ', P(`${f.person.firstName()} ${f.person.lastName()}`), ' from ', O(`${f.person.lastName()} ${pick(['GmbH', 'Ltd', 'Inc.', 'LLC', 'AG', 'S.A.', 'Corp', 'BV'])}`), ' to call back.'],
  (f) => ['Transfer approved by ', O(`Bank of ${pick(['America', 'Ireland', 'Scotland', 'Montreal', 'China'])}`), ' for ', P(`${f.person.firstName()} ${f.person.lastName()}`), '.'],
  (f) => [P(`${f.person.firstName()} ${f.person.lastName()}`), ' graduated from the ', O(`University of ${pick(['Leeds', 'Toronto', 'Vienna', 'Michigan', 'Edinburgh'])}`), ' in 2019.'],
  (f) => ['omg ', P(f.person.firstName()), ' is moving to ', L(pick(BIG_CITIES)), ' next week 😭'],
  (f) => ['RT @news: ', O(f.company.name()), ' opens new office in ', L(pick(BIG_CITIES))],
];

const out: Array<{ id: string; text: string; spans: Span[] }> = [];
let k = 0;
for (let round = 0; round < 3; round++) {
  for (const [loc, f] of fakers) {
    for (const t of TEMPLATES) {
      if (rnd.number.int({ min: 0, max: 2 }) !== 0) continue; // a third of the grid per round
      out.push(build(`gen-${String(k++).padStart(4, '0')}`, t(f, loc)));
    }
  }
}
// Hand-written cases: one a line, spans marked as {{LABEL|text}}; lines starting with # are comments.
// hard-cases.txt: written while building the recognizer; heldout-cases.txt: written after, scored before any tuning.
const handLines = ['hard-cases.txt', 'heldout-cases.txt'].flatMap((f) => readFileSync(join(here, f), 'utf8').split('\n'));
const hard = handLines.filter((l) => l.trim() && !l.startsWith('#')).map((line, i) => {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of line.matchAll(/\{\{([A-Z_]+)\|([^}]+)\}\}/g)) {
    pieces.push(line.slice(last, m.index).replace(/\\n/g, '\n'), { label: m[1]!, text: m[2]! });
    last = m.index! + m[0].length;
  }
  pieces.push(line.slice(last).replace(/\\n/g, '\n'));
  return build(`hard-${String(i).padStart(3, '0')}`, pieces);
});
writeFileSync(join(here, 'ner-cases.jsonl'), [...out, ...hard].map((c) => JSON.stringify(c)).join('\n') + '\n');
console.log(`wrote ${out.length} generated + ${hard.length} hand-written cases`);
