/**
 * Globs over blob names: `*` and `?` stay inside one path segment, `**` crosses
 * segments (`a/**` + `/x` also matches `a/x`). Listing uses the longest literal prefix.
 */

/** True when the path holds a glob character. */
export function hasGlob(path: string): boolean {
  return /[*?]/.test(path);
}

/** The part of a glob before its first wildcard: what the service can filter by. */
export function literalPrefix(glob: string): string {
  const i = glob.search(/[*?]/);
  return i < 0 ? glob : glob.slice(0, i);
}

/** The folder part of the literal prefix, against which matched names are made relative. */
export function globBase(glob: string): string {
  const prefix = literalPrefix(glob);
  return prefix.slice(0, prefix.lastIndexOf('/') + 1);
}

/** Compiles a glob into an anchored RegExp over whole blob names. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:.*/)?'; // zero or more whole segments
      } else {
        re += '.*';
      }
    } else if (c === '*') {
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else {
      re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`, 's');
}
