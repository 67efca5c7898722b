/**
 * A person's name alone on a line in capitals inside ordinary text: mailing labels, tickets and forms
 * ("ROBERT L HAMMOND", "JOSEPH A. MORALES", "AMANDA J. MACDONALD"). The name finder reads a capitalised word
 * of cased text as a possible acronym and an initial without a dot as no name, so such lines came out cut short.
 */
import type { Candidate } from './candidate.js';
import { K, dictBits, type Lexicon } from './lexicon.js';
import { Shape, lineEnd, type Token } from './tokens.js';
import { KIN_NOUNS } from './words.js';

/** Appends a PERSON candidate for each line that is 2-5 capitalised words: a known first name, initials, a surname. */
export function findNameLines(text: string, toks: Token[], out: Candidate[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // A line start: the first token, or one after a newline with nothing else before it on its line.
    if (t.shape !== Shape.Upper || !lineStart(text, t.start)) continue;
    let j = i;
    // (a one-letter initial reads as capitalised, not upper case)
    while (j + 1 < toks.length && j - i < 4 && (toks[j + 1]!.shape === Shape.Upper || toks[j + 1]!.end - toks[j + 1]!.start === 1) && onlySpacesOrDot(text, toks[j]!.end, toks[j + 1]!.start)) j++;
    const endsLine = j + 1 >= toks.length ? onlyBlank(text, toks[j]!.end, text.length) : toks[j + 1]!.start > text.indexOf('\n', toks[j]!.end) && onlyBlank(text, toks[j]!.end, lineEnd(text, toks[j]!.end));
    if (j === i || !endsLine) { i = j; continue; }
    const first = toks[i]!.bits;
    const last = toks[j]!;
    // a known given name first, a surname (or a word no list knows, no common word) last, initials between
    let ok = (first & K.FIRST) !== 0 && !(first & (K.STOP | K.ORG)) && last.end - last.start >= 2 && !(last.bits & (K.STOP | K.ORG | K.ORG_SUFFIX | K.STREET)) && ((last.bits & K.LAST) !== 0 || !last.dictWord);
    for (let k = i + 1; k < j && ok; k++) {
      const m = toks[k]!;
      ok = m.end - m.start === 1 || ((m.bits & (K.FIRST | K.LAST)) !== 0 && !(m.bits & K.STOP));
    }
    if (ok) out.push({ entity: 'PERSON', start: t.start, end: last.end, score: 0.9, recognizer: 'ner-name-line', judge: false });
    i = j;
  }
}

function lineStart(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function onlyBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) return false;
  }
  return true;
}

/** One space, or an initial's dot and a space ("A. MORALES"). */
function onlySpacesOrDot(text: string, from: number, to: number): boolean {
  return to - from === 1 ? text.charCodeAt(from) === 32 : to - from === 2 && text.charCodeAt(from) === 46 && text.charCodeAt(from + 1) === 32;
}

/**
 * Airline and hotel systems write a traveller as SURNAME/GIVEN ("ABERNATHY/QUINCY", "MWANGI/GRACEANN MRS"): the
 * slash joins the two parts of one name. A given name the lists know after it, and no common word before it
 * ("AND/OR", "TCP/IP", "YES/NO" are not names).
 */
const PNR_NAME = /(?<![\p{L}\p{M}\/])(\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})?)\/(\p{Lu}{2,}(?:[- ]\p{Lu}{2,})?)(?![\p{L}\p{M}\/])/gu;

/**
 * Whether some slash of `text` has a capital letter right before and after it, as every match of PNR_NAME has
 * (a surrogate on either side counts too: it may be half of a capital beyond the BMP). Most texts with a slash
 * (dates, URLs, "and/or") have none, and they are spared the scan of the Unicode pattern.
 */
function capitalsAroundSlash(text: string): boolean {
  for (let i = text.indexOf('/'); i >= 0 && i + 1 < text.length; i = text.indexOf('/', i + 1)) {
    if (i > 0 && capitalOrSurrogate(text.charCodeAt(i - 1)) && capitalOrSurrogate(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

const CAPITAL = /\p{Lu}/u;

function capitalOrSurrogate(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return (c >= 0xd800 && c <= 0xdfff) || CAPITAL.test(String.fromCharCode(c));
}

/** Appends a PERSON candidate for each SURNAME/GIVEN name of `text`. */
export function findPnrNames(text: string, lex: Lexicon, out: Candidate[]): void {
  if (!capitalsAroundSlash(text)) return;
  PNR_NAME.lastIndex = 0;
  for (let m; (m = PNR_NAME.exec(text)); ) {
    const surname = dictBits(lex, m[1]!.toLowerCase());
    const given = m[2]!.split(/[- ]/);
    // (the given part may end in a title: "MWANGI/GRACEANN MRS")
    const firstGiven = dictBits(lex, given[0]!.toLowerCase());
    if (surname & (K.DICT | K.STOP) && !(surname & K.LAST)) continue;
    // (a two-letter surname only before a title: "LI/WEI MR", not "RE/MAX")
    if (m[1]!.length < 3 && !/^ (?:MR|MRS|MS|MISS|MSTR|DR)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    if (!(firstGiven & K.FIRST) && !(given.length === 1 && !(firstGiven & (K.DICT | K.STOP)) && surname & K.LAST)) continue;
    let end = m.index + m[0].length;
    const last = given[given.length - 1]!;
    if (given.length > 1 && dictBits(lex, last.toLowerCase()) & K.HONORIFIC) end -= last.length + 1;
    out.push({ entity: 'PERSON', start: m.index, end, score: 0.85, recognizer: 'ner-name-line', judge: false });
  }
}

/** Spouses and next of kin as forms and notes of other languages write them, beside words.ts KIN_NOUNS. */
const KIN_MORE = ['épouse', 'époux', 'mari', 'femme', 'ehefrau', 'ehemann', 'esposa', 'esposo', 'marido', 'moglie', 'marito', 'vrouw',
  'echtgenote', 'echtgenoot', 'ægtefælle', 'hustru', 'make', 'maka', 'kone', 'ektefelle', 'vaimo', 'puoliso', 'żona', 'mąż', 'manželka',
  'manžel', 'syn', 'córka', 'dcera', 'mutter', 'vater', 'mãe', 'pai', 'madre', 'padre', 'mère', 'père', 'moeder', 'vader', 'carer', 'caregiver'];
const KIN_WORDS = new Set([...KIN_NOUNS, ...KIN_MORE]);
/** A capitalised name word, whole: "Judith", "Ann-Marie", "O’Neill". */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’\-]+$/u;

/** Appends PERSON candidates for a relative named beside the relation in brackets. */
export function findBracketedKin(text: string, lex: Lexicon, out: Candidate[]): void {
  // (read around each bracket: most texts have none, and a regex over every word of the others cost a fifth of the names path)
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) return;
    if (close - open - 1 < 2 || close - open - 1 > 24) continue;
    const inside = text.slice(open + 1, close);
    // the word before the bracket, one space or none between
    let we = open;
    if (text.charCodeAt(we - 1) === 32) we--;
    let ws = we;
    while (ws > 0 && isWordChar(text.charCodeAt(ws - 1))) ws--;
    if (ws === we) continue;
    const before = text.slice(ws, we);
    // "Daughter (Judith)", "Épouse (Farida)"
    if (KIN_WORDS.has(before.toLowerCase()) && nameLike(inside, lex)) {
      out.push({ entity: 'PERSON', start: open + 1, end: close, score: 0.7, recognizer: 'ner-gazetteer', judge: false });
    // "Edvaldo (filho)", "Niels (ægtefælle)": the name, one space, its relation
    } else if (we < open && KIN_WORDS.has(inside) && nameLike(before, lex)) {
      out.push({ entity: 'PERSON', start: ws, end: we, score: 0.7, recognizer: 'ner-gazetteer', judge: false });
    }
  }
}

/** A capitalised word that may be a name: a known given name, or no common word, place, role or title. */
function nameLike(w: string, lex: Lexicon): boolean {
  if (!NAME_WORD.test(w)) return false;
  const b = dictBits(lex, w.toLowerCase());
  return (b & K.FIRST) !== 0 ? !(b & K.STOP) : !(b & (K.DICT | K.STOP | K.PLACE | K.COUNTRY | K.ORG | K.ROLE | K.HONORIFIC));
}

/** Letters, marks, apostrophes and hyphens of a word. */
function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45 || c === 0x2019 || (c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c).toUpperCase()) || (c >= 0x300 && c <= 0x36f);
}
