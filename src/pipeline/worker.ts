import { workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { BatchState, processBatch, packResults, type BatchRequest, type ItemResult, type PackedResults } from './batch.js';
import { buildContext } from './context.js';
import { useSharedLexicon } from '../detect/ner/lexicon.js';
import type { WorkerData } from './processor.js';
import { POOL_PACER_SLACK_MB, setThreadPacerSlack } from './gc.js';

// Each worker thread compiles its own plan once, then only runs batches.
const { spec, lexicon } = workerData as WorkerData;
setThreadPacerSlack(POOL_PACER_SLACK_MB);
// The main thread's name tables, viewed in place rather than read again.
if (lexicon) useSharedLexicon(lexicon);
const { ctx } = await buildContext(spec);
const state = new BatchState(ctx);

export default function run(req: BatchRequest): ItemResult[] | PackedResults {
  const results = processBatch(req, state);
  if (!req.pack) return results;
  // the output bytes are moved to the main thread, not copied
  const packed = packResults(results, req.pack);
  return Piscina.move({ [Piscina.transferableSymbol]: [packed.bytes.buffer], [Piscina.valueSymbol]: packed } as never) as unknown as PackedResults;
}
