import { createHash, type Hash } from 'node:crypto';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { GSError } from '../errors.js';

/** Counts bytes and hashes the raw input as it streams past (for labels and progress). */
export class InputMeter {
  bytes = 0;
  private readonly hash: Hash = createHash('sha256');
  onBytes?: (n: number) => void;
  update(chunk: Buffer): void {
    this.bytes += chunk.length;
    this.hash.update(chunk);
    this.onBytes?.(chunk.length);
  }
  digest(): string {
    return this.hash.digest('hex');
  }
}

export interface DecodedInput {
  /** Plain UTF-8 bytes of the dataset (BOM removed, UTF-16 transcoded). */
  chunks: AsyncIterable<Buffer>;
  /** First decoded bytes, for format sniffing (also the start of `chunks`). */
  head: Buffer;
  gzip: boolean;
  age: boolean;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
}

export interface DecodeOptions {
  source: string;
  meter?: InputMeter;
  /** Decrypts an age stream (given when the user passed an identity or passphrase). */
  ageDecrypt?: (input: Readable) => Readable;
}

const AGE_MAGIC = Buffer.from('age-encryption.org/v1');

/** Yields the first chunk again after peeking at it. */
async function peek(it: AsyncIterator<Buffer>): Promise<{ head: Buffer; rest: AsyncIterable<Buffer> }> {
  const first = await it.next();
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  const rest = {
    async *[Symbol.asyncIterator]() {
      if (head.length) yield head;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield r.value as Buffer;
      }
    },
  };
  return { head, rest };
}

function metered(stream: Readable, meter: InputMeter | undefined): AsyncIterable<Buffer> {
  if (!meter) return stream;
  return (async function* () {
    for await (const c of stream) {
      meter.update(c as Buffer);
      yield c as Buffer;
    }
  })();
}

function wrapGunzip(source: string, it: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  const gunzip = createGunzip();
  const input = Readable.from(it);
  input.on('error', (e) => gunzip.destroy(e));
  input.pipe(gunzip);
  return (async function* () {
    try {
      for await (const c of gunzip) yield c as Buffer;
    } catch (e) {
      if (e instanceof GSError) throw e;
      throw new GSError('BAD_GZIP', `gzip stream is corrupt or truncated (${(e as Error).message})`, {
        location: { file: source },
        hint: 'check the file was copied completely (gzip -t FILE)',
      });
    }
  })();
}

/**
 * Turns raw input bytes into plain UTF-8: detects gzip and age by their magic
 * bytes (not only by name), strips a UTF-8 BOM and transcodes UTF-16.
 */
export async function decodeInput(raw: Readable, opts: DecodeOptions): Promise<DecodedInput> {
  let gzip = false;
  let age = false;
  let it: AsyncIterable<Buffer> = metered(raw, opts.meter);
  for (let layer = 0; layer < 3; layer++) {
    const { head, rest } = await peek(it[Symbol.asyncIterator]());
    it = rest;
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
      gzip = true;
      it = wrapGunzip(opts.source, it);
      continue;
    }
    if (head.length >= AGE_MAGIC.length && head.subarray(0, AGE_MAGIC.length).equals(AGE_MAGIC)) {
      if (!opts.ageDecrypt) {
        throw new GSError('PASSPHRASE_REQUIRED', 'input is age-encrypted', {
          location: { file: opts.source },
          hint: 'pass --identity FILE or --passphrase-file FILE to read it',
        });
      }
      age = true;
      it = opts.ageDecrypt(Readable.from(it));
      continue;
    }
    break;
  }
  let { head, rest } = await peek(it[Symbol.asyncIterator]());
  let encoding: DecodedInput['encoding'] = 'utf-8';
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    const src = rest;
    rest = (async function* () {
      let first = true;
      for await (const c of src) {
        if (first) { first = false; if (c.length > 3) yield c.subarray(3); continue; }
        yield c;
      }
    })();
    head = head.subarray(3);
  } else if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    encoding = head[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const decoder = new TextDecoder(encoding, { ignoreBOM: false });
    const src = rest;
    rest = (async function* () {
      for await (const c of src) {
        const s = decoder.decode(c, { stream: true });
        if (s) yield Buffer.from(s, 'utf8');
      }
      const tail = decoder.decode();
      if (tail) yield Buffer.from(tail, 'utf8');
    })();
    const p = await peek(rest[Symbol.asyncIterator]());
    head = p.head;
    rest = p.rest;
  }
  return { chunks: rest, head, gzip, age, encoding };
}

/** UTF-8 text chunks for the whole-stream parsers (JSON arrays, CSV); invalid bytes are BAD_ENCODING. */
export async function* utf8Text(chunks: AsyncIterable<Buffer>, source: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  try {
    for await (const c of chunks) {
      const s = decoder.decode(c, { stream: true });
      offset += c.length;
      if (s) yield s;
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } catch (e) {
    if (e instanceof GSError) throw e;
    if (e instanceof TypeError) {
      throw new GSError('BAD_ENCODING', `invalid UTF-8 in the bytes before offset ${offset}`, {
        location: { file: source },
        hint: 'convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)',
      });
    }
    throw e;
  }
}
