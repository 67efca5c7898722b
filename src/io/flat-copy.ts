/**
 * A copy of `s` that shares no storage with the string it was sliced from.
 *
 * V8 keeps a substring of 13+ characters (a JSON value, a key, a regex match)
 * as a view into its parent, and a concatenation as a pair of its parts: a
 * long-lived cache keyed by such a string keeps the whole input line alive.
 * Copy what a cache keeps.
 */
export function flatCopy(s: string): string {
  return (' ' + s).slice(1);
}
