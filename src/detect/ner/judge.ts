/**
 * The optional slow path (`createNerRecognizer({ judge: true })`): compromise
 * (https://github.com/spencermountain/compromise) judges the few candidates the
 * gazetteer could not settle. It sees only the sentence around each candidate,
 * never the whole field (compromise runs ~0.03-0.15 MB/s, ~1 ms a call), and is
 * loaded on the first call.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import type { Candidate } from './candidate.js';

let nlpCached: typeof nlpType | undefined;

/** compromise, loaded on the first judged candidate (~0.4 s, ~45 MB): most runs never need it. */
function nlp(text: string): ReturnType<typeof nlpType> {
  nlpCached ??= createRequire(import.meta.url)('compromise') as typeof nlpType;
  return nlpCached(text);
}

/** Longest window compromise sees around a candidate, in UTF-16 units. */
const WINDOW = 60;
/**
 * Most compromise calls per field value. Title-case lists and headings can hold
 * hundreds of unknown capitalised runs; past this budget they are dropped
 * (not guessed), which keeps the worst case linear and cheap.
 */
export const MAX_JUDGE_CALLS = 4;

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  const minA = Math.max(0, start - WINDOW);
  while (a > minA) {
    const c = text.charCodeAt(a - 1);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && text.charCodeAt(a) === 32)) break;
    a--;
  }
  let b = end;
  const maxB = Math.min(text.length, end + WINDOW);
  while (b < maxB) {
    const c = text.charCodeAt(b);
    if (c === 10 || c === 33 || c === 63 || (c === 46 && (b + 1 >= text.length || text.charCodeAt(b + 1) === 32))) { b++; break; }
    b++;
  }
  return [a, b];
}

type Offset = { offset: { start: number; length: number } };

/**
 * Keeps the candidates compromise tags with the same entity (PERSON via
 * `people()`), raising them to `acceptScore`; drops the others.
 * Candidates in the same sentence share one compromise call.
 */
export function judgeCandidates(text: string, cands: Candidate[], acceptScore = 0.7): Candidate[] {
  const kept: Candidate[] = [];
  const cache = new Map<number, Array<[number, number]>>();
  for (const c of cands) {
    const [a, b] = sentenceBounds(text, c.start, c.end);
    let spans = cache.get(a);
    if (!spans) {
      if (cache.size >= MAX_JUDGE_CALLS) break;
      const doc = nlp(text.slice(a, b));
      const people = doc.people().json({ offset: true }) as Offset[];
      spans = people.map((p) => [a + p.offset.start, a + p.offset.start + p.offset.length] as [number, number]);
      cache.set(a, spans);
    }
    if (spans.some(([s, e]) => s < c.end && c.start < e)) kept.push({ ...c, score: Math.max(c.score, acceptScore), recognizer: 'ner-compromise', judge: false });
  }
  return kept;
}
