import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Report } from './types.js';

/** Path of `schemas/<name>` in the installed package (works from src/ under tsx and from dist/). */
export function schemaPath(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const p = join(dir, 'schemas', name);
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  throw new Error(`schema ${name} not found beside the package`);
}

let validator: ValidateFunction | undefined;

/** The compiled validator of `schemas/report.schema.json` (compiled once). */
export function reportValidator(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: false, strict: true });
    const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(schemaPath('report.schema.json'), 'utf8')));
  }
  return validator;
}

/**
 * Checks a parsed report against the schema. Returns undefined when valid, else
 * one line naming the JSON path and the rule (never the offending value).
 */
export function validateReport(value: unknown): string | undefined {
  const v = reportValidator();
  if (v(value)) return undefined;
  const e = v.errors?.[0];
  return e ? `${e.instancePath || '/'} ${e.message ?? 'is invalid'}` : 'does not match the report schema';
}

/** Type guard form of `validateReport`. */
export function isReport(value: unknown): value is Report {
  return validateReport(value) === undefined;
}
