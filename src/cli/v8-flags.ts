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

/*
 * `--no-allocation-site-pretenuring`: when objects of one allocation site
 * (an object or array literal) survive scavenges often enough, V8 starts
 * allocating that site's objects in the old generation directly. Early in a
 * run some pipeline site crosses that line, and from then on its objects,
 * dead within a record, sit in the old generation and keep the young
 * objects they point at alive through every scavenge until the next full
 * collection: the "bimodal promotion" of BENCHMARKS.md (eighth session).
 * Sanitize, 20 MB chat JSONL, one job: with pretenuring 42.8-43.4 MB promoted,
 * 6-7 full collections, 348-430 ms in GC pauses in 3 of 3 runs; without it
 * 9.8-10.4 MB, 2 full collections, 108-162 ms in 3 of 3.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
