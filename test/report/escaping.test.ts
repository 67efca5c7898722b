import { describe, expect, it } from 'vitest';
import { markdownReporter, mdCell } from '../../src/report/reporters/markdown.js';
import { terminalReporter } from '../../src/report/reporters/terminal.js';
import { sampleReport } from './sample.js';

describe('escaping of names taken from the data', () => {
  const report = sampleReport();
  report.inputs[0]!.name = 'evil|name<img src=x>[link](http://x) *b*.jsonl';
  report.inputs[2]!.fields[0]!.path = 'col|with`tick';
  report.inputs[1]!.name = 'term\u001b[31mred\u0007.jsonl';

  it('keeps Markdown tables intact and inert', () => {
    const md = markdownReporter.render(report);
    expect(mdCell('a|b')).toBe('a\\|b');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('[link](');
    expect(md).toContain('evil\\|name&lt;img src=x&gt;\\[link\\](http://x) \\*b\\*.jsonl');
    expect(md).toContain("`col\\|with'tick`");
    // Every table row still has its column count.
    const fileRows = md.split('\n').filter((l) => l.includes('evil'));
    for (const row of fileRows) expect(row.split(/(?<!\\)\|/).length).toBeGreaterThan(5);
  });

  it('strips terminal control sequences from names', () => {
    const text = terminalReporter.render(report, { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).toContain('term?[31mred?.jsonl');
  });
});
