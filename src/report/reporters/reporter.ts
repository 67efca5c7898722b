import type { Report } from '../types.js';

export interface RenderOptions {
  /** Terminal only: emit ANSI colours (off when not a TTY or NO_COLOR). */
  color?: boolean;
}

/**
 * One report format. `render` is pure and deterministic: the same report
 * gives the same bytes (golden-file tested). Every string taken from the
 * report is escaped for the target format.
 */
export interface Reporter {
  readonly name: 'json' | 'sarif' | 'markdown' | 'html' | 'terminal';
  /** Usual file extension, without the dot. */
  readonly extension: string;
  render(report: Report, opts?: RenderOptions): string;
}
