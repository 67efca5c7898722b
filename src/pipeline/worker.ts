import { workerData } from 'node:worker_threads';
import { BatchState, processBatch, type BatchRequest, type ItemResult } from './batch.js';
import { buildContext } from './context.js';
import { useSharedLexicon } from '../detect/ner/lexicon.js';
import type { WorkerData } from './processor.js';

// Each worker thread compiles its own plan once, then only runs batches.
const { spec, lexicon } = workerData as WorkerData;
// The main thread's name tables, viewed in place rather than read again.
if (lexicon) useSharedLexicon(lexicon);
const { ctx } = await buildContext(spec);
const state = new BatchState(ctx);

export default function run(req: BatchRequest): ItemResult[] {
  return processBatch(req, state);
}
