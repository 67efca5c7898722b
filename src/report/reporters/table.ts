/**
 * Plain-text table layout shared by the terminal summary: widths come from
 * the plain text, colour is applied after padding so alignment survives ANSI codes.
 */
export interface Cell {
  text: string;
  style?: (s: string) => string;
  align?: 'left' | 'right';
}

export function renderTable(header: string[], rows: Cell[][], indent = '  ', headStyle: (s: string) => string = (s) => s): string[] {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]?.text ?? ''))));
  const line = (cells: Cell[]) =>
    indent +
    cells
      .map((c, i) => {
        const w = widths[i]!;
        const pad = ' '.repeat(Math.max(0, w - width(c.text)));
        const padded = c.align === 'right' ? pad + c.text : c.text + pad;
        return c.style ? c.style(padded) : padded;
      })
      .join('  ')
      .replace(/\s+$/, '');
  return [line(header.map((h) => ({ text: h, style: headStyle }))), ...rows.map(line)];
}

/** Display width in code points (good enough for paths and entity names). */
function width(s: string): number {
  return [...s].length;
}

/** Shortens a long text in the middle: `/very/long/…/path`. */
export function ellipsize(s: string, max: number): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  const head = Math.ceil((max - 1) / 2);
  const tail = max - 1 - head;
  return chars.slice(0, head).join('') + '…' + chars.slice(chars.length - tail).join('');
}

/** Replaces control characters (terminal escape injection from file or field names). */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
}

/** Shortens a long sentence at its end: `62% of 90 values matched…`. */
export function clip(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max - 1).join('') + '…';
}
