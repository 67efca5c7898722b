import type { Reporter } from './reporter.js';
import { jsonReporter } from './json.js';
import { sarifReporter } from './sarif.js';
import { markdownReporter } from './markdown.js';
import { htmlReporter } from './html.js';
import { terminalReporter } from './terminal.js';

export type { Reporter, RenderOptions } from './reporter.js';
export { jsonReporter, sarifReporter, markdownReporter, htmlReporter, terminalReporter };

/** Every report format by name (`--report` json, `--sarif`, `--markdown`, `--html`, stderr terminal summary). */
export const REPORTERS: Readonly<Record<Reporter['name'], Reporter>> = Object.freeze({
  json: jsonReporter,
  sarif: sarifReporter,
  markdown: markdownReporter,
  html: htmlReporter,
  terminal: terminalReporter,
});
