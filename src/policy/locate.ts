import { createRequire } from 'node:module';
import type { Document, LineCounter, Node } from 'yaml';

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;

/**
 * The yaml package, loaded on the first policy parsed rather than when this
 * module is imported, so a run without --policy never pays for it. yaml is
 * CommonJS under Node: a synchronous require keeps parsePolicy synchronous.
 */
export function yaml(): YamlModule {
  return (yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule);
}

export type PolicyPath = readonly (string | number)[];

/**
 * Finds the 1-based line of the YAML node at `path` (or of its key, with
 * `key: true`). Falls back to the deepest node that exists, so an error
 * about a missing key still points at its parent.
 */
export function lineAt(doc: Document, lines: LineCounter, path: PolicyPath, opts: { key?: boolean } = {}): number | undefined {
  const { isMap, isPair, isSeq } = yaml();
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(seg));
      if (!pair) break;
      if (last && opts.key) {
        offset = rangeStart(pair.key) ?? offset;
        break;
      }
      node = pair.value;
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) break;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

function keyText(key: unknown): string | undefined {
  if (yaml().isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
