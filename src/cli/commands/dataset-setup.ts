import { pipeline, type Duplex, type Readable } from 'node:stream';
import { GSError } from '../../errors.js';
import type { Finding } from '../../types.js';
import type { CommandIO } from '../io.js';
import type { DatasetOptions } from './dataset.js';
import type { BuiltContext } from '../../pipeline/context.js';
import { asyncEngineProcessor, type BatchProcessor } from '../../pipeline/processor.js';
import { BatchState, prepareBatch } from '../../pipeline/batch.js';
import { runPipeline, type RemoteIO } from '../../pipeline/run.js';
import type { Format } from '../../io/formats.js';
import { isBlobUrl } from '../../io/blob/url.js';
import { resolvePassphrase, requirePassphrase, DEFAULT_PASSPHRASE_ENV } from '../../crypto/passphrase.js';
import type { AzureEngineStats } from '../../detect/azure/index.js';

/**
 * Blob Storage for az:// and https://*.blob.core.windows.net inputs and
 * outputs; the SDK is loaded only when a Blob URL is used.
 */
export async function setupRemote(opts: DatasetOptions, io: CommandIO, inputs: string[]): Promise<RemoteIO | undefined> {
  const urls = [...inputs, ...(opts.output ? [opts.output] : [])];
  const endpoint = { endpoint: opts.blobEndpoint ?? io.env.AZURE_STORAGE_BLOB_ENDPOINT };
  if (!urls.some((u) => isBlobUrl(u, endpoint))) return undefined;
  const blob = await import('../../io/blob/index.js');
  const options = blob.blobOptionsFromEnv({ blobEndpoint: opts.blobEndpoint, concurrency: opts.concurrency }, io.env);
  return {
    isRemote: (u) => isBlobUrl(u, endpoint),
    listInputs: (u) => blob.listBlobInputs(u, options),
    outputLocation: (u) => blob.blobOutputLocation(u, options),
    outputTarget: (u) => blob.blobOutputTarget(u, options),
  };
}

/** age encryption of outputs (--encrypt-to, --encrypt-recipients-file, --encrypt-passphrase). */
export async function setupEncryption(
  opts: DatasetOptions,
  built: BuiltContext,
  io: CommandIO,
): Promise<{ recipients: string[]; passphrase?: string; make: () => Duplex } | undefined> {
  const fromPolicy = built.encryptRecipients ?? [];
  const given = [...(opts.encryptTo ?? []), ...fromPolicy];
  if (!given.length && !opts.encryptRecipientsFile && !opts.encryptPassphrase) return undefined;
  // the age library (and its curves) loads only for encrypted outputs
  const { createAgeEncryptStream, resolveRecipients, readRecipientsFile } = await import('../../crypto/age.js');
  let recipients = given.length ? await resolveRecipients(given) : [];
  if (opts.encryptRecipientsFile) recipients = [...recipients, ...(await readRecipientsFile(opts.encryptRecipientsFile))];
  if (opts.encryptPassphrase) {
    if (recipients.length) throw new GSError('USAGE', 'age encrypts to recipients or to a passphrase, not both', { hint: 'drop --encrypt-passphrase or the recipients' });
    const passphrase = await requirePassphrase({
      what: 'output encryption',
      defaultEnv: DEFAULT_PASSPHRASE_ENV,
      passphraseFile: opts.passphraseFile,
      passphraseEnv: opts.passphraseEnv,
      passphraseFd: opts.passphraseFd,
      confirm: true,
      env: io.env,
    });
    return { recipients: [], passphrase, make: () => createAgeEncryptStream({ passphrase }) };
  }
  if (!recipients.length) return undefined;
  return { recipients, make: () => createAgeEncryptStream({ recipients }) };
}

/** Reading .age inputs with --identity or a passphrase. */
export async function setupInputDecryption(opts: DatasetOptions, io: CommandIO): Promise<((s: Readable) => Readable) | undefined> {
  const identities: string[] = [];
  if (opts.identity?.length) {
    const { readIdentityFile } = await import('../../crypto/age.js');
    for (const f of opts.identity) identities.push(...(await readIdentityFile(f)));
  }
  // with --encrypt-passphrase the passphrase flags belong to the output
  const passphrase = opts.encryptPassphrase
    ? undefined
    : await resolvePassphrase({ passphraseFile: opts.passphraseFile, passphraseEnv: opts.passphraseEnv, passphraseFd: opts.passphraseFd, prompt: false, env: io.env });
  if (!identities.length && !passphrase) return undefined;
  const { createAgeDecryptStream } = await import('../../crypto/age.js');
  // pipeline (not pipe) so a read error of the source fails the decrypting stream too
  return (s) => pipeline(s, createAgeDecryptStream({ identities, passphrase }), () => undefined) as unknown as Readable;
}

export interface EngineSetup {
  names: string[];
  processor?: BatchProcessor;
  stats?: () => AzureEngineStats;
  close?: () => Promise<void>;
  dryRun?: (inputs: string[], o: { format?: Format; delimiter?: string; quote?: string; io: CommandIO }) => Promise<number>;
}

/** Local engine (default), or Azure AI Language alone or merged with the local one. */
export async function setupEngines(opts: DatasetOptions, built: BuiltContext, io: CommandIO): Promise<EngineSetup> {
  const choice = opts.engine ?? (built.engines.includes('azure') ? (built.engines.includes('local') ? 'both' : 'azure') : 'local');
  if (choice === 'local') return { names: ['local'] };
  const names = choice === 'both' ? ['local', 'azure'] : ['azure'];
  const { azureOptionsFrom, createAzureEngine, estimateAzureCost, mergeFindings } = await import('../../detect/azure/index.js');
  const dryRun: EngineSetup['dryRun'] = async (inputs, o) => {
    const totals = { documents: 0, requests: 0, characters: 0, textRecords: 0, fields: 0 };
    const state = new BatchState({ ...built.ctx, mode: 'scan' });
    const estimator: BatchProcessor = {
      inFlight: 1,
      async process(req) {
        const texts: string[] = [];
        for (const p of prepareBatch(req, state)) if ('finalize' in p) for (const t of p.texts) texts.push(t.text);
        const est = estimateAzureCost(texts, { textsPerCall: Math.max(texts.length, 1) });
        totals.documents += est.documents;
        totals.requests += est.requests;
        totals.characters += est.characters;
        totals.textRecords += est.textRecords;
        totals.fields += texts.length;
        return req.items.map(() => ({ fields: [], level: 'public' as const }));
      },
      close: async () => undefined,
    };
    await runPipeline({
      mode: 'scan', inputs, format: o.format, delimiter: o.delimiter, quote: o.quote, onError: 'skip',
      plan: built.ctx.plan, processor: estimator, engines: names, labels: false, remote: await setupRemote(opts, io, inputs),
    });
    io.stderr.write(
      `dry run: Azure AI Language would receive ${totals.fields.toLocaleString('en-US')} field values as ` +
        `${totals.documents.toLocaleString('en-US')} documents in ${totals.requests.toLocaleString('en-US')} requests, ` +
        `${totals.characters.toLocaleString('en-US')} characters (${totals.textRecords.toLocaleString('en-US')} billed text records at most). Nothing was sent.\n`,
    );
    io.stdout.write(JSON.stringify({ dryRun: true, engine: choice, ...totals }) + '\n');
    return 0;
  };
  if (opts.dryRun) return { names, dryRun };
  const azureOpts = azureOptionsFrom(
    {
      azureEndpoint: opts.azureEndpoint, azureCache: opts.azureCache, azureDomain: opts.azureDomain, azureCategories: opts.azureCategories,
      azureModelVersion: opts.azureModelVersion, azureLanguage: opts.azureLanguage, azureConcurrency: opts.azureConcurrency,
      azureMaxRetries: opts.azureMaxRetries,
    },
    built.azurePolicy ?? {},
    io.env,
  );
  // keyed cache file names: a short value (an SSN-only field) cannot be guessed from its file name
  if (built.keys) azureOpts.cacheKey = built.keys.subkey('azure-cache');
  const engine = createAzureEngine(azureOpts);
  const detector = {
    withLocal: choice === 'both',
    analyzeBatch: (texts: Array<{ text: string }>) => engine.analyzeBatch(texts) as Promise<Array<Finding[] | Error>>,
    merge: (local: Finding[], remote: Finding[]) => (choice === 'both' ? mergeFindings(local, remote) : remote),
  };
  return {
    names,
    processor: asyncEngineProcessor(built.ctx, detector),
    stats: () => engine.stats(),
    close: () => engine.close(),
    dryRun,
  };
}
