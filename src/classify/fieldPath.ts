/**
 * Field paths as the classifier aggregates them: JSON Pointer segments that are
 * array indices become `*` (`/messages/2/content` -> `/messages/*\/content`), so
 * every record's third message counts towards the same field. CSV column names
 * (no leading `/`) are kept as they are.
 */
export function aggregatePath(path: string): string {
  if (!path.startsWith('/') || !/\/\d/.test(path)) return path;
  return path.replace(/\/\d+(?=\/|$)/g, '/*');
}

/** Segments of a field path, JSON Pointer escapes decoded (`~1` -> `/`, `~0` -> `~`). */
export function pathSegments(path: string): string[] {
  if (!path.startsWith('/')) return [path];
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
