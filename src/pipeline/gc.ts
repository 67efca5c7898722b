import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8 postpones full collections while the heap has room, so a long stream's
 * short-lived garbage (records that outlived a scavenge while queued) makes
 * RSS creep up by 50-70 MB per thread. A full collection whenever the heap has
 * grown by `slackBytes` since the last one keeps peak memory at the live heap
 * plus that slack, without capping the heap (which would make one huge record
 * fail). A collection costs about 0.3 ms per MB of live heap; with the default
 * slack that is one every 2-4 MB of input, 1-3 % of the run time.
 */
let collect: (() => void) | undefined;
function gcFunction(): () => void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  return collect;
}

export class HeapPacer {
  private limit = 0;
  private sinceCheck = 0;
  constructor(
    private readonly slackBytes = 24 * 1024 * 1024,
    /** Look at the heap only every this many bytes of input (a look costs a few µs). */
    private readonly checkEveryBytes = 256 * 1024,
  ) {}

  /** Counts processed bytes; now and then, runs a full collection if the heap grew by more than the slack. */
  tick(bytes: number): void {
    this.sinceCheck += bytes;
    if (this.sinceCheck < this.checkEveryBytes) return;
    this.sinceCheck = 0;
    const used = getHeapStatistics().used_heap_size;
    if (this.limit === 0) this.limit = used + this.slackBytes;
    if (used < this.limit) return;
    gcFunction()();
    this.limit = getHeapStatistics().used_heap_size + this.slackBytes;
  }
}

let pacer: HeapPacer | undefined;

/**
 * The pacer of this thread: the main thread ticks it with the bytes it reads
 * (run.ts), worker threads with the characters of the batches they process.
 */
export function threadPacer(): HeapPacer {
  pacer ??= new HeapPacer();
  return pacer;
}
