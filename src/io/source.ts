import type { Readable, Writable } from 'node:stream';

/**
 * One input of a run: a local file, stdin, or a blob. The pipeline decodes
 * gzip/age and the format itself; a source only hands out raw bytes.
 */
export interface InputSource {
  /** Display name: the path, `-`, or the blob URL without query string (never a SAS). */
  readonly name: string;
  /** Name relative to the input root, used to mirror inputs under an output folder (e.g. `2026/a.jsonl.gz`). */
  readonly relativeName: string;
  /** Size in bytes when known (for progress percent and sharding). */
  readonly size?: number;
  /** Opens a fresh stream of the raw bytes. */
  open(): Promise<Readable>;
  /** Opens the raw bytes from a byte offset to the end (for byte-range shards of large files). */
  openAt?(offset: number): Promise<Readable>;
  /** Set when this input is one byte range of a larger file (see `--shard`). */
  readonly range?: ByteRange;
  /** Local path, when the input is a local file (used to refuse overwriting an input). */
  readonly localPath?: string;
}

/** Extra properties set when an output is committed (Blob metadata and index tags; ignored on disk). */
export interface OutputMetadata {
  contentType?: string;
  metadata?: Record<string, string>;
  tags?: Record<string, string>;
}

/** An output being written: invisible under its final name until `commit`. */
export interface PendingOutput {
  readonly stream: Writable;
  /** Makes the complete output visible atomically (rename / commitBlockList). Call after `stream` finished. */
  commit(meta?: OutputMetadata): Promise<void>;
  /** Discards everything written; idempotent, never throws. */
  abort(): Promise<void>;
}

/** One output destination (a file path, `-`, or a blob). */
export interface OutputTarget {
  /** Display name (path or URL without query string). */
  readonly name: string;
  create(): Promise<PendingOutput>;
  /** True when an output with this name already exists (for `--resume`). */
  exists?(): Promise<boolean>;
  /** Reads a small existing output back (e.g. a label manifest for `--resume`); undefined when missing. */
  readSmall?(): Promise<Buffer | undefined>;
}

/** A folder-like output root (`-o DIR` or `-o az://acct/container/prefix/`). */
export interface OutputLocation {
  readonly name: string;
  /** The target for a relative name under this root (`sub/a.jsonl`). */
  child(relativeName: string): OutputTarget;
}

/** A byte range of one input: the lines that start in [start, end) belong to it. */
export interface ByteRange {
  start: number;
  end: number;
  /** Part number (0-based) and count, for output names. */
  index: number;
  count: number;
  /** Size of the whole file. */
  fileSize: number;
}
