import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GSError } from '../../../src/errors.js';
import type { Finding } from '../../../src/types.js';
import { createAnalyzer } from '../../../src/detect/analyzer.js';
import { createAzureEngine, estimateAzureCost, mergeFindings, type AzureEngineOptions } from '../../../src/detect/azure/index.js';
import { splitForService } from '../../../src/detect/azure/split.js';
import { PII_PATH, startFakeLanguageServer, type FakeLanguageServer } from '../../helpers/fake-language-server.js';

let fake: FakeLanguageServer;
beforeAll(async () => {
  fake = await startFakeLanguageServer();
});
afterAll(async () => {
  await fake.close();
});
afterEach(() => fake.reset());

const engine = (extra: Partial<AzureEngineOptions> = {}) => createAzureEngine({ endpoint: fake.endpoint, key: fake.key, retryDelayInMs: 50, ...extra });

/** The substring each finding covers: what the pipeline would mask. */
const covered = (text: string, fs: Finding[] | GSError) => {
  if (fs instanceof GSError) throw fs;
  return fs.map((f) => [f.entity, text.slice(f.start, f.end)]);
};

describe('mapping and offsets', () => {
  it('maps service categories to canonical entities with UTF-16 offsets in emoji text', async () => {
    const text = '👩‍👩‍👧 Jane Doe 👍🏽 wrote from jane.doe@contoso.com 🇫🇷 about 859-98-0987 and 𝒳 DE89370400440532013000';
    const [res] = await engine().analyzeBatch([{ text }]);
    expect(covered(text, res!)).toEqual([
      ['PERSON', 'Jane Doe'],
      ['EMAIL', 'jane.doe@contoso.com'],
      ['US_SSN', '859-98-0987'],
      ['IBAN', 'DE89370400440532013000'],
    ]);
    const f = (res as Finding[])[0]!;
    expect(f).toMatchObject({ score: 0.98, recognizer: 'azure:Person', engine: 'azure' });
    // the request asked for UTF-16 offsets, as the SDK must
    expect(fake.requests[0]!.query.stringIndexType).toBe('Utf16CodeUnit');
  });

  it('keeps unknown categories as AZURE_<Category> and maps secrets, dates, addresses', async () => {
    const text = 'ZZ-FUTURE-42 / DEUTDEFF / AccountKey=c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0 / 1 Microsoft Way, Redmond, WA 98052 / last week / 111000025';
    const [res] = await engine().analyzeBatch([{ text }]);
    expect(covered(text, res!)).toEqual([
      ['AZURE_FutureIdentifierNumber', 'ZZ-FUTURE-42'],
      ['AZURE_SWIFTCode', 'DEUTDEFF'],
      ['SECRET', 'AccountKey=c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0'],
      ['LOCATION', '1 Microsoft Way, Redmond, WA 98052'],
      ['DATE_TIME', 'last week'],
      ['US_BANK_NUMBER', '111000025'],
    ]);
  });

  it('passes domain phi, categories, model version and language through the query and body', async () => {
    const text = 'Jane Doe, NHS 943 476 5919, 859-98-0987';
    const plain = await engine().analyzeBatch([{ text }]);
    expect(covered(text, plain[0]!).map((c) => c[0])).toEqual(['PERSON', 'US_SSN']);
    const phi = await engine({ domain: 'phi', categories: ['Person', 'UKNationalHealthNumber'], modelVersion: '2021-01-15', language: 'en' }).analyzeBatch([
      { text },
      { text: 'Jane Doe', language: 'fr' },
    ]);
    expect(covered(text, phi[0]!)).toEqual([
      ['PERSON', 'Jane Doe'],
      ['HEALTH', '943 476 5919'],
    ]);
    const q = fake.requests.at(-1)!;
    expect(q.query).toMatchObject({ domain: 'PHI', piiCategories: 'Person,UKNationalHealthNumber', 'model-version': '2021-01-15', stringIndexType: 'Utf16CodeUnit' });
    expect(q.body!.documents!.map((d) => d.language)).toEqual(['en', 'fr']);
    expect(q.headers['ocp-apim-subscription-key']).toBe(fake.key);
  });

  it('answers blank texts without sending them', async () => {
    const e = engine();
    const res = await e.analyzeBatch([{ text: '' }, { text: '  \n' }]);
    expect(res).toEqual([[], []]);
    expect(fake.requests).toHaveLength(0);
    expect(e.stats().requests).toBe(0);
  });
});

describe('batching and splitting', () => {
  it('sends 12 texts as 3 requests of at most 5 documents, results in input order', async () => {
    const texts = Array.from({ length: 12 }, (_, i) => ({ text: i % 3 === 0 ? `row ${i}: call Jane Doe` : `row ${i}: nothing` }));
    const e = engine();
    const res = await e.analyzeBatch(texts);
    expect(fake.requests.map((r) => r.body!.documents!.length)).toEqual([5, 5, 2]);
    expect(res.map((r) => (r as Finding[]).length)).toEqual(texts.map((_, i) => (i % 3 === 0 ? 1 : 0)));
    expect(e.stats()).toMatchObject({ requests: 3, documents: 12, throttled: 0 });
    expect(estimateAzureCost(texts.map((t) => t.text))).toMatchObject({ requests: 3, documents: 12, characters: e.stats().characters });
  });

  it('splits a long field at safe boundaries and finds entities across split points at exact offsets', async () => {
    // ~30,000 characters with entities every ~1,000 characters (so some straddle piece edges), emoji included.
    const values = ['Jane Doe', '859-98-0987', '1 Microsoft Way, Redmond, WA 98052', 'jane.doe@contoso.com'];
    let text = '';
    const expected: Array<[string, number]> = [];
    for (let i = 0; text.length < 30_000; i++) {
      text += `Sentence ${i} 😀 filler words go here to pad the line out a bit more. `.repeat(12);
      const v = values[i % values.length]!;
      expected.push([v, text.length]);
      text += `${v} `;
    }
    const e = engine();
    const [res] = await e.analyzeBatch([{ text }]);
    const fs = res as Finding[];
    expect(fs.map((f) => [text.slice(f.start, f.end), f.start])).toEqual(expected);
    // every piece respected the service limit (the fake rejects >5,120 text elements) and was split
    const docs = fake.requests.flatMap((r) => r.body!.documents!);
    expect(docs.length).toBeGreaterThan(6);
    expect(fake.requests.every((r) => r.body!.documents!.length <= 5)).toBe(true);
    expect(e.stats().documents).toBe(docs.length);
    expect(estimateAzureCost([text])).toMatchObject({ documents: docs.length, requests: fake.requests.length, characters: e.stats().characters });
  });

  it('does not lose an entity that straddles the cut between two pieces', async () => {
    // Fillers without whitespace force a hard cut; with spaces the cut lands on a space inside the value;
    // emoji make UTF-16 offsets differ from text elements. Each case is checked to really straddle a cut.
    const cases = [
      { filler: 'x', value: '859-98-0987', entity: 'US_SSN' },
      { filler: 'ab ', value: '1 Microsoft Way, Redmond, WA 98052', entity: 'LOCATION' },
      { filler: '😀', value: 'Jane Doe', entity: 'PERSON' },
      { filler: '👍🏽 ', value: '4111 1111 1111 1111', entity: 'CREDIT_CARD' },
    ];
    for (const c of cases) {
      const filler = c.filler.repeat(6000);
      const firstCut = splitForService(filler + c.value + filler)[0]!.end;
      let tried = 0;
      for (let back = 1; back < c.value.length && tried < 3; back++) {
        const head = filler.slice(0, firstCut - back - ((firstCut - back) % c.filler.length)); // whole fillers only
        const full = head + c.value + c.filler.repeat(2000);
        const at = head.length;
        const cut = splitForService(full)[0]!.end;
        if (!(cut > at && cut < at + c.value.length)) continue; // the cut fell outside the value: not this test
        tried++;
        fake.reset();
        const [res] = await engine().analyzeBatch([{ text: full }]);
        expect(covered(full, res!), c.entity).toEqual([[c.entity, c.value]]);
        expect((res as Finding[])[0]!.start).toBe(at);
      }
      expect(tried, `${c.entity}: some cut falls inside the value`).toBeGreaterThan(0);
    }
  });
});

describe('every document id is accounted for', () => {
  it('turns an id the service left out into an error in that slot only', async () => {
    fake.dropDocuments('LOST');
    const res = await engine().analyzeBatch([{ text: 'Jane Doe' }, { text: 'LOST Jane Doe', location: { file: 'chat.jsonl', line: 7, field: '/messages/1/content' } }, { text: '859-98-0987' }]);
    expect(res[0]).toHaveLength(1);
    expect(res[2]).toHaveLength(1);
    const err = res[1] as GSError;
    expect(err).toBeInstanceOf(GSError);
    expect(err.code).toBe('AZURE_DOCUMENT_ERROR');
    expect(err.format()).toContain('chat.jsonl:7');
    expect(err.message).toContain('no result');
    expect(err.message).not.toContain('Jane');
  });

  it('turns a per-document service error into a GSError, other documents unaffected', async () => {
    fake.failDocuments('BROKEN', { innerCode: 'InvalidDocument', innerMessage: 'Document text is invalid.' });
    const res = await engine().analyzeBatch([{ text: 'BROKEN Jane Doe' }, { text: 'Jane Doe' }, { text: 'Jane Doe', language: 'xx' }]);
    expect(res[0]).toBeInstanceOf(GSError);
    expect((res[0] as GSError).code).toBe('AZURE_DOCUMENT_ERROR');
    expect((res[0] as GSError).message).toContain('InvalidDocument');
    expect((res[0] as GSError).exitCode).toBe(3);
    expect(res[1]).toHaveLength(1);
    expect((res[2] as GSError).message).toContain('UnsupportedLanguageCode');
    expect((res[2] as GSError).hint).toContain('--azure-language');
  });

  it('fails the whole field when one of its pieces fails', async () => {
    const text = 'word '.repeat(3000) + 'BROKEN ' + 'word '.repeat(100);
    fake.failDocuments('BROKEN');
    const [res] = await engine().analyzeBatch([{ text }]);
    expect(res).toBeInstanceOf(GSError);
  });
});

describe('service errors', () => {
  it('retries a 429 after Retry-After and succeeds', async () => {
    fake.throttleNext(1, 1);
    const e = engine();
    const t0 = Date.now();
    const [res] = await e.analyzeBatch([{ text: 'Jane Doe' }]);
    expect(res).toHaveLength(1);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(e.stats()).toMatchObject({ requests: 1, throttled: 1 });
  });

  it('gives up with AZURE_FAILED when the service keeps throttling', async () => {
    fake.throttleNext(5, 0);
    const err = await engine({ maxRetries: 1 }).analyzeBatch([{ text: 'Jane Doe' }]).catch((x) => x);
    expect(err).toBeInstanceOf(GSError);
    expect(err.code).toBe('AZURE_FAILED');
    expect(err.exitCode).toBe(4);
    expect(err.message).toContain('429');
    expect(fake.requests).toHaveLength(2);
  });

  it('does not sit out an absurd Retry-After (quota) answer', async () => {
    fake.throttleNext(1, 1_296_000);
    const t0 = Date.now();
    const err = await engine().analyzeBatch([{ text: 'Jane Doe' }]).catch((x) => x);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(err.code).toBe('AZURE_FAILED');
    expect(err.message).toContain('1296000');
  });

  it('reports a wrong key as AZURE_AUTH with a hint, never echoing the key', async () => {
    const wrongKey = 'wrong-key-do-not-print-9f8e7d';
    const err = await engine({ key: wrongKey }).analyzeBatch([{ text: 'Jane Doe' }]).catch((x) => x);
    expect(err).toBeInstanceOf(GSError);
    expect(err.code).toBe('AZURE_AUTH');
    expect(err.exitCode).toBe(4);
    expect(err.message).toContain('401');
    expect(err.hint).toContain('AZURE_LANGUAGE_KEY');
    expect(err.format()).not.toContain(wrongKey);
    expect(JSON.stringify(err)).not.toContain(wrongKey);
    expect(fake.requests).toHaveLength(1); // 401 is not retried
  });

  it('reports a 400 with the service error code and message', async () => {
    const err = await engine({ modelVersion: '1999-01-01' }).analyzeBatch([{ text: 'Jane Doe' }]).catch((x) => x);
    expect(err.code).toBe('AZURE_FAILED');
    expect(err.message).toContain('HTTP 400');
    expect(err.message).toContain('ModelVersionIncorrect');
    expect(err.message).not.toContain('Jane');
  });

  it('reports a wrong endpoint path as AZURE_UNREACHABLE (404)', async () => {
    const err = await engine({ endpoint: `${fake.endpoint}/wrong` }).analyzeBatch([{ text: 'Jane Doe' }]).catch((x) => x);
    expect(err.code).toBe('AZURE_UNREACHABLE');
    expect(err.hint).toContain('AZURE_LANGUAGE_ENDPOINT');
  });

  it('reports a closed port as AZURE_UNREACHABLE', async () => {
    const other = await startFakeLanguageServer();
    const endpoint = other.endpoint;
    await other.close();
    const err = await createAzureEngine({ endpoint, key: 'k', maxRetries: 0 }).analyzeBatch([{ text: 'Jane Doe' }]).catch((x) => x);
    expect(err).toBeInstanceOf(GSError);
    expect(err.code).toBe('AZURE_UNREACHABLE');
  });

  it('reports a service that does not answer in time as AZURE_UNREACHABLE', async () => {
    fake.delayMs = 400;
    const err = await engine({ timeoutMs: 100, maxRetries: 0 }).analyzeBatch([{ text: 'Jane Doe' }]).catch((x) => x);
    expect(err).toBeInstanceOf(GSError);
    expect(err.code).toBe('AZURE_UNREACHABLE');
    expect(err.message).toContain('did not answer');
  });

  it('retries a 503 and then succeeds', async () => {
    fake.injectNext(1, { status: 503, body: { error: { code: 'InternalServerError', message: 'Internal Server Error' } } });
    const [res] = await engine().analyzeBatch([{ text: 'Jane Doe' }]);
    expect(res).toHaveLength(1);
    expect(fake.requests.map((r) => r.status)).toEqual([503, 200]);
  });
});

describe('--engine both', () => {
  it('merges local analyzer findings with Azure findings, keeping which engine found what', async () => {
    const text = 'Jane Doe <jane.doe@contoso.com> token ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';
    const localFindings = createAnalyzer().analyze(text);
    const [azureFindings] = await engine().analyzeBatch([{ text }]);
    const merged = mergeFindings(localFindings, azureFindings as Finding[]);
    expect(merged.map((f) => [f.entity, text.slice(f.start, f.end)])).toEqual([
      ['PERSON', 'Jane Doe'],
      ['EMAIL', 'jane.doe@contoso.com'],
      ['SECRET', 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'],
    ]);
    expect(merged[0]!.engine).toBe('azure'); // only Azure finds names here
    expect(merged[2]!.engine).toBe('local'); // only the local engine knows GitHub tokens
  });
});

describe('concurrency', () => {
  it('keeps at most maxConcurrency requests in flight', async () => {
    fake.delayMs = 80;
    const texts = Array.from({ length: 40 }, (_, i) => ({ text: `t${i} Jane Doe` }));
    const res = await engine({ maxConcurrency: 3 }).analyzeBatch(texts);
    expect(res.every((r) => Array.isArray(r) && r.length === 1)).toBe(true);
    expect(fake.requests).toHaveLength(8);
    expect(fake.maxInFlight).toBe(3);
  });
});

describe('cache', () => {
  it('answers a re-run from the cache without any request, and stores no text', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gs-azure-cache-'));
    try {
      const texts = [{ text: 'Jane Doe at jane.doe@contoso.com' }, { text: 'nothing to see' }, { text: '👍🏽 859-98-0987' }];
      const first = engine({ cacheDir: dir });
      const a = await first.analyzeBatch(texts);
      expect(fake.requests).toHaveLength(1);
      fake.reset();
      const second = engine({ cacheDir: dir });
      const b = await second.analyzeBatch(texts);
      expect(fake.requests).toHaveLength(0);
      expect(b).toEqual(a);
      expect(second.stats()).toMatchObject({ requests: 0, cacheHits: 3 });
      // other parameters are other cache entries
      await engine({ cacheDir: dir, domain: 'phi' }).analyzeBatch(texts.slice(0, 1));
      expect(fake.requests).toHaveLength(1);
      // files hold offsets and entities only
      for (const sub of await readdir(dir)) {
        for (const f of await readdir(join(dir, sub))) {
          const body = await readFile(join(dir, sub, f), 'utf8');
          expect(body).not.toMatch(/Jane|contoso|859-98/);
          expect(f).toMatch(/^[0-9a-f]{64}\.json$/);
        }
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('does not cache per-document errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gs-azure-cache-'));
    try {
      fake.failDocuments('BROKEN');
      await engine({ cacheDir: dir }).analyzeBatch([{ text: 'BROKEN' }]);
      fake.reset();
      const [res] = await engine({ cacheDir: dir }).analyzeBatch([{ text: 'BROKEN' }]);
      expect(res).toEqual([]);
      expect(fake.requests).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('construction', () => {
  it('refuses plain http to a non-loopback host and token auth over http', () => {
    expect(() => createAzureEngine({ endpoint: 'http://example.com', key: 'k' })).toThrow(/https/);
    const credential = { getToken: async () => ({ token: 't', expiresOnTimestamp: Date.now() + 60_000 }) };
    expect(() => createAzureEngine({ endpoint: fake.endpoint, credential })).toThrow(/https endpoint/);
  });

  it('talks to the documented path', async () => {
    await engine().analyzeBatch([{ text: 'Jane Doe' }]);
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: PII_PATH, status: 200 });
  });
});
