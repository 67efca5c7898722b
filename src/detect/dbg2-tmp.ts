import { readFileSync } from 'node:fs';
import { phone } from './recognizers/phone.js';
import { compileRecognizers, runRecognizers } from './engine.js';
const texts = readFileSync('fixtures/eval/chat.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
let calls = 0; const vals = new Map<string, number>();
const wrapped = { ...phone, validate: (c: any) => { calls++; const v = phone.validate!(c); const k = `${c.value} => ${JSON.stringify(v)}`; vals.set(k, (vals.get(k) ?? 0) + 1); return v; } };
const set = compileRecognizers([wrapped as any]);
let ran = 0;
for (const t of texts) { runRecognizers(set, t, { phoneRegion: 'US', fieldWords: [], enabled: [true] }); }
console.log('validate calls', calls, 'distinct', vals.size);
console.log([...vals.entries()].slice(0, 40).map(([k, n]) => `${n} ${k}`).join('\n'));
