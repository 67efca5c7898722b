/**
 * Masked hints: what a report may show of a sensitive value. A hint reveals at
 * most a couple of characters (the last 4 of long card/account numbers, as on
 * receipts) and often only the kind and length. Pure; safe in worker threads.
 *
 *   EMAIL            john.smith@example.com  -> j***@e***.com
 *   CREDIT_CARD      4111 1111 1111 1234     -> ****1234
 *   PERSON           John Smith              -> J*** S***
 *   SECRET           ghp_ + 36 chars         -> ghp_****(40)
 */
export function maskedHint(text: string, entity: string): string {
  const t = text.trim();
  if (t.length === 0) return '****';
  switch (entity) {
    case 'EMAIL':
      return maskEmail(t);
    case 'CREDIT_CARD':
    case 'IBAN':
    case 'US_BANK_NUMBER':
    case 'ABA_ROUTING':
    case 'US_SSN':
    case 'NATIONAL_ID':
    case 'PASSPORT':
    case 'DRIVER_LICENSE':
    case 'PHONE':
      return maskTail(t);
    case 'PERSON':
    case 'LOCATION':
    case 'ORGANIZATION':
      return maskWords(t);
    case 'DATE_TIME':
    case 'DATE_OF_BIRTH':
      // Keep the shape (separators), hide every digit and letter.
      return [...t.replace(/[^\s\-/.:,]/gu, '*')].slice(0, 40).join('');
    case 'URL':
      return maskUrl(t);
    case 'SECRET':
    case 'CRYPTO':
      return `${secretKind(t)}****(${t.length})`;
    case 'IP_ADDRESS':
      return t.includes(':') ? `IPv6****(${t.length})` : '***.***.***.***';
    default:
      return t.length <= 3 ? '***' : `${firstChar(t)}***(${t.length})`;
  }
}

function firstChar(s: string): string {
  return String.fromCodePoint(s.codePointAt(0)!);
}

/** j***@e***.com: first character of the local part and of the domain, plus the top-level domain. */
function maskEmail(t: string): string {
  const at = t.lastIndexOf('@');
  if (at <= 0 || at === t.length - 1) return `****(${t.length})`;
  const domain = t.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot > 0 ? topLevel(domain.slice(dot)) : '';
  return `${firstChar(t)}***@${firstChar(domain)}***${tld}`;
}

/** A top-level domain is public and short (`.com`, `.de`); anything else is hidden. */
function topLevel(suffix: string): string {
  return /^\.[a-z]{2,4}$/i.test(suffix) ? suffix : '';
}

/** ****1234: last 4 alphanumerics of long numbers, last 2 of medium ones, none of short ones. */
function maskTail(t: string): string {
  const alnum = t.replace(/[^\p{L}\p{N}]/gu, '');
  const keep = alnum.length >= 12 ? 4 : alnum.length >= 8 ? 2 : 0;
  return '****' + (keep ? alnum.slice(-keep) : '');
}

/** J*** S***: initial letter of each word (digits hidden), at most four words. */
function maskWords(t: string): string {
  const words = t.split(/\s+/).filter(Boolean);
  const shown = words.slice(0, 4).map((w) => {
    const c = firstChar(w);
    return /\p{L}/u.test(c) ? `${c}***` : '***';
  });
  return shown.join(' ') + (words.length > 4 ? ' …' : '');
}

/** https://e***.com/…: scheme, the host's first character and its top-level domain. */
function maskUrl(t: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)?([^/?#:@\s]*@)?([^/?#:\s]+)(.*)$/i.exec(t);
  if (!m) return `****(${t.length})`;
  const host = m[3]!;
  const dot = host.lastIndexOf('.');
  const tld = dot > 0 ? topLevel(host.slice(dot)) : '';
  return `${(m[1] ?? '').toLowerCase()}${firstChar(host)}***${tld}${m[4] ? '/…' : ''}`;
}

/**
 * The public "kind" prefix of a credential (`ghp_`, `AKIA`, `sk-`,
 * `-----BEGIN PRIVATE KEY-----`, `AccountKey=` ...): it names the issuer, not the secret.
 */
const SECRET_KINDS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^-----BEGIN ([A-Z ]*PRIVATE KEY)-----/, (m) => `${m[1]} `],
  [/^(github_pat_|gh[pousr]_|glpat-|glptt-|xox[abposr]-|xapp-|sk_live_|sk_test_|rk_live_|rk_test_|pk_live_|pk_test_|sk-proj-|sk-ant-|sk-|hf_|npm_|SG\.|AIza|AKIA|ASIA|eyJ)/, (m) => m[1]!],
  [/^(DefaultEndpointsProtocol=|AccountKey=|SharedAccessSignature=|Server=|Data Source=|mongodb(\+srv)?:\/\/|postgres(ql)?:\/\/|mysql:\/\/|redis:\/\/)/i, (m) => m[1]!],
  [/^((?:password|passwd|pwd|pass|secret|token|api[_-]?key|access[_-]?key|auth|client[_-]?secret)\s*[=:]\s*|Bearer\s+)/i, (m) => m[1]!.replace(/\s+/g, '')],
  [/^(0x|bc1|tb1)/, (m) => m[1]!],
];

function secretKind(t: string): string {
  for (const [re, kind] of SECRET_KINDS) {
    const m = re.exec(t);
    if (m) return kind(m);
  }
  return '';
}
