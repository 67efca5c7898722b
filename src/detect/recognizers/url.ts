import { defineRecognizer, type Candidate, type Verdict } from '../recognizer.js';

// Common TLDs for bare domains (no scheme, no www). Excludes ones that are mostly file extensions (.md, .py, .sh, .rs, .ts, .js ...).
// (country codes that are also common code identifiers, "user.id", "row.pk", "this.ng", stay out)
const BARE_TLDS = new Set('com|org|net|edu|gov|io|co|ai|app|dev|info|biz|name|us|uk|de|fr|es|it|nl|eu|ch|at|be|se|no|dk|fi|pl|ie|pt|ca|au|nz|jp|cn|in|br|mx|ru|tv|me|ly|cloud|tech|online|site|xyz|store|shop|gr|za|ke|sg|ph|vn|tr|ro|hu|cz|ar|kr|tw|hk|my|th'.split('|'));
/** Generic TLDs that end nothing but a domain: a bare host under them needs no path or cue ("kerrvillefolkfestival.org"). */
const DOMAIN_ONLY_TLDS = /\.(?:com|org|net|edu|gov)(?:\.[a-z]{2})?$/;

/** registry/path/name:tag or @sha256:digest, the tag last (a URL path does not end in ":1.2.3"). */
const IMAGE_REF = /^[a-z0-9.\-]+(?::\d{1,5})?(?:\/[a-z0-9._\-]+)+(?::[A-Za-z0-9_][A-Za-z0-9_.\-]{0,127}|@sha256:[0-9a-f]{64})$/;

/** Trims trailing sentence punctuation and unbalanced closing brackets; bare hosts score lower than hosts with a path. */
function validateUrl({ value, text, start, patternName }: Candidate): Verdict {
  let end = value.length;
  const trail = '.,;:!?\'"*';
  for (;;) {
    const c = value[end - 1];
    if (trail.includes(c)) end--;
    else if ((c === ')' || c === ']') && count(value.slice(0, end), c === ')' ? '(' : '[') < count(value.slice(0, end), c)) end--;
    else break;
  }
  if (end <= 0) return false;
  const v = value.slice(0, end);
  if (/^[a-z]+:\/\/$/i.test(v)) return false;
  // A container image reference ("ghcr.io/kestrel/app:1.1.3", "quay.io/x/y@sha256:...") names a registry, not a page.
  if (patternName === 'bare-domain' && IMAGE_REF.test(v)) return false;
  if (patternName === 'bare-domain') {
    // In prose (after a space or bracket) a host under a generic TLD is a site; after "=", a quote or a colon it is a
    // config value naming a service endpoint ("EndpointSuffix=core.windows.net", host: "smtp.office365.com").
    // (a mail header's relay hosts, "Received: from mail-yw1-f171.google.com", are no sites either)
    const prose = (start === 0 || /[\s(]/.test(text.charAt(start - 1))) && !text.startsWith('Received:', text.lastIndexOf('\n', start) + 1);
    return { start, end: start + end, score: v.includes('/') ? 0.7 : prose && DOMAIN_ONLY_TLDS.test(v) && v.indexOf('.') >= 4 ? 0.55 : 0.45 };
  }
  return { start, end: start + end };
}

const CONTEXT = ['url', 'link', 'website', 'site', 'visit', 'domain', 'homepage', 'web', 'go to', 'browse'];

/*
 * URL: explicit schemes (http, https, ftp, ws, wss, sftp), `www.` hosts, and
 * bare domains with a common TLD (higher with a path). Three recognizers so
 * each runs only when its cue ('://', 'www', '.') is in the text. Scores stay
 * below 1 so a credential inside a URL (SAS signature, userinfo password)
 * wins the overlap.
 */
export const urlScheme = defineRecognizer({
  id: 'url-scheme',
  entity: 'URL',
  category: 'PII',
  patterns: [{ name: 'scheme', regex: /\b(?:https?|ftps?|sftp|wss?):\/\/[^\s<>"'`\\^{}|]{1,2048}/i, score: 0.85 }],
  prefilter: { keywords: ['://'] },
  context: CONTEXT,
  contextBoost: 0.1,
  validate: validateUrl,
  examples: {
    match: ['see https://brisk-legislature.org/u/jammie19.', '(docs at https://example.com/a_(b))', 'ftp://files.example.net/pub'],
    noMatch: ['https://', 'the http protocol', 'file:///etc/passwd'],
  },
});

export const urlWww = defineRecognizer({
  id: 'url-www',
  entity: 'URL',
  category: 'PII',
  patterns: [{ name: 'www', regex: /(?<![\w.\-/@])www\d{0,3}\.[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){0,8}\.[a-z]{2,24}(?:[/?#:][^\s<>"'`\\^{}|]{0,2048})?/i, score: 0.8 }],
  prefilter: { keywords: ['www'] },
  context: CONTEXT,
  contextBoost: 0.1,
  validate: validateUrl,
  examples: {
    match: ['www.shrill-minister.net/understated-ruin', 'WWW.EXAMPLE.COM'],
    noMatch: ['the www is big', 'wwwexample'],
  },
});

export const urlBareDomain = defineRecognizer({
  id: 'url-bare-domain',
  entity: 'URL',
  category: 'PII',
  patterns: [{ name: 'bare-domain', scan: scanBareDomains, score: 0.45 }],
  // Every bare domain contains '.' + one of the TLDs: the keyword pass finds those, so prose without one never runs the scanner.
  prefilter: { keywords: [...BARE_TLDS].map((tld) => '.' + tld) },
  context: CONTEXT,
  contextBoost: 0.2,
  validate: validateUrl,
  examples: {
    match: ['go to contoso.com/pricing now', 'visit example.org', 'tickets through kerrvillefolkfestival.org. Proceeds', 'booked via passport.gov.gr but'],
    noMatch: ['EndpointSuffix=core.windows.net', 'host: "smtp.office365.com",', 'image: ghcr.io/kestrel/app:1.1.3', 'open config.py and README.md', 'version 6.15.13', 'e.g. this', 'file name report.pdf', 'node.js is fast', 'mail bob@example.com'],
  },
});

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

const isHostChar = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 45 || c === 46;
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const PATH = /\/[^\s<>"'`\\^{}|]{0,2048}/y;

/**
 * Bare domains (`contoso.com`, `example.org/pricing`) found from each '.'
 * followed by a known TLD: extend left over lower-case host characters, then
 * take an optional path. Lower-case only, so "Mr.Smith" and "e.g." never match.
 */
export function* scanBareDomains(text: string): Generator<{ start: number; end: number }> {
  const path = new RegExp(PATH);
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    let t = dot + 1;
    while (t < text.length && t - dot <= 7 && text.charCodeAt(t) >= 97 && text.charCodeAt(t) <= 122) t++;
    if (t - dot < 3 || !BARE_TLDS.has(text.slice(dot + 1, t))) continue;
    const after = text.charCodeAt(t);
    if (isWordChar(after) || after === 45 || after === 64 || (after === 46 && isWordChar(text.charCodeAt(t + 1)))) continue;
    let s = dot;
    while (s > 0 && dot - s < 253 && isHostChar(text.charCodeAt(s - 1))) s--;
    while (s < dot && (text.charCodeAt(s) === 46 || text.charCodeAt(s) === 45)) s++;
    const before = s > 0 ? text.charCodeAt(s - 1) : 32;
    // Part of an email, a longer URL (scheme/www handled elsewhere), a path or an upper-case word.
    if (s === dot || isWordChar(before) || before === 64 || before === 47 || before === 58 || before === 46 || before === 45) continue;
    if (text.startsWith('www', s)) continue;
    let e = t;
    if (after === 47) {
      path.lastIndex = t;
      const m = path.exec(text);
      if (m) e = t + m[0].length;
    }
    yield { start: s, end: e };
    dot = e - 1 > dot ? e - 1 : dot;
  }
}
