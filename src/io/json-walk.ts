import { GSError } from '../errors.js';
import { sortSmall } from '../detect/sort.js';

/**
 * A validating, position-keeping JSON walker. It finds every scalar leaf of
 * one JSON text with its JSON Pointer and token range, so that the pipeline
 * can rewrite only the tokens it must and copy everything else byte for byte:
 * key order, whitespace, `1.0`, `1e5` and 20-digit integers stay exactly as
 * written (JSON.parse + stringify would lose them). Iterative, so deep
 * nesting cannot overflow the call stack.
 */

/** What to do with a member/element: scan its leaves, keep it untouched, or remove it. */
export type WalkAction = 'scan' | 'skip' | 'drop';

export interface JsonLeaf {
  /** JSON Pointer, e.g. `/messages/2/content`. */
  path: string;
  /** Last key on the path (for array elements: the array's key). */
  key: string;
  /** Token range in the walked text (strings include their quotes). */
  start: number;
  end: number;
  /** Decoded string value, or the number's text. */
  value: string;
  kind: 'string' | 'number';
  /** For strings that hold JSON (tool-call arguments): the walk of the decoded value. */
  embedded?: JsonWalk;
  /** Set by the caller: the new value of this leaf (always written as a JSON string). */
  replacement?: string;
}

export interface JsonWalk {
  leaves: JsonLeaf[];
  /** Ranges to delete for dropped members (separators included), sorted, non-overlapping. */
  drops: Array<[number, number]>;
  /** Index of the root object's closing `}` (for adding a field), or -1. */
  rootClose: number;
  /** True when the root object has at least one member left after drops. */
  rootHasMembers: boolean;
}

export interface WalkOptions {
  /**
   * Decides the action for a member or element path; called only inside scanned containers.
   * Must answer by path and key alone: its answers are kept per distinct path (see {@link PathNode}).
   */
  classify(path: string, key: string): WalkAction;
  /** Whether a scanned string leaf should be parsed as embedded JSON. */
  embedded?(path: string, key: string): boolean;
  /** Maximum nesting depth before TOO_DEEP. */
  maxDepth?: number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const CONTROL = /[\u0000-\u001f]/;

/**
 * One distinct JSON Pointer of the records walked with one classifier. Records
 * of a dataset share their few dozen paths (`/messages/3/content`): each is
 * built, flattened and classified once, instead of concatenated per member of
 * every record (and hashed again by every map it is looked up in: the plan's
 * field rules, the report's field tallies). Interned strings are flat copies, so
 * they keep no input line alive.
 */
class PathNode {
  private members: Map<string, PathNode> | undefined = undefined;
  private elements: PathNode[] | undefined = undefined;
  /** `classify(path, key)`, once asked. */
  action: WalkAction | undefined = undefined;
  constructor(
    readonly tree: PathTree,
    readonly path: string,
    readonly key: string,
  ) {}

  /** The node of member `key`, or undefined when the tree is full. */
  member(key: string): PathNode | undefined {
    let n = this.members?.get(key);
    if (n === undefined && this.tree.size < PathTree.MAX_NODES) {
      const k = flatCopy(key);
      n = new PathNode(this.tree, flatCopy(this.path + '/' + pointerSegment(k)), k);
      (this.members ??= new Map()).set(k, n);
      this.tree.size++;
    }
    return n;
  }

  /** The node of element `index` (its key is the array's), or undefined when the tree is full. */
  element(index: number): PathNode | undefined {
    const els = (this.elements ??= []);
    let n = els[index];
    if (n === undefined && this.tree.size < PathTree.MAX_NODES && index <= els.length) {
      n = new PathNode(this.tree, flatCopy(this.path + '/' + index), this.key);
      els[index] = n;
      this.tree.size++;
    }
    return n;
  }
}

/** The interned paths of one classifier. */
class PathTree {
  /** Bounds the memory of inputs with generated keys or huge arrays: paths past it are built per record. */
  static readonly MAX_NODES = 20_000;
  size = 0;
  readonly root = new PathNode(this, '', '');
}

const pathTrees = new WeakMap<WalkOptions['classify'], PathTree>();

function flatCopy(s: string): string {
  return (' ' + s).slice(1);
}

interface Frame {
  obj: boolean;
  /** Interned node of `path`, undefined past the tree's bound (or below an embedded walk's base path). */
  node: PathNode | undefined;
  path: string;
  key: string;
  action: WalkAction;
  index: number;
  curStart: number;
  curAction: WalkAction;
  /** Where a later dropped member starts deleting (end of the last written member), -1 if none yet. */
  cutFrom: number;
  /** Start of a run of dropped members at the beginning of the container, -1 if none. */
  pendingDrop: number;
  kept: boolean;
}

/** Escapes a key as a JSON Pointer segment (RFC 6901). */
export function pointerSegment(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}

function fail(message: string, at: number): never {
  throw new GSError('BAD_JSON', `${message} at character ${at + 1}`);
}

function ws(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

/** Returns the index just past the closing quote of the string starting at `i`. */
function stringEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0) fail('unterminated string', i);
    let bs = 0;
    for (let k = q - 1; k > i && text.charCodeAt(k) === 92; k--) bs++;
    if ((bs & 1) === 0) return q + 1;
    j = q + 1;
  }
}

function decodeString(text: string, start: number, end: number): string {
  const inner = text.slice(start + 1, end - 1);
  if (inner.indexOf('\\') < 0) {
    if (CONTROL.test(inner)) fail('unescaped control character in string', start);
    return inner;
  }
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return fail('invalid escape in string', start);
  }
}

/** Walks one JSON text; throws GSError BAD_JSON / TOO_DEEP with the character position. */
export function walkJson(text: string, opts: WalkOptions, basePath = ''): JsonWalk {
  let tree = pathTrees.get(opts.classify);
  if (!tree) pathTrees.set(opts.classify, (tree = new PathTree()));
  return walkFrom(text, opts, basePath === '' ? tree.root : undefined, basePath);
}

function walkFrom(text: string, opts: WalkOptions, baseNode: PathNode | undefined, basePath: string): JsonWalk {
  const maxDepth = opts.maxDepth ?? 10_000;
  const leaves: JsonLeaf[] = [];
  const drops: Array<[number, number]> = [];
  const frames: Frame[] = [];
  let rootClose = -1;
  let rootHasMembers = false;
  let i = 0;
  let vPath = basePath;
  let vNode = baseNode;
  let vKey = '';
  let vAction: WalkAction = 'scan';

  if (text.charCodeAt(0) === 0xfeff) i = 1;

  for (;;) {
    // ---- a value starts at i ----
    i = ws(text, i);
    const c = text.charCodeAt(i);
    let startMember = false;
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (frames.length >= maxDepth) {
        throw new GSError('TOO_DEEP', `JSON nested deeper than ${maxDepth} levels at character ${i + 1}`, {
          hint: 'flatten the record; such nesting is not training data',
        });
      }
      const obj = c === 123;
      frames.push({ obj, node: vNode, path: vPath, key: vKey, action: vAction, index: 0, curStart: -1, curAction: 'scan', cutFrom: -1, pendingDrop: -1, kept: false });
      i = ws(text, i + 1);
      const close = text.charCodeAt(i);
      if (close === (obj ? 125 : 93)) {
        frames.pop();
        if (frames.length === 0 && obj) rootClose = i;
        i++;
      } else startMember = true;
    } else if (c === 34 /* " */) {
      const end = stringEnd(text, i);
      if (vAction === 'scan') {
        const value = decodeString(text, i, end);
        const leaf: JsonLeaf = { path: vPath, key: vKey, start: i, end, value, kind: 'string' };
        if (opts.embedded?.(vPath, vKey)) {
          const t = value.trimStart();
          if (t.startsWith('{') || t.startsWith('[')) {
            try {
              leaf.embedded = walkFrom(value, opts, vNode, vPath);
            } catch {
              // not JSON after all: scan it as plain text
            }
          }
        }
        leaves.push(leaf);
      } else if (vAction === 'skip') {
        // still validate skipped strings cheaply: escapes are checked only when scanned
      }
      i = end;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) fail('invalid number', i);
      const end = i + m[0].length;
      if (vAction === 'scan') leaves.push({ path: vPath, key: vKey, start: i, end, value: m[0], kind: 'number' });
      i = end;
    } else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else if (i >= text.length) fail('unexpected end of JSON', i);
    else fail('unexpected character (expected a JSON value)', i);

    // ---- after a value, or at the start of a container's first member ----
    for (;;) {
      const frame = frames[frames.length - 1];
      if (!frame) {
        i = ws(text, i);
        if (i < text.length) fail('unexpected data after the JSON value', i);
        return { leaves, drops, rootClose, rootHasMembers };
      }
      if (!startMember) {
        // the member/element value just ended at i
        if (frame.curAction === 'drop') {
          if (frame.cutFrom >= 0) {
            drops.push([frame.cutFrom, i]);
            frame.cutFrom = i;
          } else if (frame.pendingDrop < 0) frame.pendingDrop = frame.curStart;
        } else {
          frame.kept = true;
          frame.cutFrom = i;
        }
        frame.index++;
        i = ws(text, i);
        const d = text.charCodeAt(i);
        if (d === 44 /* , */) {
          i = ws(text, i + 1);
        } else if (d === (frame.obj ? 125 : 93)) {
          if (frame.pendingDrop >= 0) drops.push([frame.pendingDrop, i]);
          frames.pop();
          if (frames.length === 0 && frame.obj) {
            rootClose = i;
            rootHasMembers = frame.kept;
          }
          i++;
          continue; // the container itself is a value that just ended
        } else if (i >= text.length) fail('unexpected end of JSON', i);
        else fail(`expected ',' or '${frame.obj ? '}' : ']'}'`, i);
      }
      startMember = false;
      // ---- a member/element starts at i ----
      const memberStart = i;
      let path: string;
      let key: string;
      let node: PathNode | undefined;
      if (frame.obj) {
        if (text.charCodeAt(i) !== 34) fail('expected a property name in double quotes', i);
        const kEnd = stringEnd(text, i);
        key = decodeString(text, i, kEnd);
        i = ws(text, kEnd);
        if (text.charCodeAt(i) !== 58 /* : */) fail("expected ':' after property name", i);
        i++;
        node = frame.node?.member(key);
        if (node) {
          path = node.path;
          key = node.key;
        } else path = frame.path + '/' + pointerSegment(key);
      } else {
        node = frame.node?.element(frame.index);
        key = frame.key;
        path = node ? node.path : frame.path + '/' + frame.index;
      }
      let action: WalkAction;
      if (frame.action !== 'scan') action = frame.action;
      else if (node) action = node.action ??= opts.classify(path, key);
      else action = opts.classify(path, key);
      if (action !== 'drop' && frame.pendingDrop >= 0) {
        drops.push([frame.pendingDrop, memberStart]);
        frame.pendingDrop = -1;
      }
      frame.curStart = memberStart;
      frame.curAction = action;
      vPath = path;
      vNode = node;
      vKey = key;
      vAction = action === 'drop' ? 'skip' : action;
      break;
    }
  }
}

const byStartEnd = (a: { start: number; end: number }, b: { start: number; end: number }): number => a.start - b.start || a.end - b.end;

/**
 * Applies leaf replacements, embedded rewrites and drops to `text`; returns
 * the original string object when nothing changed.
 */
export function rewriteJson(text: string, walk: JsonWalk, extra?: { at: number; text: string }): string {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const leaf of walk.leaves) {
    if (leaf.replacement !== undefined) edits.push({ start: leaf.start, end: leaf.end, text: JSON.stringify(leaf.replacement) });
    else if (leaf.embedded) {
      const inner = rewriteJson(leaf.value, leaf.embedded);
      if (inner !== leaf.value) edits.push({ start: leaf.start, end: leaf.end, text: JSON.stringify(inner) });
    }
  }
  for (const [start, end] of walk.drops) edits.push({ start, end, text: '' });
  if (extra) edits.push({ start: extra.at, end: extra.at, text: extra.text });
  if (edits.length === 0) return text;
  sortSmall(edits, byStartEnd);
  let out = '';
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}
