/** Where a command writes: injectable so tests call command functions directly. */
export interface CommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** stderr is a terminal (progress, colours). */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export function processIO(): CommandIO {
  return { stdout: process.stdout, stderr: process.stderr, isTTY: !!process.stderr.isTTY, env: process.env };
}

/** True when running in CI (`--ci` or CI=true): no spinner, stable plain output. */
export function isCI(env: NodeJS.ProcessEnv, flag?: boolean): boolean {
  if (flag) return true;
  const v = env.CI?.toLowerCase();
  return v === 'true' || v === '1';
}

/** Colours on only for a terminal, never with NO_COLOR or in CI. */
export function useColor(io: CommandIO, ci: boolean): boolean {
  if (ci) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}
