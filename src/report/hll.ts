/**
 * A HyperLogLog sketch (precision 10: 1,024 registers, about 3% standard
 * error) over 64-bit fingerprints. Merging two sketches (register-wise max)
 * gives exactly the sketch of the union, so shard reports merge to the same
 * distinct-count estimate as one unsharded run. Registers only hold
 * leading-zero counts: they do not reveal the values.
 */
const P = 10;
const M = 1 << P;
const ALPHA = 0.7213 / (1 + 1.079 / M);

export class Hll {
  readonly registers: Uint8Array;

  constructor(registers?: Uint8Array) {
    this.registers = registers ?? new Uint8Array(M);
  }

  /** Adds a fingerprint given as at least 16 hex digits. */
  addHex(fp: string): void {
    const hi = parseInt(fp.slice(0, 8), 16) >>> 0;
    const lo = parseInt(fp.slice(8, 16), 16) >>> 0;
    const idx = hi >>> (32 - P);
    const rest = hi & ((1 << (32 - P)) - 1);
    const rho = rest !== 0 ? Math.clz32(rest) - P + 1 : 32 - P + (lo !== 0 ? Math.clz32(lo) : 32) + 1;
    if (rho > this.registers[idx]!) this.registers[idx] = rho;
  }

  merge(other: Hll): void {
    for (let i = 0; i < M; i++) if (other.registers[i]! > this.registers[i]!) this.registers[i] = other.registers[i]!;
  }

  /** Estimated number of distinct fingerprints added (rounded). */
  estimate(): number {
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < M; i++) {
      const r = this.registers[i]!;
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const raw = (ALPHA * M * M) / sum;
    // Linear counting is far more accurate while many registers are empty.
    if (raw <= 2.5 * M && zeros > 0) return Math.round(M * Math.log(M / zeros));
    return Math.round(raw);
  }

  /** Compact text form: `s` + base64 of (index, value) triples when sparse, else `d` + base64 of all registers. */
  encode(): string {
    const nz: number[] = [];
    for (let i = 0; i < M; i++) if (this.registers[i]) nz.push(i);
    if (nz.length * 3 < M) {
      const buf = Buffer.alloc(nz.length * 3);
      nz.forEach((i, k) => {
        buf[k * 3] = i >> 8;
        buf[k * 3 + 1] = i & 255;
        buf[k * 3 + 2] = this.registers[i]!;
      });
      return 's' + buf.toString('base64');
    }
    return 'd' + Buffer.from(this.registers).toString('base64');
  }

  /** Parses `encode()` output; returns undefined for anything malformed. */
  static decode(text: string): Hll | undefined {
    const body = Buffer.from(text.slice(1), 'base64');
    const h = new Hll();
    if (text[0] === 'd' && body.length === M) {
      h.registers.set(body);
      return h;
    }
    if (text[0] === 's' && body.length % 3 === 0) {
      for (let k = 0; k < body.length; k += 3) {
        const i = (body[k]! << 8) | body[k + 1]!;
        if (i >= M) return undefined;
        h.registers[i] = body[k + 2]!;
      }
      return h;
    }
    return undefined;
  }
}
