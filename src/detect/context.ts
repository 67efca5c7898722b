/**
 * Presidio-style context: whole words near a candidate (and the field name)
 * raise or lower its score. Whole-word matching only: "lic" never matches
 * inside "duplicate" (Presidio bug #1061).
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case whole words of a string, in order. */
export function words(s: string): string[] {
  return s.toLowerCase().match(WORD) ?? [];
}

/** Splits a field name such as `customerSSN`, `date_of_birth`, `e-mail` into lower-case words. */
export function fieldNameWords(name: string | undefined): string[] {
  if (!name) return [];
  return words(name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' '));
}

/** A compiled set of context terms: single words in a Set, phrases as word sequences. */
export class ContextTerms {
  private readonly single = new Set<string>();
  private readonly phrases: string[][] = [];

  constructor(terms: readonly string[]) {
    for (const t of terms) {
      const w = words(t);
      if (w.length === 1) this.single.add(w[0]);
      else if (w.length > 1) this.phrases.push(w);
    }
  }

  get empty(): boolean {
    return this.single.size === 0 && this.phrases.length === 0;
  }

  /** True when any term occurs as whole word(s) in `ws` (plural -s tolerated). */
  matches(ws: readonly string[]): boolean {
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (this.single.has(w)) return true;
      if (w.length > 3 && w.endsWith('s') && this.single.has(w.slice(0, -1))) return true;
      for (const p of this.phrases) {
        if (p[0] !== w || i + p.length > ws.length) continue;
        let ok = true;
        for (let j = 1; j < p.length && ok; j++) ok = ws[i + j] === p[j] || ws[i + j] === p[j] + 's';
        if (ok) return true;
      }
    }
    return false;
  }
}

/** Words in the window around [start, end) of text, same line preferred is not enforced (chat turns are short). */
export function windowWords(text: string, start: number, end: number, before: number, after: number): string[] {
  const a = text.slice(Math.max(0, start - before), start);
  const b = text.slice(end, Math.min(text.length, end + after));
  // Drop a partial word cut by the window edge so it cannot create a false cue.
  const left = start - before > 0 ? a.replace(/^[\p{L}\p{N}]+/u, '') : a;
  const right = end + after < text.length ? b.replace(/[\p{L}\p{N}]+$/u, '') : b;
  return words(left + ' ' + right);
}
