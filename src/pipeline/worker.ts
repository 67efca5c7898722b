import { workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { BatchState, processBatchMaybePacked, type BatchRequest, type ItemResult, type PackedResults } from './batch.js';
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
  const packed = processBatchMaybePacked(req, state);
  if (Array.isArray(packed)) return packed;
  // the output bytes are moved to the main thread, not copied
  return Piscina.move({ [Piscina.transferableSymbol]: [packed.bytes.buffer], [Piscina.valueSymbol]: packed } as never) as unknown as PackedResults;
}
