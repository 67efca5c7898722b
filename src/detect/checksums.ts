/**
 * Check-digit algorithms used by validators. Pure functions over strings of
 * the expected alphabet; each returns false (never throws) on bad input.
 */
import { createHash } from 'node:crypto';

/** Weighted digit sum: sum of d[i] * w[i] over the weights given. */
export function weighted(d: string, w: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i]! * (d.charCodeAt(i) - 48);
  return s;
}

/**
 * The usual mod-11 check digit over the weighted digits: (11 - sum mod 11) mod 11. 10 is no digit, so callers
 * comparing it with one reject it (NHS, fødselsnummer, kennitala, NZ IRD, Norwegian accounts).
 */
export function mod11Check(d: string, w: readonly number[]): number {
  return (11 - (weighted(d, w) % 11)) % 11;
}

/** Luhn (mod 10) over a string of digits. */
export function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** ISO 7064 mod 97-10 remainder of an alphanumeric string (letters A=10..Z=35). */
export function mod97(s: string): number {
  let rem = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return -1;
  }
  return rem;
}

/** IBAN check: moves the first four characters to the end and expects mod 97 == 1. */
export function ibanChecksum(compact: string): boolean {
  return compact.length >= 15 && mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff check over digits, check digit last (Indian Aadhaar). */
export function verhoeff(digits: string): boolean {
  let c = 0;
  const n = digits.length;
  for (let i = 0; i < n; i++) {
    const d = digits.charCodeAt(n - 1 - i) - 48;
    if (d < 0 || d > 9) return false;
    c = VERHOEFF_D[c][VERHOEFF_P[i % 8][d]];
  }
  return n > 0 && c === 0;
}

/** ISO 7064 mod 11,10 (German Steuer-ID check digit is the last of 11 digits). */
export function iso7064Mod11_10(digits: string): boolean {
  let product = 10;
  for (let i = 0; i < digits.length - 1; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === digits.charCodeAt(digits.length - 1) - 48;
}

/** ICAO 9303 check digit: weights 7, 3, 1 over digits and letters (A = 10 ... Z = 35). */
export function icaoCheckDigit(s: string): number {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * [7, 3, 1][i % 3];
  }
  return sum % 10;
}

/** ABA routing number: 3-7-1 weighted sum mod 10 over nine digits. */
export function abaChecksum(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  let s = 0;
  for (let i = 0; i < 9; i++) s += w[i] * (d.charCodeAt(i) - 48);
  return s % 10 === 0 && s > 0;
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const B58_INDEX = new Map([...B58].map((c, i) => [c, i]));

/** Decodes base58; undefined on a character outside the alphabet. */
export function base58Decode(s: string): Uint8Array | undefined {
  let n = 0n;
  for (const ch of s) {
    const v = B58_INDEX.get(ch);
    if (v === undefined) return undefined;
    n = n * 58n + BigInt(v);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.push(Number(n & 0xffn));
    n >>= 8n;
  }
  for (let i = 0; i < s.length && s[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest();

/** Base58Check: last four bytes are the first four of sha256(sha256(payload)). */
export function base58Check(s: string): Uint8Array | undefined {
  const raw = base58Decode(s);
  if (!raw || raw.length < 5) return undefined;
  const payload = raw.subarray(0, raw.length - 4);
  const sum = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (sum[i] !== raw[raw.length - 4 + i]) return undefined;
  return payload;
}

const BECH32_CHARS = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function bech32Polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GEN[i];
  }
  return chk >>> 0;
}

/** Verifies a bech32 (BIP-173) or bech32m (BIP-350) string's checksum; returns which, or undefined. */
export function bech32Verify(s: string): 'bech32' | 'bech32m' | undefined {
  if (s !== s.toLowerCase() && s !== s.toUpperCase()) return undefined;
  const str = s.toLowerCase();
  const pos = str.lastIndexOf('1');
  if (pos < 1 || pos + 7 > str.length || str.length > 90) return undefined;
  const hrp = str.slice(0, pos);
  const data: number[] = [];
  for (const ch of str.slice(pos + 1)) {
    const v = BECH32_CHARS.indexOf(ch);
    if (v < 0) return undefined;
    data.push(v);
  }
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const pm = bech32Polymod([...expanded, ...data]);
  if (pm === 1) return 'bech32';
  if (pm === 0x2bc830a3) return 'bech32m';
  return undefined;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  if (!s) return 0;
  const freq = new Map<string, number>();
  for (const ch of s) freq.set(ch, (freq.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of freq.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Only the ASCII digits of a string. */
export function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** Plain digits, or thousands groups of three after a first group of 1-3 (space, dot, no-break space, apostrophe). */
const AMOUNT_INTEGER = /^(?:\d+|\d{1,3}([ .\u00a0\u202f'])\d{3}(?:\1\d{3})*)$/;

/**
 * Whether text[start, end) is the integer part of an amount whose decimal
 * comma follows ("5551234,56", "1 234 567,89 €"): ',' and 1-2 digits that end
 * the number. Any other ",<digit>" after a number ("4744171544084983,06/28",
 * "(725) 268-2566,09/26/2022", "148-83-0431,1") is a field boundary (CSV), so
 * number patterns do not reject ",<digit>" in their lookahead but ask this.
 */
export function decimalCommaAfter(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 44 || !isDigitCode(text.charCodeAt(end + 1))) return false;
  let k = end + 2;
  if (isDigitCode(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  if (isDigitCode(c)) return false; // 3+ digits: another field or an English thousands group, not decimals
  // Decimals end the number: ",02/03", ",09:30", ",5.1" are a date, a time, another field.
  if ((c === 47 || c === 58 || c === 45 || c === 46 || c === 44) && isDigitCode(text.charCodeAt(k + 1))) return false;
  return AMOUNT_INTEGER.test(text.slice(start, end));
}
