import type { Finding } from '../types.js';
import { sortSmall } from '../detect/sort.js';

/** Turns one finding's text into its replacement (may be '' for redact). */
export type SpanOperator = (text: string, finding: Finding) => string;

/** Start, then the longer span first (module-level: no closure per call). */
const byStartLongest = (a: Finding, b: Finding): number => a.start - b.start || b.end - a.end;

/**
 * Makes findings safe to apply: clamps them to the value, widens a span that
 * would cut a surrogate pair (emoji) in half, and merges overlapping spans so
 * no part of any finding leaks. A merged span keeps the entity of its
 * strongest member (score, then length, then earliest). Result is sorted and
 * non-overlapping.
 */
export function normalizeSpans(value: string, findings: readonly Finding[]): Finding[] {
  const spans: Finding[] = [];
  for (const f of findings) {
    let start = Math.max(0, Math.min(value.length, Math.trunc(f.start)));
    let end = Math.max(0, Math.min(value.length, Math.trunc(f.end)));
    if (!(end > start)) continue;
    if (isLowSurrogate(value, start) && isHighSurrogate(value, start - 1)) start--;
    if (isHighSurrogate(value, end - 1) && isLowSurrogate(value, end)) end++;
    spans.push(start === f.start && end === f.end ? f : { ...f, start, end });
  }
  if (spans.length < 2) return spans;
  sortSmall(spans, byStartLongest);
  const out: Finding[] = [];
  let cur = spans[0];
  let best = cur;
  for (let i = 1; i < spans.length; i++) {
    const f = spans[i];
    if (f.start < cur.end) {
      if (stronger(f, best)) best = f;
      if (f.end > cur.end) cur = { ...cur, end: f.end };
      continue;
    }
    out.push(merged(cur, best));
    cur = f;
    best = f;
  }
  out.push(merged(cur, best));
  return out;
}

function merged(span: Finding, best: Finding): Finding {
  return best.start === span.start && best.end === span.end ? best : { ...best, start: span.start, end: span.end };
}

function stronger(a: Finding, b: Finding): boolean {
  if (a.score !== b.score) return a.score > b.score;
  return a.end - a.start > b.end - b.start;
}

function isHighSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Rewrites `value`, replacing each finding's span with `opFor(finding)(span)`.
 * Overlapping findings are merged first (see normalizeSpans); text outside
 * findings is copied byte-identical.
 */
export function applyFindings(value: string, findings: readonly Finding[], opFor: (f: Finding) => SpanOperator): string {
  if (findings.length === 0) return value;
  let out = '';
  let pos = 0;
  for (const f of normalizeSpans(value, findings)) {
    out += value.slice(pos, f.start);
    out += opFor(f)(value.slice(f.start, f.end), f);
    pos = f.end;
  }
  return out + value.slice(pos);
}
