import { defineRecognizer, type Candidate, type Verdict } from '../recognizer.js';
import { shannonEntropy } from '../checksums.js';
import { isDocumentationKey } from './secret-tokens.js';

/*
 * SECRET, shape-less or structural: private key blocks, JWTs, Azure storage
 * keys/SAS signatures, passwords in assignments, prose and URLs, bearer
 * tokens, and high-entropy values assigned to key/secret/token names.
 */

/** Values that are placeholders, not secrets. */
const PLACEHOLDER =
  /^(?:\*+|x{3,}|X{3,}|\.{2,}|-+|_+|#+|<[^>]*>|\[[^\]]*\]|\{\{.*\}\}|\$\{.*\}|\$\(.*\)|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_]+%|null|nil|none|true|false|undefined|empty|changeme|change_me|password|passwd|secret|token|required|optional|string|str|int|value|example\w*|your[_\-]?\w*|my[_\-]?\w*|test|dummy|redacted|hidden|masked|\*\*\*.*|env\(.*|os\.environ.*|os\.getenv.*|process\.env.*|getenv.*|settings\..*|config\..*|self\..*|this\..*)$/i;

/** Common prose words that follow "password:" in sentences (not passwords). */
const PROSE = new Set(['reset', 'required', 'incorrect', 'invalid', 'expired', 'wrong', 'changed', 'updated', 'protected', 'manager', 'field', 'policy', 'strength', 'please', 'the', 'a', 'an', 'is', 'was', 'not', 'and', 'or', 'for', 'to', 'of', 'in', 'enter', 'same', 'new', 'old', 'below', 'above', 'here', 'there', 'sent', 'hash', 'hashed', 'length', 'rules', 'complexity', 'forgot', 'forgotten', 'recovery', 'input', 'prompt', 'login', 'user', 'username']);

function isPlaceholder(v: string): boolean {
  return PLACEHOLDER.test(v) || /^(.)\1+$/.test(v) || isDocumentationKey(v);
}

/** Password-like keywords vs key-like keywords: the latter need an entropy check. */
const PASSWORD_WORDS = /^(?:password|passwd|pwd|pass|passphrase|passcode|passwort|kennwort|contraseña|mot_de_passe|motdepasse|pw)$/i;

const ASSIGN_KEYWORDS = 'password|passwd|passphrase|passcode|passwort|kennwort|contraseña|pwd|pass|pw|secret|token|api[_\\-.]?key|apikey|access[_\\-.]?key|auth[_\\-.]?key|private[_\\-.]?key|client[_\\-.]?secret|signing[_\\-.]?key|encryption[_\\-.]?key|master[_\\-.]?key|account[_\\-.]?key|credentials?|auth|schl(?:ue|ü)ssel|clave|chiave';

/**
 * `password = "..."`, `DB_PASSWORD: x`, `"api_key": "..."`, `Pwd=...;` (connection strings).
 * Starts at the keyword (fast literal scan); the character before it is checked in the validator.
 * Groups: 1 keyword, 2 rest of the name, 3/4 double/single-quoted value, 5 bare value.
 */
const assignment = new RegExp(
  `(${ASSIGN_KEYWORDS})([A-Za-z0-9_.\\-]{0,24})["']?[ \\t]{0,16}(?::=|=>|[:=])[ \\t]{0,3}(?:"([^"\\r\\n]{1,300})"|'([^'\\r\\n]{1,300})'|([^\\s"'\`,;<>(){}\\[\\]]{1,300}))`,
  'i',
);

function validateAssignment(c: Candidate): Verdict {
  const m = c.match;
  const keyword = m[1];
  // Keyword inside a longer word ("compass", "bypass", "monkey") is not a cue, unless camelCase (dbPassword).
  const before = c.start > 0 ? c.text[c.start - 1] : ' ';
  if (/[A-Za-z0-9]/.test(before) && !(/[a-z0-9]/.test(before) && /[A-Z]/.test(keyword[0]))) return false;
  const suffix = m[2] ?? '';
  if (/^[a-z]/.test(suffix) && !/^(?:s|word|wd|phrase|code)/i.test(suffix)) return false; // "tokenizer", "authority", "passenger"
  if (/(?:^|[_\-.])(?:id|name|user|username|type|url|uri|endpoint|file|path|len|length|count|expiry|expires?|ttl|hint|prompt|label|field|policy|min|max)$/i.test(suffix)) return false;
  const quoted = m[3] ?? m[4];
  const raw = quoted ?? m[5] ?? '';
  const value = raw.trim();
  if (value.length < 4 || isPlaceholder(value)) return false;
  // The value ends the match (before the closing quote when quoted); trim surrounding blanks.
  const rawEnd = c.start + m[0].length - (quoted !== undefined ? 1 : 0);
  // A bare value followed by "(" is a call (`password = getpass.getpass(...)`), not a literal.
  if (quoted === undefined && c.text[rawEnd] === '(') return false;
  const end = rawEnd - (raw.length - raw.trimEnd().length);
  const span = { start: end - value.length, end };
  const isPassword = PASSWORD_WORDS.test(keyword) || /^(?:word|wd|phrase|code)/i.test(suffix);
  if (isPassword) {
    if (quoted === undefined && PROSE.has(value.toLowerCase())) return false;
    if (quoted === undefined && /^[a-z]+$/.test(value) && value.length < 6) return false;
    return { ...span, score: 0.85 };
  }
  // key/token/secret names: the value must look random.
  const h = shannonEntropy(value);
  if (value.length >= 16 && h >= 3.5) return { ...span, score: 0.9 };
  if (value.length >= 8 && h >= 3.0 && /\d/.test(value) && /[A-Za-z]/.test(value)) return { ...span, score: 0.75 };
  return false;
}

/**
 * "my password is hunter2", "pwd was S3cret!" in prose and chat, with up to
 * four words between ("the password for the portal is X", "db pw? current one
 * is X"); group 1 holds those words (see validateProse), group 2 the value.
 */
const prose = /(?<![A-Za-z0-9])(?:password|passwd|passcode|passphrase|pwd|pw|pin|passwort|kennwort|contraseña|mot de passe)[?:]?((?:\s{1,2}[A-Za-z][A-Za-z'’]{0,15}){0,4}?)\s{1,2}(?:is|was|is now|=|ist|es|est)\s{1,2}["'“‘]?([^\s"'”’]{4,64})/i;
/** Words between "password" and "is" that make the sentence about something else ("password manager is 1Password"). */
const PROSE_BETWEEN = /\b(?:manager|policy|field|hash|length|reset|rules?|requirements?|strength|hint|prompt|expiry|generator|vault|app|change|recovery|format|link|page|screen|box|limit|minimum|maximum|history)\b/i;
/** "wifi pw sunny4you": the value right after the word, no verb; letters and digits required (validateProse). */
// (and the word of other languages: "Passwort Alm!Hütte#2024 ist rotiert", "senha Praia@2023")
const proseBare = /(?<![A-Za-z0-9])(?:password|passwd|passcode|pwd|pw|passwort|kennwort|contraseña|senha|wachtwoord|lösenord|salasana)\s{1,2}["'“‘]?([^\s"'”’]{4,64})/i;

/**
 * Trailing sentence punctuation is not part of the password: . , ; : ? and
 * a closing parenthesis are dropped, but "!" stays ("Falcon#2021!"): it is the
 * symbol most often appended to meet complexity rules, and masking one
 * exclamation mark too many leaks nothing where dropping it leaks a character.
 */
function validateProse(c: Candidate): Verdict {
  if (c.patternName === 'prose' && c.match[1] && PROSE_BETWEEN.test(c.match[1])) return false;
  const v = c.value.replace(/[.,;:?)]+$/, '');
  if (v.includes('://')) return false; // "the password reset link is https://..."

  if (v.length < 4 || isPlaceholder(v) || isPlaceholder(c.value) || PROSE.has(v.toLowerCase())) return false;
  if (/^[A-Za-z_][\w.]*\(/.test(v)) return false; // `password = getpass.getpass(...)`: a call
  const hasDigit = /\d/.test(v);
  const hasOther = /[^A-Za-z0-9]/.test(v);
  const mixed = /[a-z]/.test(v) && /[A-Z]/.test(v);
  if (c.patternName === 'bare') {
    // Without "is"/"=" the word after "password" is mostly prose ("password manager"): letters and digits both.
    if (!hasDigit || !/[A-Za-z]/.test(v) || /^[(\[<{]/.test(v)) return false;
  } else if (!hasDigit && !hasOther && !(mixed && v.length >= 8)) return false;
  return { start: c.start, end: c.start + v.length, score: 0.8 };
}

export const passwordAssignment = defineRecognizer({
  id: 'password-assignment',
  entity: 'SECRET',
  category: 'CREDENTIALS',
  patterns: [{ name: 'assignment', regex: assignment, score: 0.8, anyChar: ':=' }],
  prefilter: { keywords: ['pass', 'pwd', 'pw', 'secret', 'token', 'key', 'credential', 'auth', 'kennw', 'contraseña', 'schl', 'clave', 'chiave'], startsAtKeyword: 12 },
  context: [],
  validate: validateAssignment,
  examples: {
    match: ['password = "S3cr3t!pass"', 'DB_PASSWORD=hunter2xyz', '{"api_key": "a8f5f167f44f4964e6c998dee827110c"}', 'Server=db;User Id=sa;Pwd=Tr0ub4dor&3;', 'dbPassword: "Zx9!qLm2"', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYq9Zs3KEY'],
    noMatch: ['password: ********', 'password = ${DB_PASSWORD}', 'password: reset', 'compass: north-west', 'token: expired', 'password=os.getenv("PW")', 'db_password = prompt_secret("db")', 'tokenizer = "bert-base"', 'passenger: 12345678', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
  },
});

export const passwordInProse = defineRecognizer({
  id: 'password-prose',
  entity: 'SECRET',
  category: 'CREDENTIALS',
  patterns: [
    { name: 'prose', regex: prose, score: 0.8, group: 2 },
    { name: 'bare', regex: proseBare, score: 0.8, group: 1 },
  ],
  prefilter: { keywords: ['password', 'passwd', 'passcode', 'passphrase', 'pwd', 'pw', 'pin ', 'passwort', 'kennw', 'contraseña', 'mot de p', 'senha', 'wachtw', 'lösen', 'salasan'], startsAtKeyword: 0 },
  context: [],
  validate: validateProse,
  examples: {
    match: ['my password is hunter2!', 'PIN is 4821', 'das Passwort ist Sommer2024!', 'guest wifi pw lemon8tree', 'the password is Autumn99#.', 'staging db pw? current one is Mariposa50$2022', 'the password for the vendor portal is Kx7!mQ2z', '(Passwort Alm!Hütte#2024 ist rotiert)'],
    noMatch: ['the password is required', 'my password is secret', 'password was changed', 'password manager 1Password', 'pwd = input("Pwd: ")', 'reset your pw (optional)', 'password 2FA', 'my password manager is 1Password', 'the password reset link is https://x.example.com/r?t=9'],
  },
});

/**
 * A secret passed as a command-line option: `redis-server --requirepass s3cr3t`,
 * `--db-password=x`, and the exec-array form of Compose and Kubernetes
 * (`["--requirepass", "s3cr3t"]`). Group 1 is the option name, 2 the value.
 */
// The secret word ends the option name inside the regex, so the many other options ("--verbose x") fail early.
const cliFlag = /--((?<![\w\-]--)[a-z0-9_\-]{0,24}?(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_\-]?key|access[_\-]?key|auth))(?:=["']?|[ \t]{1,2}["']?|["'],[ \t]?["'])([^\s"'`,;()[\]{}<>\-][^\s"'`,;()[\]{}<>]{3,199})/i;
const CLI_SECRET_NAME = /(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_\-]?key|access[_\-]?key|auth)$/;

export const cliFlagSecret = defineRecognizer({
  id: 'cli-flag-secret',
  entity: 'SECRET',
  category: 'CREDENTIALS',
  patterns: [{ name: 'flag', regex: cliFlag, score: 0.85, group: 2 }],
  prefilter: { keywords: ['--'], startsAtKeyword: 0 },
  context: [],
  validate: ({ match, value }) => {
    const name = match[1].toLowerCase();
    if (!CLI_SECRET_NAME.test(name) || /(?:^|[_\-])(?:no|file|path|env|stdin|prompt)[_\-]/.test(name) || isPlaceholder(value)) return false;
    if (/pass|pwd/.test(name)) return value.length >= 4 && !PROSE.has(value.toLowerCase()) ? undefined : false;
    // token/key options: the value must look random, as in assignments.
    const h = shannonEntropy(value);
    return (value.length >= 16 && h >= 3.5) || (value.length >= 8 && h >= 3.0 && /\d/.test(value) && /[A-Za-z]/.test(value)) ? undefined : false;
  },
  examples: {
    match: ['command: ["redis-server", "--requirepass", "Welkom_xy7"]', 'mysqladmin --password=Tr0ub4dor3 status', 'cli --api-key 9fK2mQ7xLp4RtV8wZ3cB'],
    noMatch: ['--password-file /run/secrets/db', '--requirepass "$REDIS_PASSWORD"', '--token-ttl 3600', '--password --verbose', '--no-password'],
  },
});

/**
 * A user/password pair passed to an auth or login call or key:
 * `auth=('svc', 'Wint3r#Run')`, `client.login("bob", "...")`,
 * `HTTPBasicAuth(user, "...")`, `credentials: ["u", "..."]`. Group 3 is the password.
 */
const credentialPair = /(?:auth(?:enticate)?|log_?in|sign_?in|credentials?)\s{0,2}(?:[=:]\s{0,2})?[(\[]\s{0,2}(?:(["'])[^"'\r\n]{1,64}\1|[A-Za-z_][\w.]{0,40})\s{0,2},\s{0,2}(["'])([^"'\r\n]{1,128})\2\s{0,2}[)\],]/i;

export const credentialPairPassword = defineRecognizer({
  id: 'credential-pair',
  entity: 'SECRET',
  category: 'CREDENTIALS',
  patterns: [{ name: 'pair', regex: credentialPair, score: 0.85, group: 3 }],
  prefilter: { keywords: ['auth', 'login', 'log_in', 'signin', 'sign_in', 'credential'], startsAtKeyword: 0 },
  context: [],
  // A short plain word is more likely a UI string (`login("Submit", "Cancel")`) than a password.
  validate: ({ value }) => value.length >= 4 && !isPlaceholder(value) && !PROSE.has(value.toLowerCase()) && (/[^A-Za-z]/.test(value) || value.length >= 8) ? undefined : false,
  examples: {
    match: ["requests.get(url, auth=('svc_backup', 'Wint3r#Run'))", 'ftp.login("deploy", "q9!rT7vz")', 'session.auth = (username, "Gr33nLeaf")', 'HTTPBasicAuth("ops", "s3cure-Pass")'],
    noMatch: ['auth=("admin", os.environ["PW"])', 'login("user", "password")', 'author("Jane", "Doe")', 'signIn("Submit", "Cancel")', 'auth=("admin", "<password>")', 'login("bob", "${BOB_PW}")'],
  },
});

/**
 * A secret in a key/value pair of config entries: .NET `<add key="SmtpPassword" value="..."/>`,
 * `<property name="db.password" value="..."/>`, Kubernetes `- name: API_TOKEN\n  value: ...`,
 * JSON `{"name": "ApiKey", "value": "..."}`. Groups: 2 the key name, 3/4/5 the value.
 */
const configPair = /(?<![\w\-])["']?(?:key|name)["']?\s?[=:]\s?(["']?)([A-Za-z][\w.:\-]{0,59})\1,?\s{1,16}["']?value["']?\s?[=:]\s?(?:"([^"\r\n]{1,300})"|'([^'\r\n]{1,300})'|([^\s"'<>,{}]{1,300}))/i;
const CONFIG_SECRET_NAME = /(pass(?:word|wd|phrase)?|pwd|secret|token|api[_\-.]?key|access[_\-.]?key|private[_\-.]?key|credentials?)([A-Za-z0-9_.\-]*)$/i;

export const configPairSecret = defineRecognizer({
  id: 'config-pair-secret',
  entity: 'SECRET',
  category: 'CREDENTIALS',
  patterns: [{ name: 'pair', regex: configPair, score: 0.85 }],
  // "value" comes at most 89 characters after the pair's start.
  prefilter: { keywords: ['value'], startsAtKeyword: 90 },
  context: [],
  validate: (c) => {
    const m = c.match;
    const name = CONFIG_SECRET_NAME.exec(m[2]);
    if (!name) return false;
    const value = m[3] ?? m[4] ?? m[5] ?? '';
    if (value.length < 4 || isPlaceholder(value) || (m[5] !== undefined && c.text[c.start + m[0].length] === '(')) return false;
    // The name checks of assignments ("PasswordLength", "TokenUrl" are not secrets).
    if (/^[a-z]/.test(name[2]) && !/^(?:s|word|wd|phrase|code)/i.test(name[2])) return false;
    const rest = name[2].replace(/([a-z0-9])([A-Z])/g, '$1_$2'); // camelCase words as separate words
    if (/(?:^|[_\-.])(?:id|name|user|username|type|url|uri|endpoint|file|path|len|length|count|expiry|expires?|ttl|hint|prompt|label|field|policy|min|max)$/i.test(rest)) return false;
    const end = c.start + m[0].length - (m[5] === undefined ? 1 : 0);
    const span = { start: end - value.length, end };
    if (PASSWORD_WORDS.test(name[1]) || /^(?:word|wd|phrase)/i.test(name[2])) return { ...span, score: 0.85 };
    const h = shannonEntropy(value);
    if (value.length >= 16 && h >= 3.5) return { ...span, score: 0.9 };
    if (value.length >= 8 && h >= 3.0 && /\d/.test(value) && /[A-Za-z]/.test(value)) return { ...span, score: 0.75 };
    return false;
  },
  examples: {
    match: ['<add key="MailPassword" value="Post#Office77" />', '<property name="jdbc.password" value="Xk29!vbn"/>', '- name: WEBHOOK_TOKEN\n  value: 9fK2mQ7xLp4RtV8wZ3cB', '{"name": "ApiKey", "value": "c0ffee7e4b1d9a2f8e6d5c3b"}'],
    noMatch: ['<add key="SupportEmail" value="help@example.com" />', '<add key="PasswordMinLength" value="12" />', '<add key="SmtpPassword" value="" />', '- name: DB_PASSWORD\n  value: ${DB_PASSWORD}', '<add key="TokenUrl" value="https://login.example.com/token" />'],
  },
});

export const urlPassword = defineRecognizer({
  id: 'url-password',
  entity: 'SECRET',
  category: 'CREDENTIALS',
  // The user may be empty ("redis://:s3cret@cache:6379").
  patterns: [{ name: 'userinfo', regex: /(?<=\b[a-z][a-z0-9+.\-]{1,20}):\/\/[^\s:/@"'<>]{0,64}:([^\s/"'<>]{1,128})@[A-Za-z0-9\[]/i, score: 0.9, group: 1 }],
  prefilter: { char: '@', keywords: ['://'], startsAtKeyword: 0 },
  context: [],
  validate: ({ value }) => !isPlaceholder(value) && !/^\d{1,5}$/.test(value),
  validScore: 1,
  examples: {
    match: ['postgres://admin:Tr0ub4dor@db.internal:5432/app', 'mongodb+srv://svc:p%40ss99@cluster0.example.net', 'https://bob:hunter22@example.com/'],
    noMatch: ['https://example.com:8443/x@y', 'ssh://git@github.com', 'postgres://user:${PASS}@db/app', 'https://user:****@host'],
  },
});

export const privateKeyBlock = defineRecognizer({
  id: 'private-key',
  entity: 'SECRET',
  category: 'CREDENTIALS',
  patterns: [
    { name: 'pem', regex: /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]{16,20000}?-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----/, score: 1 },
    // Truncated blocks (pasted in chat without the END line): header plus body.
    { name: 'pem-head', regex: /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:\s|\\[rn]){0,8}(?:[A-Za-z0-9+/=:\- ]|\\[rn]|\r?\n){40,20000}/, score: 0.95 },
    { name: 'putty', regex: /PuTTY-User-Key-File-\d: [\s\S]{10,8000}?Private-MAC: [0-9a-f]{40,64}/, score: 1 },
  ],
  prefilter: { keywords: ['PRIVATE KEY', 'PuTTY-User-Key-File'], caseSensitive: true },
  context: [],
  examples: {
    match: ['-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END RSA PRIVATE KEY-----', '"key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\\n"'],
    noMatch: ['-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----', 'where is the PRIVATE KEY stored?'],
  },
});

function base64UrlJson(s: string): unknown {
  try {
    return JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

export const jwt = defineRecognizer({
  id: 'jwt',
  entity: 'SECRET',
  category: 'CREDENTIALS',
  patterns: [{ name: 'jwt', regex: /(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{8,2000}\.ey[A-Za-z0-9_\-]{8,8000}\.[A-Za-z0-9_\-]{0,2000}(?![A-Za-z0-9_\-])/, score: 0.6 }],
  prefilter: { keywords: ['eyJ'], caseSensitive: true, startsAtKeyword: 0 },
  context: [],
  validate: ({ value }) => {
    const [h, p] = value.split('.');
    const header = base64UrlJson(h) as Record<string, unknown> | undefined;
    if (!header || typeof header !== 'object' || (typeof header.alg !== 'string' && typeof header.typ !== 'string')) return false;
    return typeof base64UrlJson(p) === 'object';
  },
  validScore: 0.95,
  examples: {
    match: ['Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'],
    noMatch: ['eyJub3RhIjoiand0In0.eyJ4IjoxfQ.abc', 'eyJhbGciOiJIUzI1NiJ9.notbase64json.sig'],
  },
});

export const bearerToken = defineRecognizer({
  id: 'bearer-token',
  entity: 'SECRET',
  category: 'CREDENTIALS',
  patterns: [{ name: 'bearer', regex: /\b(?:Bearer|Token|Basic)\s+([A-Za-z0-9._~+/\-]{20,4000}={0,2})(?![A-Za-z0-9._~+/=\-])/i, score: 0.8, group: 1 }],
  prefilter: { keywords: ['bearer', 'token ', 'basic '], startsAtKeyword: 0 },
  context: [],
  validate: ({ value }) => (shannonEntropy(value) >= 3.5 && /\d/.test(value) && !isPlaceholder(value) ? undefined : false),
  examples: {
    match: ['Authorization: Bearer 9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a', 'Authorization: Basic dXNlcjpwYXNzd29yZDEyMzQ1Njc='],
    noMatch: ['Bearer <token>', 'bearer token authentication is used here'],
  },
});

export const azureStorageKey = defineRecognizer({
  id: 'azure-storage-key',
  entity: 'SECRET',
  category: 'CREDENTIALS',
  patterns: [
    { name: 'account-key', regex: /(?<=AccountKey=)[A-Za-z0-9+/]{86}==/, score: 1 },
    { name: 'shared-access-key', regex: /(?<=SharedAccessKey=)[A-Za-z0-9+/]{42,44}=?/, score: 1 },
    { name: 'bare-key', regex: /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])/, score: 0.6 },
  ],
  prefilter: { keywords: ['==', 'SharedAccessKey='], caseSensitive: true },
  context: ['azure', 'storage', 'account key', 'accountkey', 'key', 'primary', 'secondary', 'cosmos', 'access key'],
  contextBoost: 0.3,
  validate: ({ value, patternName }) => (patternName === 'bare-key' && shannonEntropy(value) < 4.5 ? false : undefined),
  examples: {
    match: [
      'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net',
      'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=q7Zx4bL1mN8pR2sT6vW0yA3cE5gI9kM1oQ3uS5wY7a0=',
    ],
    noMatch: ['AccountKey=short==', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=='],
  },
});

export const azureSas = defineRecognizer({
  id: 'azure-sas-signature',
  entity: 'SECRET',
  category: 'CREDENTIALS',
  patterns: [{ name: 'sig', regex: /(?<=[?&;]sig=)[A-Za-z0-9%+/]{40,120}(?:%3D|=){0,2}/i, score: 0.7 }],
  prefilter: { keywords: ['sig='], startsAtKeyword: 0 },
  context: ['sv', 'se', 'sp', 'sr', 'srt', 'sas', 'spr', 'st', 'ss'],
  contextBoost: 0.25,
  contextWindow: [400, 100],
  // In a SAS query string (sv= service version next to it) the signature is certain.
  validate: ({ text, start }) => (/[?&;]sv=\d{4}-\d{2}-\d{2}/.test(text.slice(Math.max(0, start - 600), start)) ? true : undefined),
  examples: {
    match: ['https://acct.blob.core.windows.net/c/b?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-01T00:00:00Z&sig=Jm8Yq1kZ3yV5n0o2C4pR6tW8xA1bD3fH5jL7nP9rT2s%3D'],
    noMatch: ['?sig=short', 'sig=value in text'],
  },
});

/** High-entropy string in quotes right after a key/secret/token word (catches unknown providers). */
export const entropyNearKeyword = defineRecognizer({
  id: 'high-entropy-keyword',
  entity: 'SECRET',
  category: 'CREDENTIALS',
  patterns: [{ name: 'near-word', regex: /(?:key|secret|token|credential|auth|signature|private)s?\b[^\n]{0,20}?(?<![A-Za-z0-9+/_\-])([A-Za-z0-9+/_\-]{24,512}={0,2})(?![A-Za-z0-9+/=_\-])/i, score: 0.8, group: 1 }],
  prefilter: { keywords: ['key', 'secret', 'token', 'credential', 'auth', 'signature', 'private'], startsAtKeyword: 0 },
  context: [],
  validate: ({ value, match, text }) => {
    const before = match.index > 0 ? text[match.index - 1] : ' ';
    if (/[A-Za-z0-9]/.test(before)) return false; // "monkey", "passkey" are not cues
    if (isDocumentationKey(value)) return false;
    const h = shannonEntropy(value);
    const hex = /^[0-9a-f]+$/i.test(value);
    if (!/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
    if (/^[a-z]+(?:[_\-][a-z]+)+$/i.test(value)) return false; // snake/kebab identifiers
    return (hex ? h >= 3.0 && value.length >= 32 : h >= 4.0) ? undefined : false;
  },
  examples: {
    match: ['the api key is 7fE2kQ9xW2mB7vT1pL5cR8nY4aZ3kQ9x', 'secret token: a3f1c9e07b2d4e6f8a0c1b3d5e7f9a1c'],
    noMatch: ['the key is in the drawer', 'token_refresh_interval_seconds_default', 'key 12345678901234567890123456'],
  },
});

/** The MySQL/MariaDB client's password glued to its short option: `mysql -u root -pS3cret db` (no space: with one, -p prompts). */
export const mysqlInlinePassword = defineRecognizer({
  id: 'mysql-inline-password',
  entity: 'SECRET',
  category: 'CREDENTIALS',
  patterns: [{ name: 'dash-p', regex: /\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^\n]{0,120}?\s-p([^\s"'`\-][^\s"'`]{3,127})/, score: 0.85, group: 1 }],
  prefilter: { keywords: ['mysql', 'mariadb'], startsAtKeyword: 0 },
  context: [],
  validate: ({ value }) => (isPlaceholder(value) || /^\d{1,5}$/.test(value) ? false : undefined),
  examples: {
    match: ['mysql -h db1 -u admin -pXk29!vbn shop', 'mysqldump -uroot -pW1nter_2025 --all-databases'],
    noMatch: ['mysql -u root -p shop', 'mysql -u root -p"$MYSQL_PWD"', 'mysql -u root -p${DB_PASS}'],
  },
});

export const SECRET_GENERIC = Object.freeze([passwordAssignment, passwordInProse, cliFlagSecret, mysqlInlinePassword, credentialPairPassword, configPairSecret, urlPassword, privateKeyBlock, jwt, bearerToken, azureStorageKey, azureSas, entropyNearKeyword]);
