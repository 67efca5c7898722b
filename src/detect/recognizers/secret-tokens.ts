import { defineRecognizer, type Recognizer } from '../recognizer.js';

/*
 * SECRET: provider tokens with a fixed, documented shape (prefix + alphabet +
 * length), after gitleaks' rule set. Each rule runs only when its literal
 * prefix occurs in the text (case-sensitive keyword prefilter), so most text
 * never meets these regexes. To add a provider, copy a `token(...)` entry.
 */

function token(
  id: string,
  keywords: string[],
  regex: RegExp,
  examples: { match: string[]; noMatch: string[] },
  score = 0.95,
  group?: number,
  /** How far before the keyword a match can start (undefined: anywhere, e.g. a URL before its host keyword). */
  startsAtKeyword: number | undefined = 0,
): Recognizer {
  return defineRecognizer({
    id,
    entity: 'SECRET',
    category: 'CREDENTIALS',
    patterns: [{ name: id, regex, score, group }],
    prefilter: { keywords, caseSensitive: true, startsAtKeyword },
    context: [],
    // Base64 of binary data (PyPI macaroons) may hold "AAAAAA": no placeholder check there.
    validate: id === 'pypi-token' ? undefined : ({ value }) => (PLACEHOLDER_RUN.test(value) || PLACEHOLDER_WORD.test(value) || isDocumentationKey(value) ? false : undefined),
    examples,
  });
}

/**
 * Documentation placeholders in a token's shape (`ghp_xxxx…`, `sk_live_XXXX…`,
 * `AKIA0000…`): a run of six equal characters, which a random token of these
 * lengths and alphabets all but never holds.
 */
const PLACEHOLDER_RUN = /(.)\1{5}/;
/** Placeholders written as words in a token's shape: `xoxb-your-token`, `ghp_your_token_here`, `sk-proj-REPLACE_ME`. */
const PLACEHOLDER_WORD = /[\-_](?:your|my)(?:[\-_]|$)|(?:^|[\-_])(?:placeholder|replace[\-_]?me|changeme|insert[\-_]\w*here)(?:[\-_]|$)/i;

/**
 * Keys vendors print in their own documentation, which every tutorial and
 * `.env.example` copies: AWS marks its samples with EXAMPLE
 * ("AKIAIOSFODNN7EXAMPLE"), Stripe publishes fixed test keys. They are public,
 * not secrets. (Spelt in two parts so this file trips no scanner.)
 */
const DOC_KEYS = new Set(['sk_test_' + '4eC39HqLyjWDarjtT1zdp7dc', 'pk_test_' + 'TYooMQauvdEDq54NiTphI7jx', 'sk_test_' + 'BQokikJOvBiI2HlWgH4olfQ2', 'pk_test_' + '6pRNASCoBOKtIshFeQd4XMUh']);
export function isDocumentationKey(value: string): boolean {
  return value.includes('EXAMPLE') || DOC_KEYS.has(value);
}

// Fake-but-well-shaped test values are assembled at run time so this file
// itself does not trip secret scanners (push protection) on the repository.
const r = (n: number, alphabet = 'aZ3kQ9xW2mB7vT1pL5cR8nY4', seed = 7) => {
  let s = '';
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += alphabet[(x >>> 16) % alphabet.length]; // high bits: the low ones of this LCG cycle ("4000…8000…")
  }
  return s;
};
const UP = 'ABCDEFGHJKLMNPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';

export const SECRET_TOKENS: readonly Recognizer[] = Object.freeze([
  token('aws-access-key-id', ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'], /(?<![A-Z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/, {
    match: [`aws_access_key_id = AKIA${r(16, UP)}`, `key ASIA${r(16, UP, 3)}`],
    noMatch: ['AKIAEXAMPLE', `AKIA${r(16, UP)}X1`],
  }),
  token('github-token', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,255}(?![A-Za-z0-9_])/, {
    match: [`GITHUB_TOKEN=ghp_${r(36)}`, `token ghs_${r(36, undefined, 9)}`],
    noMatch: ['ghp_short', `ghx_${r(36)}`, `GH_TOKEN=ghp_${'x'.repeat(36)}`],
  }),
  token('github-fine-grained-pat', ['github_pat_'], /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/, {
    match: [`github_pat_${r(22)}_${r(59, undefined, 5)}`],
    noMatch: [`github_pat_${r(10)}`],
  }),
  token('gitlab-token', ['glpat-', 'gldt-', 'glptt-', 'glrt-', 'GR1348941', 'glsoat-', 'glcbt-'], /(?<![A-Za-z0-9_\-])(?:glpat|gldt|glrt|glsoat|glcbt)-[A-Za-z0-9_\-]{20,60}(?![A-Za-z0-9_\-])|(?<![A-Za-z0-9])glptt-[0-9a-f]{40}(?![A-Za-z0-9])|(?<![A-Za-z0-9])GR1348941[A-Za-z0-9_\-]{20}(?![A-Za-z0-9_\-])/, {
    match: [`CI_TOKEN: glpat-${r(20)}`],
    noMatch: ['glpat-short'],
  }),
  token('slack-token', ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe', 'xapp-'], /(?<![A-Za-z0-9\-])(?:xox[baprs]-[0-9A-Za-z\-]{10,250}|xoxe(?:\.xox[bp])?-\d-[A-Z0-9]{146,}|xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+)(?![A-Za-z0-9\-])/, {
    match: [`SLACK_BOT_TOKEN=xoxb-${r(11, '0123456789')}-${r(12, '0123456789')}-${r(24)}`],
    noMatch: ['xoxb-123', 'xoxz-1234567890123'],
  }),
  token('slack-webhook', ['hooks.slack.com'], /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+\/]{20,120}/, {
    match: [`post to https://hooks.slack.com/services/T${r(8, UP)}/B${r(8, UP)}/${r(24)}`],
    noMatch: ['https://hooks.slack.com/services/'],
  }, 0.95, undefined, 8),
  token('stripe-key', ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'whsec_'], /(?<![A-Za-z0-9_])(?:(?:sk|rk)_(?:live|test)_[0-9a-zA-Z]{20,247}|whsec_[0-9a-zA-Z]{32,})(?![A-Za-z0-9_])/, {
    match: [`stripe.api_key = "sk_live_${r(24)}"`],
    noMatch: ['sk_live_short', `pk_live_${r(24)}`, `key: sk_test_${'X'.repeat(28)}`, `sk_live_4eC39HqLyjWDarjtT1${'0'.repeat(8)}`],
  }),
  token('openai-key', ['sk-', 'T3BlbkFJ'], /(?<![A-Za-z0-9_\-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{40,200}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9_\-]{20,74}T3BlbkFJ[A-Za-z0-9_\-]{20,74}|[A-Za-z0-9]{48})(?![A-Za-z0-9_\-])/, {
    match: [`OPENAI_API_KEY=sk-proj-${r(48)}`, `sk-${r(20)}T3BlbkFJ${r(20, undefined, 4)}`, `key: sk-${r(48, undefined, 2)}`],
    noMatch: ['sk-1234', 'task-list-item'],
  }),
  token('anthropic-key', ['sk-ant-'], /(?<![A-Za-z0-9_\-])sk-ant-(?:api|admin|sid)\d{2}-[A-Za-z0-9_\-]{80,120}(?![A-Za-z0-9_\-])/, {
    match: [`ANTHROPIC_API_KEY=sk-ant-api03-${r(93)}AA`],
    noMatch: ['sk-ant-api03-short'],
  }),
  token('google-api-key', ['AIza'], /(?<![A-Za-z0-9_\-])AIza[0-9A-Za-z_\-]{35}(?![A-Za-z0-9_\-])/, {
    match: [`key=AIza${r(35)}`],
    noMatch: ['AIzaShort'],
  }),
  token('google-oauth-secret', ['GOCSPX-'], /(?<![A-Za-z0-9_\-])GOCSPX-[A-Za-z0-9_\-]{28}(?![A-Za-z0-9_\-])/, {
    match: [`client_secret: GOCSPX-${r(28)}`],
    noMatch: ['GOCSPX-abc'],
  }),
  token('npm-token', ['npm_'], /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/, {
    match: [`//registry.npmjs.org/:_authToken=npm_${r(36)}`],
    noMatch: ['npm_config_cache', 'npm_package_version'],
  }),
  token('pypi-token', ['pypi-AgEIcHlwaS5vcmc'], /pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}/, {
    match: [`password = pypi-AgEIcHlwaS5vcmc${r(60)}`],
    noMatch: ['pypi-AgEIcHlwaS5vcmc'],
  }),
  token('huggingface-token', ['hf_'], /(?<![A-Za-z0-9_])hf_[A-Za-z]{34}(?![A-Za-z0-9_])/, {
    match: [`HF_TOKEN=hf_${r(34, 'abcdefghijkLMNOPQRSTuvwxyz')}`],
    noMatch: ['hf_hub_download', 'hf_short'],
  }),
  token('sendgrid-key', ['SG.'], /(?<![A-Za-z0-9_\-])SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}(?![A-Za-z0-9_\-])/, {
    match: [`SENDGRID_API_KEY=SG.${r(22)}.${r(43)}`],
    noMatch: ['SG.short.key'],
  }),
  // Keyword 'SK' only: the pattern has no account-SID ('AC...') form, and 'AC' made it run on most English text.
  token('twilio-key', ['SK'], /(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])/, {
    match: [`twilio SK${r(32, HEX)}`],
    noMatch: [`SK${r(31, HEX)}`],
  }, 0.8),
  token('mailgun-key', ['key-'], /(?<![A-Za-z0-9_\-])key-[0-9a-f]{32}(?![A-Za-z0-9_\-])/, {
    match: [`api: key-${r(32, HEX)}`],
    noMatch: ['key-value-store'],
  }, 0.85),
  token('shopify-token', ['shpat_', 'shpss_', 'shpca_', 'shppa_'], /(?<![A-Za-z0-9_])shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?![A-Za-z0-9_])/, {
    match: [`shpat_${r(32, HEX)}`],
    noMatch: ['shpat_xyz'],
  }),
  token('digitalocean-token', ['dop_v1_', 'doo_v1_', 'dor_v1_'], /(?<![A-Za-z0-9_])do[opr]_v1_[a-f0-9]{64}(?![A-Za-z0-9_])/, {
    match: [`dop_v1_${r(64, HEX)}`],
    noMatch: ['dop_v1_abc'],
  }),
  token('databricks-token', ['dapi'], /(?<![A-Za-z0-9_])dapi[a-f0-9]{32}(?:-\d)?(?![A-Za-z0-9_])/, {
    match: [`DATABRICKS_TOKEN=dapi${r(32, HEX)}`],
    noMatch: ['dapi_version'],
  }),
  token('azure-ad-client-secret', ['Q~'], /(?<![A-Za-z0-9_~.\-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}(?![A-Za-z0-9_~.\-])/, {
    match: [`client_secret=${r(3)}8Q~${r(34)}`],
    noMatch: ['Q~short'],
  }, 0.95, undefined, 4),
  token('telegram-bot-token', ['AA'], /(?<![\w:])\d{8,10}:AA[A-Za-z0-9_\-]{33}(?![\w\-])/, {
    match: [`bot ${r(10, '0123456789')}:AA${r(33)}`],
    noMatch: ['12345:AAshort'],
  }, 0.9, undefined, 11),
  token('discord-webhook', ['discord.com/api/webhooks', 'discordapp.com/api/webhooks'], /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_\-]{60,70}/, {
    match: [`https://discord.com/api/webhooks/${r(18, '0123456789')}/${r(68)}`],
    noMatch: ['https://discord.com/api/webhooks/'],
  }, 0.95, undefined, 16),
  // A Sentry DSN carries the project's client key before the host: anyone holding it can post events to the project.
  token('sentry-dsn', ['sentry.io'], /https:\/\/[0-9a-f]{32}(?::[0-9a-f]{32})?@[a-z0-9.\-]{1,60}\.sentry\.io\/\d{1,12}(?![\w\/])/, {
    match: [`SENTRY_DSN=https://${r(32, '0123456789abcdef')}@o645492.ingest.sentry.io/2853948`],
    noMatch: ['https://docs.sentry.io/platforms/javascript/', 'https://public@o1.ingest.sentry.io/1'],
  }, 0.95, undefined, 140),
]);
