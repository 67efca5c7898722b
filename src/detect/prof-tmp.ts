import { readFileSync } from 'node:fs';
import { createAnalyzer } from './analyzer.js';
const texts = readFileSync(process.argv[2] ?? 'fixtures/eval/chat.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
const a = createAnalyzer({ names: false });
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const c0 = process.cpuUsage();
let n = 0;
const cpu = () => { const c = process.cpuUsage(c0); return (c.user + c.system) / 1000; };
while (cpu() < 3000) { for (const t of texts) a.analyze(t); n++; }
console.log('MB/s', (bytes * n / 1e6 / (cpu() / 1000)).toFixed(2));
