import { localeDef } from './faker.js';
import { hmac } from '../keys.js';
import { applyCase, caseStyle } from './shape.js';

// Latin-script locales whose surnames widen a small surname list (en has only ~470),
// so that different people rarely share a surrogate surname.
const SURNAME_SUPPLEMENT = ['en', 'de', 'it', 'es', 'fr', 'nl', 'pl', 'hr', 'en_AU', 'tr', 'ro'];
const MIN_SURNAMES = 3000;
const WORD = /^\p{L}[\p{L}'’]*$/u;
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'herr', 'frau', 'mme', 'mlle', 'm', 'sr', 'sra', 'dott']);

function flat(v: unknown): string[] {
  if (!v) return [];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return Object.values(v as Record<string, unknown>).flatMap(flat);
}

function words(list: Iterable<string>): string[] {
  return [...new Set([...list].filter((w) => WORD.test(w)))];
}

/** A keyed permutation of `pool`: stable for the key, unrelated across keys. */
function permute(pool: string[], key: Uint8Array, label: string): string[] {
  return pool
    .map((w) => ({ w, k: hmac(key, `${label}\0${w}`).readUInt32BE(0) }))
    .sort((a, b) => a.k - b.k || (a.w < b.w ? -1 : 1))
    .map((x) => x.w);
}

/** One name list with its keyed one-to-one mapping: listed names never collide with each other. */
class NameTable {
  private readonly index = new Map<string, number>();
  private readonly image: string[];

  constructor(readonly pool: string[], key: Uint8Array, label: string) {
    pool.forEach((w, i) => this.index.set(w.toLowerCase(), i));
    this.image = permute(pool, key, label);
  }

  has(lower: string): boolean {
    return this.index.has(lower);
  }

  /** Listed name -> its permuted partner; other names -> a keyed pick. */
  map(lower: string, key: Uint8Array, label: string): string {
    const i = this.index.get(lower);
    if (i !== undefined) return this.image[i];
    return this.pool[hmac(key, `${label}\0${lower}`).readUInt32BE(0) % this.pool.length];
  }
}

/**
 * First and last names of one locale with keyed mappings. Each name token is
 * mapped on its own, so `John Smith`, `John` and `Mr. Smith` stay coherent
 * (`Maria Garcia`, `Maria`, `Mr. Garcia`) across a conversation.
 */
export class NamePools {
  /** Female-only, male-only and unisex first names: each class maps onto itself, so listed names never collide. */
  private readonly femaleOnly: NameTable;
  private readonly maleOnly: NameTable;
  private readonly unisex: NameTable;
  /** Every first name (for unlisted names and email local parts). */
  readonly anyFirst: NameTable;
  readonly last: NameTable;

  constructor(locale: string, private readonly key: Uint8Array) {
    const def = localeDef(locale) ?? localeDef('en')!;
    const person = def.person as Record<string, unknown> | undefined;
    const first = (person?.first_name ?? {}) as Record<string, unknown>;
    let female = words(flat(first.female));
    let male = words(flat(first.male));
    let generic = words(flat(first.generic));
    if (female.length < 50 || male.length < 50) {
      const en = localeDef('en')!.person!.first_name as Record<string, unknown>;
      female = words(flat(en.female));
      male = words(flat(en.male));
      generic = words(flat(en.generic));
    }
    let last = words(flat(person?.last_name));
    if ((SURNAME_SUPPLEMENT.includes(locale) && last.length < MIN_SURNAMES) || last.length < 50) {
      // Only plain A-Z surnames from other locales, so `en` data does not gain diacritics.
      const extra = SURNAME_SUPPLEMENT.flatMap((l) => flat(localeDef(l)?.person?.last_name)).filter((w) => /^[A-Za-z]+$/.test(w));
      last = words([...last, ...extra]);
    }
    const femaleSet = new Set(female.map((w) => w.toLowerCase()));
    const maleSet = new Set(male.map((w) => w.toLowerCase()));
    this.femaleOnly = new NameTable(female.filter((w) => !maleSet.has(w.toLowerCase())), key, 'first-female');
    this.maleOnly = new NameTable(male.filter((w) => !femaleSet.has(w.toLowerCase())), key, 'first-male');
    // Unisex: in both lists, or only in the locale's sex-neutral list.
    const unisex = words([...female.filter((w) => maleSet.has(w.toLowerCase())), ...generic.filter((w) => !femaleSet.has(w.toLowerCase()) && !maleSet.has(w.toLowerCase()))]);
    this.unisex = new NameTable(unisex, key, 'first-unisex');
    this.anyFirst = new NameTable(words([...female, ...male, ...generic]), key, 'first-any');
    this.last = new NameTable(last, key, 'last');
  }

  /** A surrogate first name of the same class (female-only, male-only, unisex); unlisted names get a keyed pick. */
  firstName(token: string): string {
    const lower = token.toLowerCase();
    for (const [table, label] of [[this.femaleOnly, 'first-female'], [this.maleOnly, 'first-male'], [this.unisex, 'first-unisex']] as const) {
      if (table.has(lower)) return table.map(lower, this.key, label);
    }
    return this.anyFirst.map(lower, this.key, 'first-any');
  }

  lastName(token: string): string {
    // Double-barrelled surnames map part by part.
    return token
      .split('-')
      .map((part) => (part ? this.last.map(part.toLowerCase(), this.key, 'last') : part))
      .join('-');
  }

  /**
   * Surrogate for a person's name, keeping titles, initials, token count and
   * casing style. One token is a first name unless a title precedes it.
   */
  person(text: string): string {
    const parts = text.split(/(\s+)/);
    const tokens = parts.map((p, i) => ({ p, i })).filter((t) => t.p && !/^\s+$/.test(t.p));
    const isTitle = (s: string) => TITLES.has(s.replace(/\.$/, '').toLowerCase());
    const nameTokens = tokens.filter((t) => !isTitle(t.p));
    const titled = tokens.length > nameTokens.length;
    nameTokens.forEach((t, n) => {
      const last = n === nameTokens.length - 1 && (nameTokens.length > 1 || titled);
      parts[t.i] = this.token(t.p, last);
    });
    return parts.join('');
  }

  private token(raw: string, last: boolean): string {
    // Keep surrounding punctuation (`Smith,` `(John)`); map the word inside.
    const m = /^([^\p{L}]*)(.*?)([^\p{L}]*)$/u.exec(raw)!;
    const [, pre, word, post] = m;
    if (!word) return raw;
    if (Array.from(word).length === 1) {
      // An initial: a keyed letter, same case.
      const letter = 'ABCDEFGHIJKLMNOPRSTW'[hmac(this.key, `initial\0${word.toLowerCase()}`)[0] % 20];
      return pre + (word === word.toLowerCase() ? letter.toLowerCase() : letter) + post;
    }
    const style = caseStyle(word);
    const out = last ? this.lastName(word) : this.firstName(word);
    return pre + applyCase(out, style === 'mixed' ? 'title' : style) + post;
  }
}
