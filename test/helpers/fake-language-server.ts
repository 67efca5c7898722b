/**
 * A contract-faithful stand-in for Azure AI Language PII (REST v3.1, the API
 * @azure/ai-text-analytics@5.1.0 calls), on 127.0.0.1 and a free port.
 *
 * It validates what the real service validates (path, query parameters, the
 * Ocp-Apim-Subscription-Key header, body shape, the 5-document / 5,120-text-
 * element / 1 MB limits, languages, categories) and answers with the service's
 * shapes: `{documents:[{id, redactedText, entities:[{text, category,
 * subcategory?, offset, length, confidenceScore}], warnings}], errors:[{id,
 * error:{code, message, innererror}}], modelVersion}`, and the gateway's
 * 401/404/429 bodies. Entities are found deterministically from a table of
 * known values, with offsets in the requested stringIndexType (so a client
 * that forgets Utf16CodeUnit gets wrong offsets for non-BMP text, like the
 * real service). Sources: ../shared/notes/azure-contract.md, the v3.1
 * TextAnalytics.json spec and the SDK's recordings.
 *
 * Fault injection: `injectNext` (e.g. 429 + Retry-After), `failDocuments`
 * (per-document error), `dropDocuments` (id missing from both lists),
 * `delayMs` (to observe concurrency).
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

export const PII_PATH = '/text/analytics/v3.1/entities/recognition/pii';
export const MODEL_VERSION = '2021-01-15';
const MAX_DOCUMENTS = 5;
const MAX_TEXT_ELEMENTS = 5120;
const MAX_REQUEST_BYTES = 1024 * 1024;

/** A value the fake "recognizes" wherever it occurs. */
export interface KnownValue {
  text: string;
  category: string;
  subcategory?: string;
  score: number;
  /** Only reported with domain=PHI. */
  phiOnly?: boolean;
}

/** Default table: realistic but fictitious values. */
export const KNOWN_VALUES: readonly KnownValue[] = Object.freeze([
  { text: 'Jane Doe', category: 'Person', score: 0.98 },
  { text: 'Contoso Ltd', category: 'Organization', score: 0.87 },
  { text: 'jane.doe@contoso.com', category: 'Email', score: 0.8 },
  { text: '(425) 555-0199', category: 'PhoneNumber', score: 0.8 },
  { text: '859-98-0987', category: 'USSocialSecurityNumber', score: 0.85 },
  { text: '4111 1111 1111 1111', category: 'CreditCardNumber', score: 0.9 },
  { text: '10.1.2.3', category: 'IPAddress', score: 0.8 },
  { text: 'DE89370400440532013000', category: 'InternationalBankingAccountNumber', score: 0.8 },
  { text: '1 Microsoft Way, Redmond, WA 98052', category: 'Address', score: 0.9 },
  { text: 'https://contoso.example/profile', category: 'URL', score: 0.8 },
  { text: '111000025', category: 'ABARoutingNumber', score: 0.75 },
  { text: '998.214.865-68', category: 'BRCPFNumber', score: 0.85 },
  { text: 'last week', category: 'DateTime', subcategory: 'DateRange', score: 0.8 },
  { text: 'AccountKey=c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0', category: 'AzureStorageAccountKey', score: 0.85 },
  { text: 'DEUTDEFF', category: 'SWIFTCode', score: 0.7 },
  { text: 'ZZ-FUTURE-42', category: 'FutureIdentifierNumber', score: 0.66 },
  { text: '943 476 5919', category: 'UKNationalHealthNumber', score: 0.85, phiOnly: true },
]);

/** Categories the v3.1 `piiCategories` parameter accepts (spec enum PiiCategory). */
export const PII_CATEGORIES = new Set(
  (
    'ABARoutingNumber ARNationalIdentityNumber AUBankAccountNumber AUDriversLicenseNumber AUMedicalAccountNumber AUPassportNumber ' +
    'AUTaxFileNumber AUBusinessNumber AUCompanyNumber ATIdentityCard ATTaxIdentificationNumber ATValueAddedTaxNumber AzureDocumentDBAuthKey ' +
    'AzureIAASDatabaseConnectionAndSQLString AzureIoTConnectionString AzurePublishSettingPassword AzureRedisCacheString AzureSAS ' +
    'AzureServiceBusString AzureStorageAccountKey AzureStorageAccountGeneric BENationalNumber BENationalNumberV2 BEValueAddedTaxNumber ' +
    'BRCPFNumber BRLegalEntityNumber BRNationalIDRG BGUniformCivilNumber CABankAccountNumber CADriversLicenseNumber CAHealthServiceNumber ' +
    'CAPassportNumber CAPersonalHealthIdentification CASocialInsuranceNumber CLIdentityCardNumber CNResidentIdentityCardNumber ' +
    'CreditCardNumber HRIdentityCardNumber HRNationalIDNumber HRPersonalIdentificationNumber HRPersonalIdentificationOIBNumberV2 ' +
    'CYIdentityCard CYTaxIdentificationNumber CZPersonalIdentityNumber CZPersonalIdentityV2 DKPersonalIdentificationNumber ' +
    'DKPersonalIdentificationV2 DrugEnforcementAgencyNumber EEPersonalIdentificationCode EUDebitCardNumber EUDriversLicenseNumber ' +
    'EUGPSCoordinates EUNationalIdentificationNumber EUPassportNumber EUSocialSecurityNumber EUTaxIdentificationNumber ' +
    'FIEuropeanHealthNumber FINationalID FINationalIDV2 FIPassportNumber FRDriversLicenseNumber FRHealthInsuranceNumber FRNationalID ' +
    'FRPassportNumber FRSocialSecurityNumber FRTaxIdentificationNumber FRValueAddedTaxNumber DEDriversLicenseNumber DEPassportNumber ' +
    'DEIdentityCardNumber DETaxIdentificationNumber DEValueAddedNumber GRNationalIDCard GRNationalIDV2 GRTaxIdentificationNumber ' +
    'HKIdentityCardNumber HUValueAddedNumber HUPersonalIdentificationNumber HUTaxIdentificationNumber INPermanentAccount ' +
    'INUniqueIdentificationNumber IDIdentityCardNumber InternationalBankingAccountNumber IEPersonalPublicServiceNumber ' +
    'IEPersonalPublicServiceNumberV2 ILBankAccountNumber ILNationalID ITDriversLicenseNumber ITFiscalCode ITValueAddedTaxNumber ' +
    'JPBankAccountNumber JPDriversLicenseNumber JPPassportNumber JPResidentRegistrationNumber JPSocialInsuranceNumber ' +
    'JPMyNumberCorporate JPMyNumberPersonal JPResidenceCardNumber LVPersonalCode LTPersonalCode LUNationalIdentificationNumberNatural ' +
    'LUNationalIdentificationNumberNonNatural MYIdentityCardNumber MTIdentityCardNumber MTTaxIDNumber NLCitizensServiceNumber ' +
    'NLCitizensServiceNumberV2 NLTaxIdentificationNumber NLValueAddedTaxNumber NZBankAccountNumber NZDriversLicenseNumber ' +
    'NZInlandRevenueNumber NZMinistryOfHealthNumber NZSocialWelfareNumber NOIdentityNumber PHUnifiedMultiPurposeIDNumber ' +
    'PLIdentityCard PLNationalID PLNationalIDV2 PLPassportNumber PLTaxIdentificationNumber PLREGONNumber PTCitizenCardNumber ' +
    'PTCitizenCardNumberV2 PTTaxIdentificationNumber ROPersonalNumericalCode RUPassportNumberDomestic RUPassportNumberInternational ' +
    'SANationalID SGNationalRegistrationIdentityCardNumber SKPersonalNumber SITaxIdentificationNumber SIUniqueMasterCitizenNumber ' +
    'ZAIdentificationNumber KRResidentRegistrationNumber ESDNI ESSocialSecurityNumber ESTaxIdentificationNumber ' +
    'SQLServerConnectionString SENationalID SENationalIDV2 SEPassportNumber SETaxIdentificationNumber SWIFTCode CHSocialSecurityNumber ' +
    'TWNationalID TWPassportNumber TWResidentCertificate THPopulationIdentificationCode TRNationalIdentificationNumber ' +
    'UKDriversLicenseNumber UKElectoralRollNumber UKNationalHealthNumber UKNationalInsuranceNumber UKUniqueTaxpayerNumber ' +
    'USUKPassportNumber USBankAccountNumber USDriversLicenseNumber USIndividualTaxpayerIdentification USSocialSecurityNumber ' +
    'UAPassportNumberDomestic UAPassportNumberInternational Organization Email URL Age PhoneNumber IPAddress Date Person Address All Default'
  ).split(' '),
);

/** Response categories that filter names select (a filter `Date` returns `DateTime` entities). */
const FILTER_OF_CATEGORY: Record<string, string> = { DateTime: 'Date' };

const LANGUAGES = new Set(['en', 'es', 'fr', 'de', 'it', 'pt', 'pt-BR', 'pt-PT', 'ja', 'ko', 'zh', 'zh-Hans', 'zh-Hant', 'nl', 'sv', 'da', 'fi', 'no', 'nb', 'pl', 'ru', 'tr', 'cs', 'hu', 'ar']);
const STRING_INDEX_TYPES = new Set(['TextElement_v8', 'UnicodeCodePoint', 'Utf16CodeUnit']);
const MODEL_VERSIONS = new Set(['latest', MODEL_VERSION, '2020-07-01']);
const QUERY_KEYS = new Set(['model-version', 'showStats', 'loggingOptOut', 'stringIndexType', 'domain', 'piiCategories']);

/** One request as the fake saw it (headers lower-cased by Node). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed body, when it was JSON. */
  body?: { documents?: Array<{ id: string; text: string; language?: string }> };
  bytes: number;
  status: number;
  at: number;
}

/** An answer forced on the next request(s), before any validation except the key check. */
export interface InjectedAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface DocumentFailure {
  /** Outer error code (v3.1: InvalidArgument). */
  code?: string;
  message?: string;
  innerCode: string;
  innerMessage: string;
}

export interface FakeLanguageServer {
  /** `http://127.0.0.1:<port>`: pass as the client's endpoint (with allowInsecureConnection). */
  readonly endpoint: string;
  readonly key: string;
  readonly requests: RecordedRequest[];
  /** Largest number of requests handled at the same time. */
  readonly maxInFlight: number;
  /** Answers the next `n` requests with `answer` (checked after the key). */
  injectNext(n: number, answer: InjectedAnswer): void;
  /** The gateway's 429 with `Retry-After: seconds` for the next `n` requests. */
  throttleNext(n: number, retryAfterSeconds?: number): void;
  /** Documents whose text contains `marker` come back in `errors` with this error. */
  failDocuments(marker: string, failure?: Partial<DocumentFailure>): void;
  /** Documents whose text contains `marker` are left out of both `documents` and `errors`. */
  dropDocuments(marker: string): void;
  /** Delay every answer (to observe concurrency). */
  delayMs: number;
  reset(): void;
  close(): Promise<void>;
}

export interface FakeLanguageServerOptions {
  key?: string;
  values?: readonly KnownValue[];
}

export async function startFakeLanguageServer(opts: FakeLanguageServerOptions = {}): Promise<FakeLanguageServer> {
  const key = opts.key ?? 'fake-language-key-0123456789abcdef';
  const values = opts.values ?? KNOWN_VALUES;
  const requests: RecordedRequest[] = [];
  let injected: Array<InjectedAnswer> = [];
  let failures: Array<{ marker: string; failure: DocumentFailure }> = [];
  let drops: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let generation = 0; // reset() starts a new one, so answers still pending from before do not count

  const state = { delayMs: 0 };

  const server = createServer((req, res) => {
    const gen = generation;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (c: Buffer) => {
      bytes += c.length;
      if (bytes <= MAX_REQUEST_BYTES + 1) chunks.push(c);
    });
    req.on('end', () => {
      const answer = handle(req, Buffer.concat(chunks), bytes);
      const finish = () => {
        if (gen === generation) inFlight--;
        send(res, answer.status, answer.body, answer.headers);
      };
      if (state.delayMs > 0) setTimeout(finish, state.delayMs);
      else finish();
    });
  });

  function handle(req: IncomingMessage, raw: Buffer, bytes: number): InjectedAnswer {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query = Object.fromEntries(url.searchParams.entries());
    const rec: RecordedRequest = { method: req.method ?? '', path: url.pathname, query, headers: req.headers, bytes, status: 0, at: Date.now() };
    requests.push(rec);
    const answer = route(req, url, raw, bytes, rec);
    rec.status = answer.status;
    return answer;
  }

  function route(req: IncomingMessage, url: URL, raw: Buffer, bytes: number, rec: RecordedRequest): InjectedAnswer {
    if (url.pathname !== PII_PATH) return gateway(404, 'Resource not found');
    if (req.method !== 'POST') return gateway(405, 'Method not allowed');
    if (req.headers['ocp-apim-subscription-key'] !== key) {
      return gateway(
        401,
        'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
      );
    }
    const forced = injected.shift();
    if (forced) return forced;

    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return invalid(415, 'InvalidRequest', 'Invalid Request.', 'InvalidRequestBodyFormat', 'Content-Type must be application/json.');
    }
    if (bytes > MAX_REQUEST_BYTES) {
      return invalid(413, 'InvalidRequest', 'Invalid Request.', 'InvalidDocumentBatch', 'Request Payload sent is too large to be processed. Limit request size to: 1MB.');
    }

    // Query parameters (v3.1 carries options in the query string).
    const q = url.searchParams;
    for (const k of q.keys()) {
      if (!QUERY_KEYS.has(k)) return invalidParam(`Unknown query parameter: ${k}.`);
    }
    const indexType = q.get('stringIndexType') ?? 'TextElement_v8';
    if (!STRING_INDEX_TYPES.has(indexType)) return invalidParam('Invalid value for stringIndexType.');
    const modelVersion = q.get('model-version') ?? 'latest';
    if (!MODEL_VERSIONS.has(modelVersion)) {
      return invalid(400, 'InvalidArgument', 'Invalid Request.', 'ModelVersionIncorrect', `Invalid model version. Possible values are: ${[...MODEL_VERSIONS].join(',')}.`);
    }
    const domain = q.get('domain') ?? 'none';
    if (!/^(phi|none)$/i.test(domain)) return invalidParam('Invalid value for domain. Possible values are: PHI, none.');
    for (const flag of ['showStats', 'loggingOptOut']) {
      const v = q.get(flag);
      if (v !== null && v !== 'true' && v !== 'false') return invalidParam(`Invalid value for ${flag}.`);
    }
    const cats = q.get('piiCategories')?.split(',');
    if (cats && (cats.length === 0 || cats.some((c) => !PII_CATEGORIES.has(c)))) return invalidParam('Invalid value for piiCategories.');

    // Body.
    let body: RecordedRequest['body'];
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return invalid(400, 'InvalidRequest', 'Invalid Request.', 'InvalidRequestBodyFormat', 'Request body must be present and in the correct format.');
    }
    rec.body = body;
    const docs = body?.documents;
    if (!Array.isArray(docs)) return invalid(400, 'InvalidRequest', 'Invalid Request.', 'InvalidRequestBodyFormat', 'Request body must be present and in the correct format.');
    if (docs.length === 0) return invalid(400, 'InvalidRequest', 'Invalid Request.', 'MissingInputRecords', 'Missing input records.');
    if (docs.length > MAX_DOCUMENTS) {
      return invalid(400, 'InvalidRequest', 'Invalid Document in request.', 'InvalidDocumentBatch', `Batch request contains too many records. Max ${MAX_DOCUMENTS} records are permitted.`);
    }
    const ids = new Set<string>();
    for (const d of docs) {
      if (typeof d !== 'object' || d === null || typeof d.id !== 'string' || d.id === '' || typeof d.text !== 'string' || (d.language !== undefined && typeof d.language !== 'string')) {
        return invalid(400, 'InvalidRequest', 'Invalid Request.', 'InvalidRequestBodyFormat', 'Request body must be present and in the correct format.');
      }
      if (ids.has(d.id)) return invalid(400, 'InvalidArgument', 'Invalid document in request.', 'InvalidDocument', 'Request contains duplicated Ids. Make sure each document has a unique Id.');
      ids.add(d.id);
    }

    const out = { documents: [] as unknown[], errors: [] as unknown[], modelVersion: MODEL_VERSION } as Record<string, unknown>;
    let valid = 0;
    let records = 0;
    for (const d of docs) {
      if (drops.some((m) => d.text.includes(m))) continue;
      const failed = failures.find((f) => d.text.includes(f.marker));
      if (failed) {
        (out.errors as unknown[]).push(docError(d.id, failed.failure));
        continue;
      }
      const language = d.language ?? 'en';
      if (!LANGUAGES.has(language)) {
        (out.errors as unknown[]).push(
          docError(d.id, { code: 'InvalidArgument', message: 'Invalid Language Code.', innerCode: 'UnsupportedLanguageCode', innerMessage: `Invalid language code '${language}'. Supported languages: ${[...LANGUAGES].join(',')}. For additional details see https://aka.ms/text-analytics/language-support` }),
        );
        continue;
      }
      if (d.text.length === 0) {
        (out.errors as unknown[]).push(docError(d.id, { code: 'InvalidArgument', message: 'Invalid Document in request.', innerCode: 'InvalidDocument', innerMessage: 'Document text is empty.' }));
        continue;
      }
      const elements = graphemeCount(d.text);
      if (elements > MAX_TEXT_ELEMENTS) {
        (out.errors as unknown[]).push(
          docError(d.id, {
            code: 'InvalidArgument',
            message: 'Invalid document in request.',
            innerCode: 'InvalidDocument',
            innerMessage: `A document within the request was too large to be processed. Limit document size to: ${MAX_TEXT_ELEMENTS} text elements. For additional details on the data limitations see https://aka.ms/text-analytics-data-limits`,
          }),
        );
        continue;
      }
      valid++;
      records += Math.ceil(elements / 1000);
      const entities = detect(d.text, values, { phi: /^phi$/i.test(domain), categories: cats, indexType });
      const doc: Record<string, unknown> = { redactedText: redact(d.text, entities), id: d.id, entities: entities.map((e) => e.wire), warnings: [] };
      if (q.get('showStats') === 'true') doc.statistics = { charactersCount: elements, transactionsCount: Math.ceil(elements / 1000) };
      (out.documents as unknown[]).push(doc);
    }
    if (q.get('showStats') === 'true') {
      out.statistics = { documentsCount: docs.length, validDocumentsCount: valid, erroneousDocumentsCount: docs.length - valid, transactionsCount: records };
    }
    return { status: 200, body: out, headers: { 'csp-billing-usage': `CognitiveServices.TextAnalytics.BatchScoring=${valid},CognitiveServices.TextAnalytics.TextRecords=${records}` } };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    key,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(v: number) {
      state.delayMs = v;
    },
    injectNext(n, answer) {
      for (let i = 0; i < n; i++) injected.push(answer);
    },
    throttleNext(n, retryAfterSeconds = 1) {
      for (let i = 0; i < n; i++) {
        injected.push({
          status: 429,
          headers: { 'retry-after': String(retryAfterSeconds) },
          body: { error: { code: '429', message: `Requests to the Analyze Text Operation under Cognitive Services Language API have exceeded rate limit of your current TextAnalytics S pricing tier. Please retry after ${retryAfterSeconds} seconds. Please contact Azure support service if you would like to further increase the default rate limit.` } },
        });
      }
    },
    failDocuments(marker, failure = {}) {
      failures.push({
        marker,
        failure: {
          code: failure.code ?? 'InvalidArgument',
          message: failure.message ?? 'Invalid document in request.',
          innerCode: failure.innerCode ?? 'InvalidDocument',
          innerMessage: failure.innerMessage ?? 'Document text is invalid.',
        },
      });
    },
    dropDocuments(marker) {
      drops.push(marker);
    },
    reset() {
      requests.length = 0;
      injected = [];
      failures = [];
      drops = [];
      generation++;
      inFlight = 0;
      maxInFlight = 0;
      state.delayMs = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface FoundEntity {
  start: number;
  end: number;
  wire: { text: string; category: string; subcategory?: string; offset: number; length: number; confidenceScore: number };
}

/** Every occurrence of every known value, offsets in the requested unit, in text order. */
function detect(text: string, values: readonly KnownValue[], o: { phi: boolean; categories?: string[]; indexType: string }): FoundEntity[] {
  const all = !o.categories || o.categories.includes('All') || o.categories.includes('Default');
  const found: FoundEntity[] = [];
  for (const v of values) {
    if (v.phiOnly && !o.phi) continue;
    if (!all && !o.categories!.includes(FILTER_OF_CATEGORY[v.category] ?? v.category)) continue;
    for (let at = text.indexOf(v.text); at >= 0; at = text.indexOf(v.text, at + v.text.length)) {
      const offset = unitOffset(text, at, o.indexType);
      const length = unitOffset(text, at + v.text.length, o.indexType) - offset;
      found.push({
        start: at,
        end: at + v.text.length,
        wire: { text: v.text, category: v.category, ...(v.subcategory ? { subcategory: v.subcategory } : {}), offset, length, confidenceScore: v.score },
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function graphemeCount(s: string): number {
  let n = 0;
  for (const _ of segmenter.segment(s)) n++;
  return n;
}

/** Converts a UTF-16 index into the unit the client asked for. */
function unitOffset(text: string, utf16: number, indexType: string): number {
  const prefix = text.slice(0, utf16);
  if (indexType === 'Utf16CodeUnit') return utf16;
  if (indexType === 'UnicodeCodePoint') return [...prefix].length;
  return graphemeCount(prefix);
}

/** The service replaces each entity with `*` of the entity's length. */
function redact(text: string, entities: FoundEntity[]): string {
  const chars = text.split('');
  for (const e of entities) for (let i = e.start; i < e.end; i++) chars[i] = '*';
  return chars.join('');
}

function gateway(status: number, message: string): InjectedAnswer {
  return { status, body: { error: { code: String(status), message } } };
}

function invalid(status: number, code: string, message: string, innerCode: string, innerMessage: string): InjectedAnswer {
  return { status, body: { error: { code, message, innererror: { code: innerCode, message: innerMessage } } } };
}

function invalidParam(message: string): InjectedAnswer {
  return invalid(400, 'InvalidArgument', 'Invalid Request.', 'InvalidParameterValue', message);
}

function docError(id: string, f: DocumentFailure) {
  return { id, error: { code: f.code ?? 'InvalidArgument', message: f.message ?? 'Invalid document in request.', innererror: { code: f.innerCode, message: f.innerMessage } } };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'apim-request-id': randomUUID(),
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}
