import { createHash } from 'node:crypto';
import type { Level } from '../../types.js';
import type { FindingReport, Report } from '../types.js';
import { formatCount } from '../format.js';
import type { Reporter } from './reporter.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Sensitivity -> SARIF level: highly-confidential -> error, confidential -> warning, else note. */
export function sarifLevel(level: Level): 'error' | 'warning' | 'note' {
  return level === 'highly-confidential' ? 'error' : level === 'confidential' ? 'warning' : 'note';
}

/**
 * The artifact URI of an input: relative paths stay relative (forward slashes,
 * percent-encoded) so code-scanning UIs resolve them against the repository;
 * absolute paths become file:// URIs; URLs stay as they are; stdin is `stdin`.
 */
export function artifactUri(name: string): string {
  if (name === '-') return 'stdin';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(name)) return name;
  const p = name.replace(/\\/g, '/');
  const enc = p.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(p)) return 'file:///' + p.slice(0, 2) + enc.slice(enc.indexOf('/'));
  return p.startsWith('/') ? 'file://' + enc : enc;
}

/** SARIF 2.1.0: one rule per entity, one result per listed finding, located by file and line, with field path and record number. */
export const sarifReporter: Reporter = {
  name: 'sarif',
  extension: 'sarif',
  render(report) {
    const entities = Object.keys(report.totals.entities);
    const ruleIndex = new Map(entities.map((e, i) => [e, i]));
    const artifactIndex = new Map(report.inputs.map((inp, i) => [inp.name, i]));
    const rules = entities.map((e) => {
      const t = report.totals.entities[e]!;
      return {
        id: e,
        name: pascal(e),
        shortDescription: { text: `${e} value in dataset` },
        fullDescription: { text: `A ${e} value (${t.category}, ${t.level}) was found in a dataset field.` },
        help: { text: `Transform or remove ${e} values before training: run genai-sanitize sanitize with a policy action for ${e}, or allow-list known non-sensitive values in the policy.` },
        defaultConfiguration: { level: sarifLevel(t.level) },
        properties: { category: t.category, sensitivity: t.level, tags: ['privacy', t.category] },
      };
    });
    const artifacts = report.inputs.map((inp) => ({
      location: { uri: artifactUri(inp.name) },
      ...(inp.size !== undefined ? { length: inp.size } : {}),
      ...(inp.sha256 ? { hashes: { 'sha-256': inp.sha256 } } : {}),
      properties: { format: inp.format, sensitivity: inp.level, categories: inp.categories },
    }));
    const results = report.findings.map((f) => result(f, ruleIndex.get(f.entity), artifactIndex.get(f.file)));
    const sarif = {
      $schema: SARIF_SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'genai-sanitize',
              version: report.run.toolVersion,
              semanticVersion: /^\d+\.\d+\.\d+/.test(report.run.toolVersion) ? report.run.toolVersion : undefined,
              rules,
            },
          },
          invocations: [
            {
              executionSuccessful: true,
              startTimeUtc: report.run.startedAt,
              endTimeUtc: report.run.endedAt,
              ...(report.findingsTruncated
                ? { toolExecutionNotifications: [{ level: 'note', message: { text: `Showing the first ${formatCount(report.findings.length)} of ${formatCount(report.totals.findings)} findings; see report.json for exact counts.` } }] }
                : {}),
            },
          ],
          artifacts,
          results,
          properties: {
            command: report.run.command,
            policyHash: report.run.policyHash,
            sensitivity: report.level,
            findingsTotal: report.totals.findings,
            findingsTruncated: report.findingsTruncated,
          },
        },
      ],
    };
    return JSON.stringify(sarif, null, 2) + '\n';
  },
};

function result(f: FindingReport, ruleIndex: number | undefined, artifactIndex: number | undefined) {
  const where = `field ${f.field} of record ${f.record}`;
  return {
    ruleId: f.entity,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: sarifLevel(f.level),
    message: { text: `${f.entity} (${f.level}) in ${where}: ${f.hint}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(f.file), ...(artifactIndex !== undefined ? { index: artifactIndex } : {}) },
          ...(f.line !== undefined && f.line >= 1 ? { region: { startLine: f.line } } : {}),
        },
        logicalLocations: [{ name: f.field, fullyQualifiedName: `record ${f.record}${f.field.startsWith('/') ? '' : '/'}${f.field}`, kind: 'member' }],
      },
    ],
    // Location-based (never value-based), so re-runs on the same data dedupe in code-scanning UIs.
    partialFingerprints: {
      'genaiSanitizeLocation/v1': createHash('sha256').update(`${f.file}\0${f.record}\0${f.field}\0${f.entity}\0${f.start}`).digest('hex').slice(0, 32),
    },
    properties: {
      recordNumber: f.record,
      fieldPath: f.field,
      start: f.start,
      end: f.end,
      score: f.score,
      recognizer: f.recognizer,
      engine: f.engine,
      category: f.category,
      sensitivity: f.level,
      hint: f.hint,
    },
  };
}

function pascal(entity: string): string {
  return entity.toLowerCase().split(/[_\W]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}
