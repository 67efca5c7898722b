import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The schema lives in /schemas at the package root: two levels up from src/policy, three from dist/src/policy.
const CANDIDATES = ['../../schemas/policy.schema.json', '../../../schemas/policy.schema.json'];

/** Path of the committed policy JSON Schema (schemas/policy.schema.json). */
export function policySchemaPath(): string {
  for (const rel of CANDIDATES) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  throw new Error('schemas/policy.schema.json is missing from the installation');
}

let cached: Record<string, unknown> | undefined;

/** The policy JSON Schema (draft-07), read once. */
export function policySchema(): Record<string, unknown> {
  cached ??= JSON.parse(readFileSync(policySchemaPath(), 'utf8')) as Record<string, unknown>;
  return cached;
}
