/**
 * A news dateline: "LONDON, May 6 (PA) — …", "VALPARAÍSO, Chile (AP) — …", "KIGALI, April 9 (Reuters) - …",
 * "AUCKLAND (RNZ) — …". The town in capitals opens a wire story and the bracket after it names the agency
 * that filed it; neither has a sentence around it, and an agency's acronym ("PA", "AP") reads as a state code.
 */
import type { Candidate } from './candidate.js';

/** Score of a dateline's town and agency: above the place finder's guesses for short codes. */
const DATELINE_SCORE = 0.85;

// Town in capitals (a few words), optionally ", Region" and/or ", Month Day", then "(Agency)" and a dash.
const DATELINE = /([\p{Lu}][\p{Lu}\p{M}'’.\- ]{1,30}?)(, \p{Lu}[\p{L}\p{M}.\- ]{1,30}?)?(, \p{Lu}\p{Ll}{2,8}\.? \d{1,2})? \((\p{Lu}[\p{L}\p{M}\-. ]{0,24}?)\) ?[—–-]/yu;

/** Appends LOCATION (the town) and ORGANIZATION (the agency) candidates for a dateline opening a line. */
export function findDateline(text: string, cands: Candidate[]): void {
  // (a dateline has " (" and opens a line with three capitals: most texts fail the first test, most lines the second)
  if (text.indexOf(' (') < 0) return;
  for (let ls = 0; ls < text.length; ) {
    if (upperAt(text, ls) && upperAt(text, ls + 1) && upperAt(text, ls + 2)) dateline(text, ls, cands);
    const nl = text.indexOf('\n', ls);
    if (nl < 0) break;
    ls = nl + 1;
  }
}

/** An ASCII capital, or any letter beyond ASCII (the regex checks its case). */
function upperAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 65 && c <= 90) || c > 127;
}

const THREE_CAPITALS = /\p{Lu}{3}/u;

function dateline(text: string, at: number, cands: Candidate[]): void {
  DATELINE.lastIndex = at;
  const m = DATELINE.exec(text);
  if (!m) return;
  const town = m[1]!;
  // (the town is written in capitals: "Update (PR) -" is a heading)
  if (town !== town.toUpperCase() || !THREE_CAPITALS.test(town)) return;
  cands.push({ entity: 'LOCATION', start: at, end: at + town.length, score: DATELINE_SCORE, recognizer: 'ner-dateline', judge: false });
  const agencyStart = at + m[0].lastIndexOf('(') + 1;
  cands.push({ entity: 'ORGANIZATION', start: agencyStart, end: agencyStart + m[4]!.length, score: DATELINE_SCORE, recognizer: 'ner-dateline', judge: false });
}
