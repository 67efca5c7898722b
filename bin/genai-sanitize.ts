#!/usr/bin/env node
// First: V8 settings that must precede the first regular expression run.
import '../src/cli/v8-flags.js';
import { makeProgram } from '../src/cli/program.js';
import { CommanderError } from 'commander';
import { writeFileSync } from 'node:fs';
import { GSError, EXIT } from '../src/errors.js';
import { removePendingTempFiles } from '../src/io/local.js';

// The only place that decides how the process ends: errors map to exit codes
// (DESIGN.md), signals remove every temp output so nothing partial remains.
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    removePendingTempFiles();
    process.stderr.write(`\ngenai-sanitize: interrupted (${sig}); no partial output was kept\n`);
    process.exit(sig === 'SIGINT' ? 130 : 143);
  });
}
// A reader that stops early (| head) is normal for a filter: end quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') {
    removePendingTempFiles();
    process.exit(0);
  }
});

function fail(err: unknown): never {
  removePendingTempFiles();
  if (err instanceof GSError) {
    process.stderr.write(`genai-sanitize: error: ${err.format()}\n`);
    process.exit(err.exitCode);
  }
  const e = err as Error;
  process.stderr.write(`genai-sanitize: internal error: ${e?.message ?? String(err)}\n`);
  if (process.env.GENAI_SANITIZE_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
  process.stderr.write('  this is a bug: please report it with the command you ran (never the data)\n');
  process.exit(EXIT.IO);
}

process.on('unhandledRejection', fail);
// For the benchmark: peak RSS of the whole process (worker threads included) at exit.
if (process.env.GENAI_SANITIZE_STATS_FILE) {
  const statsFile = process.env.GENAI_SANITIZE_STATS_FILE;
  process.on('exit', () => {
    writeFileSync(statsFile, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS }));
  });
}
process.on('uncaughtException', fail);

const program = makeProgram();
// commander exits by itself on usage errors: make every (sub)command throw instead, so the code is 2
const override = (c: import('commander').Command): void => {
  c.exitOverride();
  c.commands.forEach(override);
};
override(program);
try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') process.exit(0);
    process.exit(EXIT.USAGE);
  }
  fail(err);
}
