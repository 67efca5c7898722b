import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8 postpones full collections while the heap has room, so a long stream's
 * short-lived garbage (records that outlived a scavenge while queued) makes
 * RSS creep up by 50-70 MB per thread. A full collection whenever the old
 * generation has grown by `slackBytes` since the last one keeps peak memory at
 * the live heap plus that slack, without capping the heap (which would make one
 * huge record fail). A collection costs about 0.3 ms per MB of live heap (10-15
 * ms here), a few per second of run time.
 */
let collect: (() => void) | undefined;
function gcFunction(): () => void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  return collect;
}

/**
 * Bytes used in the old generation (old, large-object and code spaces): what
 * outlived the young generation, plus the memory outside the heap that objects
 * hold (ArrayBuffers: read and write chunks, packed batches). The young
 * generation is left out, because it fills and empties on its own many times
 * a second. A buffer whose small wrapper object is promoted keeps its memory
 * until the next full collection: counted here, such buffers bound the pacing
 * too; uncounted, they made the malloc heap grow by 20-40 MB at two jobs
 * before V8's own external-memory limit (64 MB) started a collection.
 */
function oldGenerationUsed(): number {
  let used = 0;
  for (const s of getHeapSpaceStatistics()) if (s.space_name !== 'new_space' && s.space_name !== 'new_large_object_space') used += s.space_used_size;
  return used + getHeapStatistics().external_memory;
}

export class HeapPacer {
  private limit = 0;
  private sinceCheck = 0;
  constructor(
    private readonly slackBytes = 12 * 1024 * 1024,
    /** Look at the heap only every this many bytes of input (a look costs a few µs). */
    private readonly checkEveryBytes = 256 * 1024,
  ) {}

  /** Counts processed bytes; now and then, runs a full collection if the heap grew by more than the slack. */
  tick(bytes: number): void {
    this.sinceCheck += bytes;
    if (this.sinceCheck < this.checkEveryBytes) return;
    this.sinceCheck = 0;
    const used = oldGenerationUsed();
    if (this.limit === 0) this.limit = used + this.slackBytes;
    if (used < this.limit) return;
    gcFunction()();
    this.limit = oldGenerationUsed() + this.slackBytes;
  }
}

let pacer: HeapPacer | undefined;
let slackMb = 12;

/** Pacer slack of every thread in the worker-pool mode, MB. */
export const POOL_PACER_SLACK_MB = 6;

/**
 * The slack of this thread's pacer, MB, before its first use. The worker-pool
 * mode uses 6 (processor.ts): with its batches in flight as bytes, its threads
 * promote little, and a smaller slack no longer means many more collections.
 */
export function setThreadPacerSlack(mb: number): void {
  slackMb = mb;
  pacer = undefined;
}

/**
 * The pacer of this thread: the main thread ticks it with the bytes it reads
 * (run.ts), worker threads with the characters of the batches they process.
 */
export function threadPacer(): HeapPacer {
  pacer ??= new HeapPacer(slackMb * 1024 * 1024);
  return pacer;
}
