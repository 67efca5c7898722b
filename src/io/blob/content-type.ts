/** Content types given to committed blobs, by the name's last extension. */
const BY_EXTENSION: Record<string, string> = {
  '.jsonl': 'application/jsonl',
  '.ndjson': 'application/x-ndjson',
  '.json': 'application/json', // includes `<name>.label.json` manifests and report.json
  '.csv': 'text/csv',
  '.tsv': 'text/tab-separated-values',
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.html': 'text/html',
  '.sarif': 'application/sarif+json',
  '.gz': 'application/gzip',
  '.age': 'application/octet-stream',
};

/** Content type for a blob name (`a.jsonl` -> `application/jsonl`); `application/octet-stream` when unknown. */
export function contentTypeFor(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  return (dot >= 0 && BY_EXTENSION[base.slice(dot)]) || 'application/octet-stream';
}
