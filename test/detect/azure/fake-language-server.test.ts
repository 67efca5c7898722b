/**
 * The fake service must behave like the documented one, or the engine tests
 * prove nothing: these tests pin its contract with raw HTTP and the real SDK.
 */
import { AzureKeyCredential, TextAnalyticsClient } from '@azure/ai-text-analytics';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_VERSION, PII_PATH, startFakeLanguageServer, type FakeLanguageServer } from '../../helpers/fake-language-server.js';

let fake: FakeLanguageServer;
beforeAll(async () => {
  fake = await startFakeLanguageServer();
});
afterAll(async () => {
  await fake.close();
});
afterEach(() => fake.reset());

const post = (body: unknown, query = '?stringIndexType=Utf16CodeUnit', headers: Record<string, string> = {}) =>
  fetch(`${fake.endpoint}${PII_PATH}${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'ocp-apim-subscription-key': fake.key, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const client = () => new TextAnalyticsClient(fake.endpoint, new AzureKeyCredential(fake.key), { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } });

describe('fake Language service contract (v3.1 PII)', () => {
  it('answers with the service response shape', async () => {
    const res = await post({ documents: [{ id: '1', text: 'Call Jane Doe at (425) 555-0199', language: 'en' }] });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({
      documents: [
        {
          id: '1',
          redactedText: 'Call ******** at **************',
          entities: [
            { text: 'Jane Doe', category: 'Person', offset: 5, length: 8, confidenceScore: 0.98 },
            { text: '(425) 555-0199', category: 'PhoneNumber', offset: 17, length: 14, confidenceScore: 0.8 },
          ],
          warnings: [],
        },
      ],
      errors: [],
      modelVersion: MODEL_VERSION,
    });
  });

  it('measures offsets in the requested unit, text elements by default', async () => {
    const text = '👩‍👩‍👧 SSN: 859-98-0987';
    const offsetFor = async (query: string) => ((await (await post({ documents: [{ id: '0', text }] }, query)).json()) as any).documents[0].entities[0].offset;
    expect(await offsetFor('?stringIndexType=Utf16CodeUnit')).toBe(text.indexOf('859'));
    expect(await offsetFor('?stringIndexType=UnicodeCodePoint')).toBe(11);
    expect(await offsetFor('')).toBe(7);
  });

  it('refuses a missing or wrong key with the gateway 401 body', async () => {
    const res = await post({ documents: [{ id: '1', text: 'x' }] }, '', { 'ocp-apim-subscription-key': 'nope' });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).error.message).toMatch(/^Access denied due to invalid subscription key/);
  });

  it('answers 404 on other paths', async () => {
    const res = await fetch(`${fake.endpoint}/text/analytics/v3.0/entities/recognition/pii`, { method: 'POST' });
    expect(res.status).toBe(404);
  });

  it('rejects bad batches and parameters with the service 400 shapes', async () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ id: String(i), text: 'x' }));
    const tooMany = (await (await post({ documents: six })).json()) as any;
    expect(tooMany.error).toMatchObject({ code: 'InvalidRequest', innererror: { code: 'InvalidDocumentBatch' } });
    expect(((await (await post({ documents: [] })).json()) as any).error.innererror.code).toBe('MissingInputRecords');
    expect((await post('{not json')).status).toBe(400);
    expect((await post({ documents: [{ id: '1', text: 'a' }, { id: '1', text: 'b' }] })).status).toBe(400);
    expect((await post({ documents: [{ id: '1', text: 'a' }] }, '?piiCategories=Person,Bogus')).status).toBe(400);
    expect((await post({ documents: [{ id: '1', text: 'a' }] }, '?domain=health')).status).toBe(400);
    expect((await post({ documents: [{ id: '1', text: 'a' }] }, '?stringIndexType=Bytes')).status).toBe(400);
    expect((await post({ documents: [{ id: '1', text: 'a' }] }, '?api-key=1')).status).toBe(400);
    expect((await post({ documents: [{ id: '1', text: 'x'.repeat(1_100_000) }] })).status).toBe(413);
  });

  it('reports oversize, empty and wrongly-languaged documents per document', async () => {
    const body = (await (
      await post({
        documents: [
          { id: 'big', text: '👍🏽'.repeat(5121) },
          { id: 'ok', text: '👍🏽'.repeat(5120) },
          { id: 'empty', text: '' },
          { id: 'lang', text: 'hello', language: 'xx' },
        ],
      })
    ).json()) as any;
    expect(body.documents.map((d: any) => d.id)).toEqual(['ok']);
    expect(body.errors.map((e: any) => [e.id, e.error.innererror.code])).toEqual([
      ['big', 'InvalidDocument'],
      ['empty', 'InvalidDocument'],
      ['lang', 'UnsupportedLanguageCode'],
    ]);
  });

  it('through the real SDK: >5 documents is a RestError 400, per-document errors use the inner code', async () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ id: String(i), text: 'Jane Doe' }));
    const err = await client().recognizePiiEntities(six).catch((e) => e);
    expect(err.statusCode).toBe(400);
    expect(err.code).toBe('InvalidRequest');
    const res = await client().recognizePiiEntities([{ id: 'a', text: 'Jane Doe', language: 'xx' }]);
    expect(res[0]!.error!.code).toBe('UnsupportedLanguageCode');
  });

  it('through the real SDK: a dropped id silently disappears (why the engine checks ids)', async () => {
    fake.dropDocuments('LOST');
    const res = await client().recognizePiiEntities([
      { id: 'a', text: 'Jane Doe' },
      { id: 'b', text: 'LOST' },
    ]);
    expect(res.map((r) => r.id)).toEqual(['a']);
  });

  it('through the real SDK: bearer tokens are refused over plain http (why http needs a key)', async () => {
    const credential = { getToken: async () => ({ token: 't', expiresOnTimestamp: Date.now() + 3_600_000 }) };
    const c = new TextAnalyticsClient(fake.endpoint, credential, { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } });
    await expect(c.recognizePiiEntities(['Jane Doe'])).rejects.toThrow(/non-TLS|https/i);
    expect(fake.requests).toHaveLength(0);
  });

  it('honours categories and the PHI domain', async () => {
    const text = 'Jane Doe 943 476 5919 last week';
    const cats = (q: string) => post({ documents: [{ id: '0', text }] }, q).then(async (r) => ((await r.json()) as any).documents[0].entities.map((e: any) => e.category));
    expect(await cats('?stringIndexType=Utf16CodeUnit')).toEqual(['Person', 'DateTime']);
    expect(await cats('?stringIndexType=Utf16CodeUnit&domain=PHI')).toEqual(['Person', 'UKNationalHealthNumber', 'DateTime']);
    expect(await cats('?stringIndexType=Utf16CodeUnit&piiCategories=Date')).toEqual(['DateTime']);
  });
});
