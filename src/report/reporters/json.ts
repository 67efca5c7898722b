import type { Reporter } from './reporter.js';

/** `report.json`: the report object as it is (schema `schemas/report.schema.json`). */
export const jsonReporter: Reporter = {
  name: 'json',
  extension: 'json',
  render: (report) => JSON.stringify(report, null, 2) + '\n',
};
