/**
 * The project's benchmark: generates seeded chat JSONL, CSV and JSON-array
 * datasets of a chosen size, runs `scan` and `sanitize` (default policy) on
 * them with 1..N jobs through the real CLI, and prints MB/s, records/s, peak
 * RSS and the ratio to a plain line-by-line JSON.parse pass (the ceiling).
 *
 *   npm run bench                       # 200 MB, jsonl, scan+sanitize, jobs 1 and all cores
 *   npm run bench -- --size 1000 --formats jsonl,csv,json --jobs 1,2 --no-names
 *   npm run bench -- --entities EMAIL   # the pipeline itself: read, parse, walk, rewrite, write, report
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Faker, en, en_GB, de, fr, base } from '@faker-js/faker';

const MB = 1024 * 1024;
const CLI = fileURLToPath(new URL('../bin/genai-sanitize.js', import.meta.url));
/** The installed command (a sh launcher that sets start-up memory settings, see bin/genai-sanitize): measured as users run it. */
const LAUNCHER = fileURLToPath(new URL('../../bin/genai-sanitize', import.meta.url));

interface Args {
  size: number;
  formats: string[];
  jobs: number[];
  commands: string[];
  names: boolean;
  /** Passed to --entities (EMAIL alone measures the pipeline around detection). */
  entities?: string;
  dir: string;
  keep: boolean;
}

function parseArgs(argv: string[]): Args {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    size: Number(get('--size') ?? 200),
    formats: (get('--formats') ?? 'jsonl').split(','),
    jobs: (get('--jobs') ?? `1,${availableParallelism()}`).split(',').map(Number).filter((v, i, a) => a.indexOf(v) === i),
    commands: (get('--commands') ?? 'scan,sanitize').split(','),
    names: !argv.includes('--no-names'),
    entities: get('--entities'),
    dir: get('--dir') ?? join(tmpdir(), 'genai-sanitize-bench-v2'),
    keep: argv.includes('--keep'),
  };
}

/** Seeded 32-bit PRNG (mulberry32): fast enough to compose gigabytes of records. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Realistic chat records (support conversations, some PII and secrets), each
 * composed afresh from faker-made fragment pools by a seeded PRNG: records do
 * not repeat (only the few system prompts do, as in real fine-tuning sets), so
 * caches cannot flatter the figures.
 */
function recordSource(seed = 42): () => { messages: Array<{ role: string; content: string }> } {
  const fakers = [new Faker({ locale: [en, base], seed: 1 }), new Faker({ locale: [en_GB, en, base], seed: 2 }), new Faker({ locale: [de, en, base], seed: 3 }), new Faker({ locale: [fr, en, base], seed: 4 })];
  const N = 4000;
  const pool = <T>(make: (f: Faker, i: number) => T): T[] => Array.from({ length: N }, (_, i) => make(fakers[i % fakers.length], i));
  const names = pool((f) => f.person.fullName());
  const emails = pool((f) => f.internet.email());
  const phones = pool((f) => f.phone.number({ style: 'international' }));
  const cards = pool((f) => f.finance.creditCardNumber({ issuer: 'visa' }));
  const ibans = pool((f) => f.finance.iban({ formatted: true }));
  const streets = pool((f) => `${f.location.streetAddress()}, ${f.location.city()}`);
  const ips = pool((f) => f.internet.ipv4());
  // English prose of the kind support chats hold (lorem ipsum would mislead the name recognizer)
  const canned = [
    'I have been waiting for two weeks and nobody answered my last message.',
    'The package arrived damaged and the box was open when it was delivered.',
    'Can you check why the app logs me out every time I switch networks?',
    'Please cancel the subscription at the end of the current billing period.',
    'The tracking page has not changed since Monday, is there a problem with the courier?',
    'I would like to change the delivery address before the order ships.',
    'Your last update fixed the crash, but the export still fails for large files.',
    'Could you send me a copy of the invoice as a PDF?',
    'We need the replacement before the end of the month for our team.',
    'Thanks for the quick help, everything works now.',
  ];
  const sentences = pool((f, i) => (i % 3 === 0 ? f.hacker.phrase() : i % 3 === 1 ? f.commerce.productDescription() : canned[i % canned.length]));
  const products = pool((f) => f.commerce.productName());
  const systems = [
    'You are a helpful support assistant for an online shop. Answer briefly and never ask for card numbers.',
    'You are a concise assistant for a logistics company. Be polite and precise.',
    'You help customers with billing questions. Do not repeat personal data back.',
  ];
  const rnd = prng(seed);
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
  const prose = (n: number) => Array.from({ length: n }, () => pick(sentences)).join(' ');
  return () => {
    const name = pick(names);
    const first = name.split(' ')[0];
    const kind = Math.floor(rnd() * 10);
    const order = 100000 + Math.floor(rnd() * 900000);
    const user =
      kind === 0 ? `Hi, I'm ${name}. My card ${pick(cards)} was charged twice for order ${order}. ${prose(1)}`
      : kind === 1 ? `Please send the invoice for the ${pick(products)} to ${pick(emails)} and call me on ${pick(phones)}.`
      : kind === 2 ? `We moved to ${pick(streets)}. ${prose(2)}`
      : kind === 3 ? `Our deploy fails: the log shows ${pick(ips)} refusing the token. ${prose(1)}`
      : kind === 4 ? `Wire the refund to ${pick(ibans)}, account holder ${name}.`
      : `${prose(3 + Math.floor(rnd() * 4))} Is the ${pick(products)} (order ${order}) still in stock?`;
    const assistant = kind < 5 ? `Thanks ${first}, I have noted that. ${prose(2)}` : prose(3 + Math.floor(rnd() * 3));
    return { messages: [{ role: 'system', content: pick(systems) }, { role: 'user', content: user }, { role: 'assistant', content: assistant }] };
  };
}

async function write(path: string, chunks: () => Generator<string>): Promise<void> {
  const ws = createWriteStream(path);
  for (const c of chunks()) {
    if (!ws.write(c)) await new Promise<void>((r) => ws.once('drain', () => r()));
  }
  await new Promise<void>((r) => ws.end(r));
}

function csvCell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes the dataset of one format, cycling the pool until `size` MB. Returns the record count. */
async function generate(format: string, path: string, sizeMB: number): Promise<number> {
  const next = recordSource();
  const target = sizeMB * MB;
  let records = 0;
  await write(path, function* () {
    let bytes = 0;
    if (format === 'csv') {
      const header = 'id,system,user,assistant\n';
      bytes += header.length;
      yield header;
    }
    if (format === 'json') {
      bytes += 2;
      yield '[\n';
    }
    for (let i = 0; bytes < target; i++) {
      const r = next();
      let s: string;
      if (format === 'jsonl') s = JSON.stringify(r) + '\n';
      else if (format === 'json') s = (i ? ',\n' : '') + JSON.stringify(r);
      else s = [String(i + 1), ...r.messages.map((m) => m.content)].map(csvCell).join(',') + '\n';
      bytes += Buffer.byteLength(s);
      records++;
      yield s;
    }
    if (format === 'json') yield '\n]\n';
  });
  return records;
}

/** The ceiling: read the JSONL file line by line and JSON.parse each line. */
async function jsonParsePass(path: string): Promise<number> {
  const t = performance.now();
  const rl = createInterface({ input: createReadStream(path, { highWaterMark: 256 * 1024 }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) if (line) n += JSON.parse(line) ? 1 : 0;
  return (performance.now() - t) / 1000;
}

function runCli(args: string[], statsFile: string): Promise<{ secs: number; maxRssMB: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const [cmd, argv] = process.platform === 'win32' ? [process.execPath, [CLI, ...args]] : [LAUNCHER, args];
    const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, GENAI_SANITIZE_STATS_FILE: statsFile, CI: 'true' } });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const secs = (performance.now() - t) / 1000;
      if (code !== 0 && code !== 1) return reject(new Error(`genai-sanitize exited ${code}: ${err.slice(-2000)}`));
      const stats = existsSync(statsFile) ? JSON.parse(readFileSync(statsFile, 'utf8')) : { maxRSS: 0 };
      resolve({ secs, maxRssMB: stats.maxRSS / 1024, code });
    });
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(args.dir, { recursive: true });
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`genai-sanitize benchmark: ${availableParallelism()} cores (${cpu}), Node ${process.version}, ${args.size} MB per format, names ${args.names ? 'on' : 'off'}${args.entities ? `, entities ${args.entities}` : ''}`);
  const jsonlPath = join(args.dir, `bench-${args.size}.jsonl`);
  const rows: string[][] = [];
  let ceilingSecs: number | undefined;
  for (const format of args.formats) {
    const path = join(args.dir, `bench-${args.size}.${format}`);
    let records: number;
    const countFile = path + '.count';
    if (existsSync(path) && existsSync(countFile)) records = Number(readFileSync(countFile, 'utf8'));
    else {
      process.stderr.write(`generating ${path} ...\n`);
      records = await generate(format, path, args.size);
      (await import('node:fs')).writeFileSync(countFile, String(records));
    }
    const bytes = statSync(path).size;
    if (ceilingSecs === undefined) {
      if (!existsSync(jsonlPath)) await generate('jsonl', jsonlPath, args.size);
      ceilingSecs = await jsonParsePass(jsonlPath);
      const jb = statSync(jsonlPath).size;
      rows.push(['JSON.parse pass', 'jsonl', (jb / MB).toFixed(0), '1', (jb / MB / ceilingSecs).toFixed(1), '-', '-', '1.00']);
    }
    for (const command of args.commands) {
      for (const jobs of args.jobs) {
        const out = join(args.dir, `out-${format}-${jobs}`);
        rmSync(out, { recursive: true, force: true });
        const cliArgs = [command, path, '--jobs', String(jobs), '--quiet', ...(args.names ? [] : ['--no-names']), ...(args.entities ? ['--entities', args.entities] : [])];
        if (command === 'sanitize') cliArgs.push('-o', out + '/');
        const statsFile = join(args.dir, 'stats.json');
        rmSync(statsFile, { force: true });
        const r = await runCli(cliArgs, statsFile);
        const mbs = bytes / MB / r.secs;
        const ceiling = statSync(jsonlPath).size / MB / ceilingSecs;
        rows.push([command, format, (bytes / MB).toFixed(0), String(jobs), mbs.toFixed(1), Math.round(records / r.secs).toLocaleString('en-US'), r.maxRssMB.toFixed(0), (mbs / ceiling).toFixed(2)]);
        rmSync(out, { recursive: true, force: true });
      }
    }
  }
  const header = ['command', 'format', 'MB', 'jobs', 'MB/s', 'records/s', 'peak RSS MB', 'vs JSON.parse'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  console.log(line(header));
  console.log('| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |');
  for (const r of rows) console.log(line(r));
  if (!args.keep) for (const f of args.formats) rmSync(join(args.dir, `bench-${args.size}.${f}`), { force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
