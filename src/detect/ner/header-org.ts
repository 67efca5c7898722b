/**
 * The organisation a document's first line names after its kind: "Mitgliedsantrag – TSV Eichenau 1921 e.V.",
 * "Lista płac – Piekarnia Złoty Kłos, Rzeszów", "Lähete – Tampereen yliopistollinen sairaala", "Payslip –
 * Northumbrian Water Ltd". A form, letter or list headed this way is issued by (or kept for) a business, a
 * club, a clinic or an office; the name has no head noun the organisation finder knows in most languages, and
 * the person finder reads "Piekarnia Złoty Kłos" as a name. Not a person the lists know ("Itinerary – Lachlan &
 * Hope Fitzgerald"), a place alone ("Forum Zimmo – Gent"), or plain words ("DVLA – Change of address").
 */
import type { Candidate } from './candidate.js';
import { K, dictBits, type Lexicon } from './lexicon.js';
import { orgNameEnd } from './organization.js';

/** Score of the header's organisation: above the name finder's guesses (0.35-0.75), below known full names. */
export const HEADER_ORG_SCORE = 0.8;

/** The first line: a kind (no colon, quote or '#'), a dash between spaces, the name, then a newline. */
// (the name opens with a capital, or with a letter of a script without case: "员工花名册 — 深圳海岚电子有限公司")
const HEADER = /^([\p{L}][^\n:#"“„«|/–—]{1,38}?) [–—-] ([\p{Lu}\p{Lo}][^\n:#"“„«|/()–—]{1,70}?)[ \t]*\n/u;
const REFERENCE = /^(?:(?:ref|no|nr|nº|n°|num)(?=[\s.:#]|$)|\S*\d)/iu;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.\-]*/gu;

/** Appends an ORGANIZATION candidate for the name in `text`'s header line, if any. */
export function findHeaderOrg(text: string, lex: Lexicon, cands: Candidate[]): void {
  // (most texts are ruled out by their first line's length or its lack of a dash, without the regex)
  const nl = text.indexOf('\n');
  if (nl < 8 || nl > 120 || !hasDash(text, nl)) return;
  const m = HEADER.exec(text.slice(0, nl + 1));
  if (!m) return;
  const title = m[1]!;
  const start = title.length + 3;
  // "Universitetet i Bergen — Studiebekreftelse": an organisation (or a Title Case name) first, the kind after it
  if (titleCase(title) || onlyRoles(title, lex)) return;
  for (const c of cands) if (c.entity === 'ORGANIZATION' && c.start < title.length) return;
  // a town after a comma is the organisation's seat ("Brutăria Moldovița, Suceava"), unless a legal form follows
  const name = text.slice(start, orgNameEnd(text, start, start + m[2]!.length, lex)).replace(/[.,;!?]+$/, '');
  // a reference or number is the document's own ("BOOKING CONFIRMATION — Ref K7P2QZ", "NOTA FISCAL – Nº 000.482")
  if (name.length < 3 || REFERENCE.test(name)) return;
  let words = 0;
  let plain = 0;
  let onlyPlace = true;
  let firstName = false;
  WORD.lastIndex = 0;
  for (let w; (w = WORD.exec(name)); ) {
    words++;
    const b = dictBits(lex, w[0].replace(/(?:['’]s|\.)$/, '').toLowerCase());
    // (a word of the kind's own language the English lists lack is no evidence either way)
    if (b & (K.DICT | K.STOP) && !(b & (K.ORG_SUFFIX | K.ORG | K.ORG_HEAD))) plain++;
    if (!(b & (K.PLACE | K.COUNTRY))) onlyPlace = false;
    if (words === 1) firstName = (b & K.FIRST) !== 0 && !(b & K.DICT);
  }
  if (words === 0 || words > 7 || plain === words || onlyPlace) return;
  const end = start + name.length;
  // a person the lists know, or already found, is the header's subject, not an organisation
  // ("Customer 360 – Lindiwe Ndlovu-Mabaso": a known given name opening a found name)
  for (const c of cands) {
    if (c.entity === 'PERSON' && c.start < end && start < c.end && ((c.score >= 0.7 && !c.judge) || (firstName && c.start === start))) return;
  }
  cands.push({ entity: 'ORGANIZATION', start, end, score: HEADER_ORG_SCORE, recognizer: 'org-header', judge: false });
}

/** A title of role nouns (and numbers) only heads a person's record: "Customer 360 – Lindiwe Ndlovu-Mabaso". */
function onlyRoles(title: string, lex: Lexicon): boolean {
  WORD.lastIndex = 0;
  let roles = 0;
  for (let w; (w = WORD.exec(title)); ) {
    if (!(dictBits(lex, w[0].toLowerCase()) & K.ROLE)) return false;
    roles++;
  }
  return roles > 0;
}

/** Two words or more, each capitalised and not all in capitals: a proper name, not a document's kind. */
function titleCase(title: string): boolean {
  let words = 0;
  WORD.lastIndex = 0;
  for (let w; (w = WORD.exec(title)); ) {
    const s = w[0];
    if (s.length > 3 && s === s.toLowerCase()) return false; // (short joiners: "i", "de", "of")
    if (s !== s.toLowerCase()) words++;
  }
  return words >= 2 && title !== title.toUpperCase();
}

/** " – ", " — " or " - " within the kind's length of the line. */
function hasDash(text: string, nl: number): boolean {
  for (let k = 2; k < Math.min(nl, 42); k++) {
    const c = text.charCodeAt(k);
    if ((c === 0x2013 || c === 0x2014 || c === 45) && text.charCodeAt(k - 1) === 32 && text.charCodeAt(k + 1) === 32) return true;
  }
  return false;
}
