/**
 * Checks user-supplied regexes (policy `custom`, `deny`, `allow`) before the
 * first record is read: they must compile and must not backtrack
 * catastrophically. Two layers: a static check for the shapes that cause
 * exponential time (a quantified group that contains an unbounded quantifier,
 * backreferences), then a timed probe on growing near-miss inputs.
 */

/** Returns why `source` is unsafe, or undefined when it looks safe. */
export function staticRegexProblem(source: string): string | undefined {
  if (/\\[1-9]|\\k</.test(source)) return 'backreferences are not supported';
  // Stack of groups: does the group contain an unbounded quantifier?
  const stack: boolean[] = [false];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') {
      stack.push(false);
      continue;
    }
    const q = quantifierAt(source, i);
    if (c === ')') {
      const innerUnbounded = stack.pop() ?? false;
      if (stack.length === 0) return 'unbalanced parentheses';
      const after = quantifierAt(source, i + 1);
      if (after && after.repeats && innerUnbounded) {
        return 'nested quantifiers (a repeated group containing + or *) can take exponential time';
      }
      if (innerUnbounded || (after && after.unbounded)) stack[stack.length - 1] = true;
      if (after) i += after.length;
      continue;
    }
    if (q) {
      if (q.unbounded) stack[stack.length - 1] = true;
      i += q.length - 1;
    }
  }
  return undefined;
}

/** A quantifier starting at `i`: its length, whether it is unbounded and whether it repeats more than once. */
function quantifierAt(s: string, i: number): { length: number; unbounded: boolean; repeats: boolean } | undefined {
  const c = s[i];
  let len = 0;
  let unbounded = false;
  let repeats = false;
  if (c === '*' || c === '+') {
    len = 1;
    unbounded = true;
    repeats = true;
  } else if (c === '?') {
    len = 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i));
    if (!m) return undefined;
    len = m[0].length;
    unbounded = m[2] !== undefined && m[3] === '';
    const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    repeats = max > 1;
  } else return undefined;
  if (s[i + len] === '?') len++; // lazy
  return { length: len, unbounded, repeats };
}

/**
 * Runs the regex over near-miss inputs built from its own literal characters
 * and common classes; returns a problem when a run exceeds its time budget.
 */
export function probeRegexProblem(re: RegExp): string | undefined {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const literal = [...new Set(re.source.replace(/\\[dwsbDWSB]/g, '').replace(/[\\^$.*+?()[\]{}|]/g, ''))].slice(0, 12);
  const chars = [...new Set(['a', 'A', '0', ' ', '.', '-', '_', '@', ...literal])];
  const run = (input: string): number => {
    const t0 = performance.now();
    g.lastIndex = 0;
    for (let m; (m = g.exec(input)); ) if (m[0].length === 0) g.lastIndex++;
    return performance.now() - t0;
  };
  for (const c of chars) {
    for (const pair of [c, c + 'a', c + '0', c + ' ']) {
      // Exponential blow-up shows at small sizes; stop before it hangs.
      // Sizes grow slowly so a 2^n blow-up is caught (~2^26 steps at most) before it can hang.
      for (const n of [10, 14, 18, 22, 26]) {
        if (run(pair.repeat(n) + '\u0001!') > 25) return 'catastrophic backtracking on a short repeated input';
      }
      if (run(pair.repeat(2500) + '\u0001!') > 150) return 'very slow on a long repeated input (super-linear backtracking)';
    }
  }
  return undefined;
}

/** Parses a `/source/flags` string; undefined when `s` is not in that form. */
export function parseSlashRegex(s: string): { source: string; flags: string } | undefined {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(s);
  return m ? { source: m[1], flags: m[2] } : undefined;
}
