import type { Ora } from 'ora';
import type { CommandIO } from './io.js';

export interface Progress {
  update(p: { bytes: number; records: number; totalBytes?: number; input: string }): void;
  stop(): void;
}

const MB = 1024 * 1024;

/**
 * An ora spinner on stderr with records, MB, rate and percent; a no-op off a
 * TTY, in CI or with --quiet (ora and its terminal helpers load only when a
 * spinner is shown).
 */
export async function createProgress(io: CommandIO, enabled: boolean): Promise<Progress> {
  // a terminal that reports no width (some ptys) would make the spinner's line arithmetic loop: no spinner there
  const columns = (io.stderr as NodeJS.WriteStream).columns ?? 0;
  if (!enabled || !io.isTTY || columns <= 0) return { update() {}, stop() {} };
  const started = Date.now();
  let doneBytes = 0;
  let doneRecords = 0;
  let current = '';
  let lastBytes = 0;
  let lastRecords = 0;
  const { default: ora } = await import('ora');
  const spinner: Ora = ora({ stream: io.stderr as NodeJS.WriteStream, text: 'starting' }).start();
  return {
    update(p) {
      if (p.input !== current) {
        doneBytes += lastBytes;
        doneRecords += lastRecords;
        current = p.input;
      }
      lastBytes = p.bytes;
      lastRecords = p.records;
      const secs = Math.max((Date.now() - started) / 1000, 0.001);
      const bytes = doneBytes + p.bytes;
      const pct = p.totalBytes ? ` ${Math.min(100, Math.floor((p.bytes / p.totalBytes) * 100))}%` : '';
      spinner.text = `${p.input}${pct}  ${(doneRecords + p.records).toLocaleString('en-US')} records  ${(bytes / MB).toFixed(1)} MB  ${(bytes / MB / secs).toFixed(1)} MB/s`;
    },
    stop() {
      spinner.stop();
    },
  };
}
