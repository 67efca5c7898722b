/**
 * A person's name alone on a line in capitals inside ordinary text: mailing labels, tickets and forms
 * ("ROBERT L HAMMOND", "JOSEPH A. MORALES", "AMANDA J. MACDONALD"). The name finder reads a capitalised word
 * of cased text as a possible acronym and an initial without a dot as no name, so such lines came out cut short.
 */
import type { Candidate } from './candidate.js';
import { K } from './lexicon.js';
import { Shape, lineEnd, type Token } from './tokens.js';

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
