import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8 postpones full collections while the heap has room, so a long stream's
 * short-lived garbage makes RSS creep up to hundreds of MB. A full collection
 * every `everyBytes` of input (about a millisecond per MB of live heap) keeps
 * peak memory flat without capping the heap, which would make one huge
 * record fail.
 */
let collect: (() => void) | undefined;
function gcFunction(): () => void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  return collect;
}

export class GcPacer {
  private since = 0;
  constructor(private readonly everyBytes = 64 * 1024 * 1024) {}
  /** Counts processed bytes; runs a full collection when enough went by. */
  tick(bytes: number): void {
    this.since += bytes;
    if (this.since >= this.everyBytes) {
      this.since = 0;
      gcFunction()();
    }
  }
}
