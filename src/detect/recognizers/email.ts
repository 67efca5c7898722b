import { defineRecognizer } from '../recognizer.js';

const DOMAIN = /(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62})\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9\-])/y;

const isLocalChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Exactly the code units /\s/ matches, without a regex call per character. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when the '@' at `at` ends the userinfo of a URL (`scheme://user:pass@host`). */
function isUrlUserinfo(text: string, at: number): boolean {
  let t = at;
  while (t > 0 && at - t < 300 && !isSpace(text.charCodeAt(t - 1))) t--;
  const token = text.slice(t, at);
  const scheme = token.lastIndexOf('://');
  if (scheme < 0) return false;
  const rest = token.slice(scheme + 3);
  return !rest.includes('/') && !rest.includes('?');
}

/**
 * Email candidates found from each '@' (indexOf), extending left over the
 * local part and matching the domain with a sticky regex: linear, and fast
 * on text with no '@'.
 */
export function* scanEmails(text: string): Generator<{ start: number; end: number }> {
  const domain = new RegExp(DOMAIN); // private copy: lastIndex is per call
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s--;
    while (s < at && !isAlnum(text.charCodeAt(s))) s++; // local part starts with a letter/digit
    if (s === at) continue;
    // user:pass@host inside a URL is userinfo, not an address (the password is a SECRET finding).
    if (isUrlUserinfo(text, at)) continue;
    domain.lastIndex = at + 1;
    const m = domain.exec(text);
    if (!m) continue;
    yield { start: s, end: at + 1 + m[0].length };
  }
}

/** EMAIL: local part + domain with a 2+ letter TLD. */
export const email = defineRecognizer({
  id: 'email',
  entity: 'EMAIL',
  category: 'PII',
  patterns: [{ name: 'address', scan: scanEmails, score: 0.95 }],
  prefilter: { char: '@' },
  context: ['email', 'e-mail', 'mail', 'contact'],
  validate: ({ value }) => !value.includes('..'),
  validScore: 0.95,
  examples: {
    match: ['write to juvenal.marquardt42@gmail.com today', 'Martin.Hintz-Cartwright@yahoo.com.', "mailto:o'brien@example.co.uk", 'EMAIL: ADMIN@CONTOSO.COM'],
    noMatch: ['user@localhost', 'price @ 5 dollars', 'a..b@example.com', 'see @mention in the chat', 'git@ version'],
  },
});
