import { readFileSync } from 'node:fs';
import { RECOGNIZERS } from './registry.js';
import { compileRecognizers, runRecognizers } from './engine.js';
const texts = readFileSync('fixtures/eval/chat.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const rows: [string, number][] = [];
let total = 0;
const base = compileRecognizers([]);
for (const r of [null, ...RECOGNIZERS]) {
  const set = r ? compileRecognizers([r]) : base;
  const o = { phoneRegion: 'US', fieldWords: [], enabled: [true] };
  for (let k = 0; k < 3; k++) for (const t of texts) runRecognizers(set, t, o);
  const t1 = cpu();
  for (let k = 0; k < 10; k++) for (const t of texts) runRecognizers(set, t, o);
  const ms = (cpu() - t1) / 10;
  total += ms;
  rows.push([r?.id ?? '(empty)', ms]);
}
rows.sort((a, b) => b[1] - a[1]);
for (const [id, ms] of rows.slice(0, 25)) console.log(id.padEnd(24), ms.toFixed(2), 'ms', (bytes / 1e6 / (ms / 1000)).toFixed(0), 'MB/s');
console.log('sum', total.toFixed(1), 'ms =>', (bytes / 1e6 / (total / 1000)).toFixed(1), 'MB/s over', bytes, 'bytes');
