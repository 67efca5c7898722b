/**
 * Throughput of the NER recognizer on chat-like English text, one core.
 * Usage: `npx tsx src/detect/ner/bench.ts [MB]` (default 8 MB). Prints MB/s with
 * and without the compromise judge, and compromise alone on a sample for scale.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { createNerRecognizer } from './index.js';


/** Assistant-style prose typical of chat fine-tuning data (few names, long turns). */
const PROSE = [
  'Sure! Here is a step-by-step guide to setting up your development environment. First, install Node.js 20 or later from the official website, then run npm install in the project folder. If you see permission errors, check that your user owns the directory.',
  'I understand your frustration with the delayed delivery. I have checked your order and it left our warehouse on Tuesday; the carrier shows it is currently in transit and should arrive within two business days. Would you like me to send you the tracking link again?',
  'The main difference between a list and a tuple in Python is mutability: lists can be changed after creation, while tuples cannot. Tuples are often used for fixed collections of values, such as coordinates or database rows, and they can be used as dictionary keys.',
  'Here are three ideas for a team-building event: an escape room, a cooking class, or a volunteering afternoon at a local food bank. Each option works for groups of 10 to 20 people and can be booked a week in advance.',
  'To reset your password, open Settings, choose Security and click Reset Password. You will receive an email with a link that expires after 30 minutes. If the email does not arrive, check your spam folder or contact support.',
  'Thanks for the update! The quarterly report looks good overall, but the revenue chart on page 4 uses last year\'s numbers. Could you double-check the figures before we send it to the board on Friday?',
  'In summary, the study found that regular exercise improves sleep quality, especially when it takes place in the morning. Participants who walked for at least 30 minutes a day reported falling asleep faster and waking up less often during the night.',
];

function corpus(mb: number): string[] {
  const fields: string[] = [];
  // Run from the repository root: the labelled NER set supplies the name-bearing turns.
  const labelled = readFileSync('test/detect/ner/ner-cases.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  let size = 0;
  let i = 0;
  while (size < mb * 1e6) {
    // About one turn in four mentions a name, a place or a company.
    const f = i % 4 === 0 ? labelled[i % labelled.length]! + ' ' + PROSE[i % PROSE.length]! : PROSE[i % PROSE.length]! + ' ' + PROSE[(i * 3 + 1) % PROSE.length]!;
    fields.push(f);
    size += Buffer.byteLength(f);
    i++;
  }
  return fields;
}

function run(label: string, fields: string[], analyze: (t: string) => unknown): void {
  let bytes = 0;
  for (const f of fields) bytes += Buffer.byteLength(f);
  // Warm-up: let the JIT settle (the first pass is several times slower than the steady state).
  for (let r = 0; r < 2; r++) for (let w = 0; w < Math.min(20000, fields.length); w++) analyze(fields[w]!);
  // CPU time of this process, not wall time: the figure stays meaningful on a shared, loaded machine.
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const f of fields) analyze(f);
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  console.log(`${label.padEnd(28)} ${(bytes / 1e6 / cpu).toFixed(1).padStart(7)} MB/s per CPU-second  (${(bytes / 1e6).toFixed(1)} MB, ${cpu.toFixed(2)} s CPU, ${wall.toFixed(2)} s wall)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const mb = Number(process.argv[2] ?? 8);
  const fields = corpus(mb);
  const t0 = performance.now();
  const fast = createNerRecognizer({ judge: false });
  console.log(`construction (gazetteers): ${(performance.now() - t0).toFixed(0)} ms, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  const full = createNerRecognizer({ judge: true });
  run('ner (fast path only)', fields, (t) => fast.analyze(t));
  run('ner (fast path + compromise)', fields, (t) => full.analyze(t));
  const prose: string[] = [];
  for (let i = 0, size = 0; size < mb * 1e6; i++) { const f = PROSE[i % PROSE.length]!; prose.push(f); size += f.length; }
  run('ner, name-free prose only', prose, (t) => full.analyze(t));
  const sample = fields.slice(0, 200);
  run('compromise alone (sample)', sample, (t) => { const d = nlp(t); d.people().json({ offset: true }); d.places().json({ offset: true }); d.organizations().json({ offset: true }); });
}
