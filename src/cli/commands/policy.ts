/**
 * `genai-sanitize policy init|validate|explain`: write, check and try out a
 * policy. Each action calls a plain function returning an exit code, so tests
 * call the functions directly.
 */
import { randomBytes } from 'node:crypto';
import { access, rename, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { EXIT, GSError } from '../../errors.js';
import type { Finding, KeyProvider } from '../../types.js';
import type { Plan } from '../../policy/plan.js';
import { DEFAULT_POLICY_YAML } from '../../policy/default-policy.js';
import { expandKey } from '../../transform/keys.js';

/** Where policy commands write (a subset of the CLI's CommandIO). */
export interface PolicyIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export interface PolicyDeps {
  /** Loads the keyring at `path` (or from GENAI_SANITIZE_KEYRING); undefined when none is configured. */
  loadKeys(path?: string): Promise<KeyProvider | undefined>;
}

const processIO = (): PolicyIO => ({ stdout: process.stdout, stderr: process.stderr });

/**
 * `policy init [file]`: writes the commented default policy to `file`, or to
 * stdout without one. Throws GSError OUTPUT_EXISTS when `file` exists and
 * `force` is not set.
 */
export async function runPolicyInit(file: string | undefined, opts: { force?: boolean }, io: PolicyIO = processIO()): Promise<number> {
  if (!file || file === '-') {
    io.stdout.write(DEFAULT_POLICY_YAML);
    return EXIT.OK;
  }
  if (!opts.force && (await exists(file))) {
    throw new GSError('OUTPUT_EXISTS', 'a file with this name already exists', { location: { file }, hint: 'choose another name, or pass --force to overwrite it' });
  }
  // Temp name then rename: an interrupted write never leaves half a policy.
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, DEFAULT_POLICY_YAML, { mode: 0o644 });
  await rename(tmp, file);
  io.stderr.write(`policy written: ${file}\n  next: edit it, then \`genai-sanitize policy validate ${file}\`\n`);
  return EXIT.OK;
}

/**
 * `policy validate <file>`: 0 and a summary when valid; 2 with the located
 * error (file:line, key, what is allowed) on stderr when not.
 */
export async function runPolicyValidate(file: string, io: PolicyIO = processIO()): Promise<number> {
  try {
    // the policy parser, engine and operators load only when a policy command runs
    const [{ loadPolicy }, { compilePlan, preparePlan, policyOperators }, { OPERATORS }] = await Promise.all([
      import('../../policy/load.js'), import('../../policy/plan.js'), import('../../transform/operators/index.js'),
    ]);
    const loaded = await loadPolicy(file);
    // Structure only: keyed operators get a throwaway key so validation needs no keyring.
    await preparePlan(loaded);
    const plan = compilePlan(loaded, { keys: throwawayKeys() });
    const p = loaded.policy;
    const ops = Object.entries(p.actions ?? {}).map(([k, a]) => `${k}=${a.op}`);
    const keyed = policyOperators(p).filter((op) => OPERATORS[op]?.needsKey);
    io.stdout.write(
      [
        `${file}: valid policy (version ${p.version}, sha256 ${loaded.hash})`,
        `  engines: ${plan.engines.join(', ')}`,
        `  field rules: ${Object.keys(p.fields ?? {}).length}`,
        `  actions: ${ops.length ? ops.join(', ') : 'default replace'}`,
        keyed.length ? `  needs a keyring (--keyring) for: ${keyed.join(', ')}` : '  needs no keyring',
      ].join('\n') + '\n',
    );
    return EXIT.OK;
  } catch (err) {
    if (err instanceof GSError && (err.code === 'POLICY_INVALID' || err.code === 'POLICY_NOT_FOUND')) {
      io.stderr.write(`genai-sanitize: error: ${err.format()}\n`);
      return err.exitCode;
    }
    throw err;
  }
}

export interface ExplainOptions {
  value: string;
  policy?: string;
  field?: string;
  keyring?: string;
  json?: boolean;
}

/** One line of `policy explain`: a finding and what the policy makes of it. */
export interface ExplainedFinding extends Finding {
  text: string;
  category: string;
  level: string;
  op: string;
  rule: string;
  output: string;
}

/**
 * `policy explain --value V`: what the engine finds in V (entity, score,
 * recognizer, span) and what each rule makes of it (operator, deciding rule,
 * output), then the whole transformed value. Shows the user's own sample, so
 * printing it is fine. Without a keyring, keyed operators use a throwaway key
 * and say so.
 */
export async function runPolicyExplain(opts: ExplainOptions, deps: PolicyDeps, io: PolicyIO = processIO()): Promise<number> {
  const [{ loadPolicy }, { compilePlan, preparePlan }] = await Promise.all([import('../../policy/load.js'), import('../../policy/plan.js')]);
  const loaded = opts.policy ? await loadPolicy(opts.policy) : undefined;
  let keys = await deps.loadKeys(opts.keyring);
  const throwaway = !keys;
  keys ??= throwawayKeys();
  await preparePlan(loaded);
  const plan = compilePlan(loaded, { keys });
  const field = opts.field ?? 'value';
  const rule = plan.fieldRule(field);
  const findings = rule.scan && !rule.drop ? plan.analyzer.analyze(opts.value, { fieldPath: field, fieldName: lastSegment(field) }) : [];
  const explained = findings.map((f) => explain(plan, opts.value, f, field));
  const output = plan.transformValue(opts.value, findings, field);
  if (opts.json) {
    io.stdout.write(JSON.stringify({ policyHash: plan.policyHash, field, fieldRule: rule, findings: explained, output: output ?? null, dropped: output === undefined, throwawayKey: throwaway }, null, 2) + '\n');
    return EXIT.OK;
  }
  const lines = [`policy: ${loaded?.source ?? 'built-in default'} (sha256 ${plan.policyHash.slice(0, 12)}…)`, `field:  ${field}${rule.pattern ? ` (rule fields[${JSON.stringify(rule.pattern)}]${rule.level ? `, level ${rule.level}` : ''})` : ''}`, `input:  ${opts.value}`];
  if (rule.drop) lines.push('the field is dropped by its field rule: nothing is scanned, the field is removed');
  else if (!rule.scan && !rule.entity) lines.push('the field is not scanned (scan: false)');
  else if (explained.length === 0 && !rule.entity) lines.push('findings: none');
  else {
    if (rule.entity) lines.push(`the whole value counts as one ${rule.entity} (field rule)`);
    lines.push('findings:');
    for (const e of explained) {
      lines.push(`  ${e.entity} [${e.start},${e.end}) score ${e.score.toFixed(2)} by ${e.recognizer}: ${JSON.stringify(e.text)}`);
      lines.push(`    ${e.category}, ${e.level}; ${e.op} (${e.rule}) -> ${JSON.stringify(e.output)}`);
    }
  }
  lines.push(output === undefined ? 'output: (field dropped)' : `output: ${output}`);
  if (throwaway && plan.keyIds.length > 0) lines.push('note: keyed operators used a throwaway key; pass --keyring to see your real hashes/surrogates/tokens');
  io.stdout.write(lines.join('\n') + '\n');
  return EXIT.OK;
}

function explain(plan: Plan, value: string, f: Finding, field: string): ExplainedFinding {
  const info = plan.entityInfo(f.entity);
  const choice = plan.operatorFor(f.entity, field);
  const text = value.slice(f.start, f.end);
  // Each finding alone, through the plan, so the output is exactly what sanitize writes for it.
  const alone = plan.transformValue(text, [{ ...f, start: 0, end: text.length }], field);
  return { ...f, text, category: info.category, level: info.level, op: choice.op, rule: choice.rule, output: alone ?? '(field dropped)' };
}

function lastSegment(path: string): string {
  return (path.split('/').pop() ?? path).toLowerCase();
}

/** A random in-memory key for validation and keyless explain: never written anywhere. */
function throwawayKeys(): KeyProvider {
  const master = randomBytes(32);
  return { activeKeyId: 'throwaway', ids: () => ['throwaway'], subkey: (purpose) => expandKey(master, `genai-sanitize/${purpose}`, 32) };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The `policy` command with its subcommands (registered by src/cli/program.ts). */
export function makePolicyCommand(deps: PolicyDeps): Command {
  const policy = new Command('policy').description('write, check and try out a policy file');
  policy
    .command('init')
    .description('write a commented default policy (to stdout without a file)')
    .argument('[file]', 'where to write it')
    .option('--force', 'overwrite an existing file')
    .addHelpText('after', '\nExample:\n  genai-sanitize policy init policy.yaml')
    .action(async (file: string | undefined, opts: { force?: boolean }) => {
      process.exitCode = await runPolicyInit(file, opts);
    });
  policy
    .command('validate')
    .description('check a policy file; exit 2 with the line and key that is wrong')
    .argument('<file>', 'policy YAML')
    .addHelpText('after', '\nExample:\n  genai-sanitize policy validate policy.yaml')
    .action(async (file: string) => {
      process.exitCode = await runPolicyValidate(file);
    });
  policy
    .command('explain')
    .description('show what the engine finds in a sample value and what each rule makes of it')
    .requiredOption('--value <text>', 'sample text to analyse')
    .option('--policy <file>', 'policy YAML (default: built-in)')
    .option('--field <path>', 'field path the value comes from (CSV column or JSON Pointer)')
    .option('--keyring <file>', 'keyring for hash/pseudonymize/encrypt (also GENAI_SANITIZE_KEYRING)')
    .option('--json', 'print the explanation as JSON')
    .addHelpText('after', '\nExample:\n  genai-sanitize policy explain --policy policy.yaml --field /messages/1/content --value "Call Jane at +1 415 555 2671"')
    .action(async (opts: ExplainOptions) => {
      process.exitCode = await runPolicyExplain(opts, deps);
    });
  return policy;
}
