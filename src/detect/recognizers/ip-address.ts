import { isIPv6 } from 'node:net';
import { defineRecognizer } from '../recognizer.js';

/*
 * IP_ADDRESS: IPv4 dotted quads with every octet 0-255 (no leading zeros
 * beyond one digit) and IPv6 in any valid form (compressed, mixed with IPv4,
 * zone-less), validated by node:net rather than guessed. "version"/"build"/
 * "section" words right before lower the score of four-part numbers that are
 * versions or outline numbers; one right after a product token
 * ("Chrome/124.0.0.0") is dropped.
 */

/** "IP ", "IPv4: ", "ip address=" right before a candidate. */
const IP_LABEL = /(?<![A-Za-z])(?:ip|ipv4|ip address|ip addr)\s?[:=#]?\s?$/i;

/** "scheme://user:password@" right before the host. */
const USERINFO_BEFORE = /[a-z][a-z0-9+.\-]*:\/\/[^\s/@]*:[^\s/@]*@$/i;

export const ipv4 = defineRecognizer({
  id: 'ipv4',
  entity: 'IP_ADDRESS',
  category: 'PII',
  patterns: [{ name: 'v4', regex: /\d(?<![\w.\-]\d)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?:\/\d{1,2})?(?![\w\-]|\.\d)/, score: 0.85, char: '.' }],
  prefilter: { minDigits: 4 },
  context: ['ip', 'ipv4', 'address', 'host', 'server', 'client', 'from', 'login', 'device', 'subnet'],
  contextBoost: 0.1,
  negativePenalty: 0.5,
  negativeContext: ['version', 'build', 'release', 'v', 'ver', 'update', 'upgrade', 'patch', 'sdk', 'lib', 'package', 'firmware', 'fw', 'section', 'chapter', 'clause', 'paragraph', 'oid',
    // the version word of other languages ("Versione del framework 5.2.0.1")
    'versione', 'versión', 'versão', 'wersja', 'versie', 'sürüm', 'verze', 'versiunea', 'verzió', 'framework'],
  // A product token's version ("Chrome/124.0.0.0" in a user agent) is no address.
  // An IP label right before the address outweighs a version word further back ("since the update. Client IP 10.1.2.3").
  validate: ({ value, text, start }) => {
    if (!validIPv4(value) || (text.charCodeAt(start - 1) === 47 && /\w/.test(text.charAt(start - 2)))) return false;
    // The host of a connection string with a user and password ("postgres://app:…@10.42.7.19:5432/db"): the credential
    // is the finding; no labelled set reports its host as an address of a person.
    if (text.charCodeAt(start - 1) === 64 && USERINFO_BEFORE.test(text.slice(Math.max(0, start - 120), start))) return false;
    return IP_LABEL.test(text.slice(Math.max(0, start - 16), start)) ? true : undefined;
  },
  examples: {
    match: ['from 146.130.42.21 at noon', 'subnet 10.0.0.0/8', 'RFC 1918 block 172.16.0.0/12', 'ping 8.8.8.8.', 'ip 1.2.3.4', 'http://10.20.30.40/status', 'GET /10.0.0.1'],
    noMatch: ['postgresql://billing_rw:Hx7vQm2wPz9bLr4e@10.42.7.19:5432/billing', 'update 6.15.13', '999.1.1.1', 'release version 1.2.3.4', '01.02.2024', 'Mozilla/5.0 Chrome/120.0.0.0 Safari/537.36', 'flash firmware 3.11.2.7 now', 'see section 4.2.1.3 below'],
  },
});

export const ipv6 = defineRecognizer({
  id: 'ipv6',
  entity: 'IP_ADDRESS',
  category: 'PII',
  patterns: [{ name: 'v6', scan: scanIPv6, score: 0.85 }],
  prefilter: { char: ':' },
  context: ['ip', 'ipv6', 'address', 'host', 'server', 'client', 'from', 'login', 'device', 'subnet'],
  contextBoost: 0.1,
  validate: ({ value }) => {
    const addr = value.replace(/\/\d{1,3}$/, '');
    if (!isIPv6(addr)) return false;
    // "::" or "1::" alone, or times like 10:30:: are not worth reporting: need 3+ hex groups or an embedded IPv4.
    const groups = addr.split(':').filter(Boolean);
    if (groups.length < 3 && !addr.includes('.')) return false;
    if (!/[a-f]/i.test(addr) && !addr.includes('::') && !addr.includes('.')) return 0.6; // all-decimal groups: could be a time series
    return undefined;
  },
  examples: {
    match: ['logs show af9e:c3c7:bcaa:35ce:f20a:b870:b424:8952.', 'host 2001:db8::1', '::ffff:192.0.2.128', '[2001:db8:85a3::8a2e:370:7334]:8443'],
    noMatch: ['at 10:30:00', 'mac 00:1a:2b:3c:4d:5e', 'ratio 1:2:3', 'std::vector'],
  },
});

/**
 * A dotted quad as the v4 pattern matches it (four groups of 1-3 digits,
 * optional /prefix): every octet 0-255 without a leading zero, prefix <= 32.
 * Read digit by digit: it runs for every candidate, so no split or regex.
 */
export function validIPv4(v: string): boolean {
  let i = 0;
  for (let part = 0; part < 4; part++) {
    if (part > 0) {
      if (v.charCodeAt(i) !== 46) return false; // '.'
      i++;
    }
    const start = i;
    let n = 0;
    for (let c = v.charCodeAt(i); c >= 48 && c <= 57; c = v.charCodeAt(++i)) n = n * 10 + (c - 48);
    const len = i - start;
    if (len === 0 || len > 3 || n > 255 || (len > 1 && v.charCodeAt(start) === 48)) return false;
  }
  if (i === v.length) return true;
  if (v.charCodeAt(i) !== 47) return false; // '/'
  let prefix = 0;
  for (let k = i + 1; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (c < 48 || c > 57) return false;
    prefix = prefix * 10 + (c - 48);
  }
  return prefix <= 32;
}

const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isWordish = (c: number) => isHex(c) || (c >= 71 && c <= 90) || (c >= 103 && c <= 122) || c === 95;

/**
 * IPv6 candidates found from each ':' (rare in prose, so this is much faster
 * than a regex that starts at every hex letter): extend over hex digits,
 * colons and dots, then let node:net decide.
 */
export function* scanIPv6(text: string): Generator<{ start: number; end: number }> {
  let i = text.indexOf(':');
  while (i >= 0) {
    let s = i;
    while (s > 0 && (isHex(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 58 || text.charCodeAt(s - 1) === 46) && i - s < 45) s--;
    let e = i + 1;
    while (e < text.length && (isHex(text.charCodeAt(e)) || text.charCodeAt(e) === 58 || text.charCodeAt(e) === 46) && e - s < 45) e++;
    // Optional /prefix length.
    if (text.charCodeAt(e) === 47) {
      let p = e + 1;
      while (p < text.length && p - e <= 3 && text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) p++;
      if (p > e + 1) e = p;
    }
    // Trim a trailing sentence dot; leading dots never start an address.
    while (e > s && text.charCodeAt(e - 1) === 46) e--;
    while (s < e && text.charCodeAt(s) === 46) s++;
    const before = s > 0 ? text.charCodeAt(s - 1) : 32;
    const after = e < text.length ? text.charCodeAt(e) : 32;
    if (e - s >= 6 && !isWordish(before) && !isWordish(after)) yield { start: s, end: e };
    i = text.indexOf(':', Math.max(e, i + 1));
  }
}
