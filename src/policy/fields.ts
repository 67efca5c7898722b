/**
 * Field patterns of the `fields:` section, compiled once.
 *
 * - `/messages/*\/content`: a JSON Pointer; `*` matches one segment (or part
 *   of one: `/user_*`), `**` any number of segments.
 * - `email`: a CSV column name; also matches the top-level JSON member
 *   `/email`. `*` works inside names (`*_name`).
 */
export interface FieldMatcher {
  readonly pattern: string;
  /** Exact patterns (no `*`) beat wildcard ones; then the earlier one in the file wins. */
  readonly exact: boolean;
  test(path: string): boolean;
}

function escapeRe(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

function segmentRe(seg: string): string {
  if (seg === '**') return '(?:/[^/]*)*';
  return '/' + seg.split('*').map(escapeRe).join('[^/]*');
}

/** Compiles one `fields:` key. Throws an Error (message says why) for a malformed pattern. */
export function compileFieldPattern(pattern: string): FieldMatcher {
  if (pattern.length === 0) throw new Error('empty pattern');
  const exact = !pattern.includes('*');
  if (pattern.startsWith('/')) {
    const segs = pattern.slice(1).split('/');
    if (segs.some((s) => s.includes('**') && s !== '**')) throw new Error('** must be a whole segment');
    if (exact) return { pattern, exact, test: (p) => p === pattern };
    const re = new RegExp(`^${segs.map(segmentRe).join('')}$`, 's');
    return { pattern, exact, test: (p) => re.test(p) };
  }
  if (exact) {
    const pointer = '/' + pattern.replace(/~/g, '~0').replace(/\//g, '~1');
    return { pattern, exact, test: (p) => p === pattern || p === pointer };
  }
  const re = new RegExp(`^/?${pattern.split('*').map(escapeRe).join('[^/]*')}$`, 's');
  return { pattern, exact, test: (p) => re.test(p) };
}
