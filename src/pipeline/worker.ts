import { workerData } from 'node:worker_threads';
import { BatchState, processBatch, type BatchRequest, type ItemResult } from './batch.js';
import { buildContext, type ContextSpec } from './context.js';

// Each worker thread compiles its own plan once, then only runs batches.
const { ctx } = await buildContext(workerData as ContextSpec);
const state = new BatchState(ctx);

export default function run(req: BatchRequest): ItemResult[] {
  return processBatch(req, state);
}
