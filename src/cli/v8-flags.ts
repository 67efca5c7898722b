/**
 * V8 settings for the CLI process, applied before any other module runs a
 * regular expression (bin/genai-sanitize.ts imports this first). Worker
 * threads share the process's flags.
 *
 * `--no-regexp-tier-up`: V8 first compiles a regular expression to bytecode,
 * interprets it once and then compiles it again to machine code. The analyzer
 * has some 380 patterns, several of them long alternations with Unicode
 * classes (addresses, dates), nearly all of which run many times: compiling
 * each straight to machine code saves the bytecode compile and the slow first
 * run. Sanitize, 20 MB chat JSONL, one job: main-thread CPU 1.06x
 * (BENCHMARKS.md, ninth session). A flag read when a pattern runs, so setting
 * it at start-up takes effect.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
