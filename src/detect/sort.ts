/**
 * Sorts `a` in place with `cmp`, stably, and returns it: the same order as
 * `a.sort(cmp)` (also stable) for a consistent comparator. Short arrays, nearly
 * all of them here (a text's findings, a record's edits), take an insertion
 * sort: `Array.prototype.sort` allocates work arrays on every call, 40 MB per
 * 20 MB of chat JSONL, which the young generation then has to collect.
 */
export function sortSmall<T>(a: T[], cmp: (x: T, y: T) => number): T[] {
  const n = a.length;
  if (n > 24) return a.sort(cmp);
  for (let i = 1; i < n; i++) {
    const x = a[i]!;
    let j = i - 1;
    // (strictly greater only: equal elements keep their order)
    while (j >= 0 && cmp(a[j]!, x) > 0) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
  return a;
}

/**
 * `items` without those `drop` says to leave out (it sees each item's index, the array and `ctx`: module-level
 * predicates, no closure per call), in order; the same array when none is left out, so the common case allocates
 * nothing.
 */
export function dropWhere<T, C>(items: T[], drop: (item: T, i: number, all: T[], ctx: C) => boolean, ctx: C): T[] {
  let out: T[] | undefined;
  for (let i = 0; i < items.length; i++) {
    if (drop(items[i]!, i, items, ctx)) out ??= items.slice(0, i);
    else if (out) out.push(items[i]!);
  }
  return out ?? items;
}
