const r = () => { global.gc(); const m = process.memoryUsage(); return `rss ${(m.rss/1e6).toFixed(0)} heap ${(m.heapUsed/1e6).toFixed(0)} total ${(m.heapTotal/1e6).toFixed(0)} ext ${((m.external)/1e6).toFixed(0)}`; };
console.log('start', r());
const { createAnalyzer } = await import('./dist/src/detect/analyzer.js');
console.log('import', r());
const a = createAnalyzer({});
console.log('create', r());
const text = 'Hi, I am Maria Gonzalez from 12 Baker Street, London NW1 6XE. My email is maria@example.com and card 4111 1111 1111 1111. I work at Siemens AG in Munich.';
let n=0; for (let i=0;i<2000;i++) { const f = await a.analyze(text + i); n+=f.length; }
console.log('analyzed', n, r());
const v8 = await import('node:v8');
for (const s of v8.getHeapSpaceStatistics()) console.log(s.space_name, (s.space_used_size/1e6).toFixed(1), (s.space_size/1e6).toFixed(1));
