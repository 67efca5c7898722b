import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../../types.js';

/** What identifies one Azure answer besides the text. */
export interface CacheParams {
  language?: string;
  domain?: string;
  categories?: readonly string[];
  modelVersion?: string;
}

/**
 * On-disk cache of Azure findings, one small JSON file per (text, parameters):
 * `<dir>/<2 hex>/<64 hex>.json` holding only offsets, entities, scores and the
 * model version, never the text. A file that cannot be read is a miss.
 */
export interface ResultCache {
  get(text: string, params: CacheParams): Promise<Finding[] | undefined>;
  put(text: string, params: CacheParams, findings: readonly Finding[], modelVersion?: string): Promise<void>;
}

interface CacheFile {
  v: 1;
  modelVersion?: string;
  findings: Array<{ entity: string; start: number; end: number; score: number; recognizer: string }>;
}

/** Bump when the meaning of cached findings changes (mapping, splitting). */
const CACHE_FORMAT = 'genai-sanitize/azure-pii/v3.1/1';

export function createResultCache(dir: string, secret?: Uint8Array): ResultCache {
  const keyOf = (text: string, p: CacheParams): string => {
    const material = JSON.stringify([
      CACHE_FORMAT,
      p.language ?? '',
      p.domain ?? 'none',
      [...(p.categories ?? [])].sort(),
      p.modelVersion ?? 'latest',
      text,
    ]);
    return secret ? createHmac('sha256', secret).update(material).digest('hex') : createHash('sha256').update(material).digest('hex');
  };
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);

  return {
    async get(text, params) {
      let raw: string;
      try {
        raw = await readFile(pathOf(keyOf(text, params)), 'utf8');
      } catch {
        return undefined;
      }
      try {
        const file = JSON.parse(raw) as CacheFile;
        if (file.v !== 1 || !Array.isArray(file.findings)) return undefined;
        const ok = file.findings.every(
          (f) => typeof f.entity === 'string' && Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= text.length && f.start < f.end && typeof f.score === 'number',
        );
        if (!ok) return undefined;
        return file.findings.map((f) => ({ ...f, engine: 'azure' as const }));
      } catch {
        return undefined;
      }
    },
    async put(text, params, findings, modelVersion) {
      const key = keyOf(text, params);
      const file: CacheFile = {
        v: 1,
        modelVersion,
        findings: findings.map(({ entity, start, end, score, recognizer }) => ({ entity, start, end, score, recognizer })),
      };
      const target = pathOf(key);
      await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(tmp, JSON.stringify(file), { mode: 0o600 });
      await rename(tmp, target);
    },
  };
}
