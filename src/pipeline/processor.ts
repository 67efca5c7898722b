import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { BatchState, processBatch, processBatchMaybePacked, prepareBatch, finalizeBatch, type BatchRequest, type ItemResult, type PackedResults } from './batch.js';
import type { RecordContext } from './record.js';
import type { ContextSpec } from './context.js';
import type { Finding } from '../types.js';
import { sharedLexiconBuffer } from '../detect/ner/lexicon.js';
import { POOL_PACER_SLACK_MB, setThreadPacerSlack } from './gc.js';

/** Runs record batches: in this thread, on a worker pool, or with an async engine. */
export interface BatchProcessor {
  /** Results per record, or packed when the request has `pack` and the processor `packs`. */
  process(req: BatchRequest): Promise<ItemResult[] | PackedResults>;
  /** Honours `BatchRequest.pack` (run.ts then asks for packed results). */
  readonly packs?: boolean;
  /** How many batches may be in flight at once before the reader waits. */
  readonly inFlight: number;
  /** Records per batch this processor wants (run.ts uses 256 when absent). */
  readonly batchRecords?: number;
  close(): Promise<void>;
}

/** Single-threaded processing in the main thread (`--jobs 1`). */
export function inlineProcessor(ctx: RecordContext): BatchProcessor {
  const state = new BatchState(ctx);
  return {
    inFlight: 1,
    process: async (req) => processBatch(req, state),
    close: async () => undefined,
  };
}

/** An async detection engine (Azure AI Language) that analyzes many texts per call. */
export interface AsyncDetector {
  analyzeBatch(texts: Array<{ text: string }>): Promise<Array<Finding[] | Error>>;
  merge(local: Finding[], remote: Finding[]): Finding[];
  /** Also run the local analyzer (`--engine both`). */
  withLocal: boolean;
}

/**
 * Processing with a remote engine: texts of a whole batch go out in one
 * call; a per-text service error becomes that record's error.
 */
export function asyncEngineProcessor(ctx: RecordContext, engine: AsyncDetector, inFlight = 4): BatchProcessor {
  const state = new BatchState(ctx);
  return {
    inFlight,
    async process(req) {
      const prepared = prepareBatch(req, state);
      const all: Array<{ text: string }> = [];
      for (const p of prepared) if ('finalize' in p) for (const t of p.texts) all.push(t);
      const remote = ctx.mode === 'reidentify' || all.length === 0 ? [] : await engine.analyzeBatch(all);
      let k = 0;
      const errors = new Map<object, Error>();
      const results = finalizeBatch(prepared, (p) => {
        const local = engine.withLocal ? state.analyze(p.texts) : p.texts.map(() => []);
        return p.texts.map((_, i) => {
          const r = remote[k++];
          if (r instanceof Error) {
            errors.set(p, r);
            return local[i];
          }
          return r ? engine.merge(local[i], r) : local[i];
        });
      }, req.hints !== false);
      prepared.forEach((p, i) => {
        const e = errors.get(p as object) as (Error & { code?: string; hint?: string }) | undefined;
        if (e) results[i] = { fields: [], level: 'public', error: { code: (e.code as never) ?? 'AZURE_DOCUMENT_ERROR', message: e.message, hint: e.hint } };
      });
      return results;
    },
    close: async () => undefined,
  };
}

/** What each worker thread starts from (worker.ts). */
export interface WorkerData {
  spec: ContextSpec;
  /** This thread's name lexicon, shared (absent when names are off: the worker then needs none). */
  lexicon?: SharedArrayBuffer;
}

/** Young generation of each worker thread, MB (`resourceLimits.maxYoungGenerationSizeMb`). */
export const WORKER_YOUNG_MB = 8;

/**
 * Records per batch with a worker pool: 64 rather than 256, so a batch (its
 * texts, walks and results) lives through less allocation, in the worker and
 * in this thread while it waits in flight, and fewer of its objects outlive
 * two scavenges into the old generation.
 */
export const POOL_BATCH_RECORDS = 64;

/**
 * Batches each worker may hold at once (`concurrentTasksPerWorker`): the one
 * it works on and two waiting. With two, a worker ran dry whenever this
 * thread spent a few batches' time on its own work, and was idle (neither
 * running nor runnable) about a third of a two-job run (per-thread schedstat,
 * BENCHMARKS.md, tenth session); with four, 11-16 %. Deeper queues cost peak
 * RSS out of proportion to the batches' bytes: at 2 GB of chat JSONL, 201 MB
 * with four, 191 MB with three; at 500 MB, 197 MB with eight.
 */
export const POOL_TASKS_PER_WORKER = 3;

/**
 * Parallel processing (`--jobs N`): N - 1 worker threads (piscina) plus this
 * thread. A batch goes to the pool while each worker has fewer than
 * `POOL_TASKS_PER_WORKER` batches, else it runs here, besides reading, writing
 * and keeping the tallies. Letting it detect saves a whole V8 heap and engine
 * (~60 MB; a third isolate with this thread doing I/O only measured 195-200
 * MB and more CPU, tenth session) and the structured clone of its share.
 * Before running a batch here, this thread first returns to the event loop
 * once, so results the workers posted meanwhile are read (each frees a place
 * in a worker's queue) and the batch can go to a worker after all: batches
 * run here back to back in one synchronous stretch otherwise, while workers
 * finish their queues and wait.
 * Results come back in submission order (run.ts awaits them in order).
 */
export function poolProcessor(spec: ContextSpec, jobs: number, ctx: RecordContext): BatchProcessor {
  const threads = Math.max(1, jobs - 1);
  setThreadPacerSlack(POOL_PACER_SLACK_MB);
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    workerData: { spec, lexicon: sharedLexiconBuffer() } satisfies WorkerData,
    minThreads: threads,
    maxThreads: threads,
    // Tasks posted to a worker at once, so they wait in the worker while this
    // thread is busy with a batch of its own and cannot post.
    concurrentTasksPerWorker: POOL_TASKS_PER_WORKER,
    idleTimeout: 60_000,
    // A worker's young generation: 8 MB instead of V8's 48 MB (two 16 MB
    // semi-spaces and a large-object allowance). With the 64-record batches
    // below, a batch's records and results die within one semi-space. 16 MB
    // was the eighth session's choice; with the batches in flight as bytes and
    // the external-memory pacing, 8 MB and a 6 MB pacer slack together took
    // about 5 MB more off at the same CPU (BENCHMARKS.md, ninth session).
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  // a worker that fails outside a task (e.g. while compiling the plan) fails the run, not the process
  let failure: Error | undefined;
  pool.on('error', (e: Error) => {
    failure = e;
  });
  const state = new BatchState(ctx);
  const poolDepth = threads * POOL_TASKS_PER_WORKER;
  let pending = 0;
  const toPool = (req: BatchRequest): Promise<ItemResult[] | PackedResults> => {
    pending++;
    return (pool.run(req) as Promise<ItemResult[] | PackedResults>).finally(() => pending--);
  };
  return {
    inFlight: poolDepth + 4,
    batchRecords: POOL_BATCH_RECORDS,
    packs: true,
    process: (req) => {
      if (failure) return Promise.reject(failure);
      if (pending < poolDepth) return toPool(req);
      // the workers' queues are full: look at their results first (see above)
      return new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        if (failure) throw failure;
        return pending < poolDepth ? toPool(req) : processBatchMaybePacked(req, state);
      });
    },
    close: () => pool.destroy(),
  };
}

export function defaultJobs(): number {
  return availableParallelism();
}
