import type { AnalyzerOptions, KeyProvider } from '../types.js';
import type { Plan } from '../policy/plan.js';
import { compilePlan, preparePlan } from '../policy/plan.js';
import { loadPolicy } from '../policy/load.js';
import type { LoadedPolicy, ThresholdSpec } from '../policy/types.js';
import { loadKeyring } from '../crypto/keyring.js';
import { KEYRING_PASSPHRASE_ENV, resolvePassphrase } from '../crypto/passphrase.js';
import { GSError } from '../errors.js';
import { makeFingerprint, type Mode, type RecordContext } from './record.js';

/**
 * Everything needed to rebuild a RecordContext, as plain data: the main
 * thread and each worker thread build their own plan from it, so regexes,
 * gazetteers and keys are set up once per thread before the first record.
 */
export interface ContextSpec {
  mode: Mode;
  policyPath?: string;
  keyringPath?: string;
  /** Passphrase of an age-encrypted keyring (in memory only, never logged). */
  keyringPassphrase?: string;
  overrides?: Partial<AnalyzerOptions>;
  labelField?: string;
  csvSafe?: boolean;
}

export interface BuiltContext {
  ctx: RecordContext;
  keys?: KeyProvider;
  policy?: LoadedPolicy;
  /** Engines the policy asks for (`detect.engines`). */
  engines: readonly ('local' | 'azure')[];
  thresholds?: Record<string, ThresholdSpec>;
  encryptRecipients?: string[];
  azurePolicy?: Record<string, unknown>;
  /** The keyring passphrase actually used, so worker threads can open the keyring too. */
  keyringPassphrase?: string;
}

/** Builds the plan (policy + keys) and the record context for one thread. */
export async function buildContext(spec: ContextSpec, io?: { env: NodeJS.ProcessEnv }): Promise<BuiltContext> {
  const policy = spec.policyPath ? await loadPolicy(spec.policyPath) : undefined;
  let keys: KeyProvider | undefined;
  let keyringPassphrase = spec.keyringPassphrase;
  if (spec.keyringPath) {
    keys = await loadKeyring(spec.keyringPath, {
      passphrase: keyringPassphrase,
      getPassphrase: async () => {
        keyringPassphrase = await resolvePassphrase({ defaultEnv: KEYRING_PASSPHRASE_ENV, env: io?.env ?? process.env, prompt: 'Keyring passphrase: ' });
        return keyringPassphrase;
      },
    });
  }
  let plan: Plan;
  let reidentify: ((t: string) => string) | undefined;
  if (spec.mode === 'reidentify') {
    if (!keys) {
      throw new GSError('KEYRING_REQUIRED', 'reidentify needs the keyring whose keys made the tokens', {
        hint: 'pass --keyring FILE or set GENAI_SANITIZE_KEYRING',
      });
    }
    const k = keys;
    // AES-SIV loads only for reidentify runs.
    const { reidentifyText } = await import('../transform/reidentify.js');
    reidentify = (t) => reidentifyText(t, k);
  }
  await preparePlan(policy);
  plan = compilePlan(policy, { keys, analyzerOverrides: spec.overrides });
  return {
    ctx: {
      plan, mode: spec.mode, labelField: spec.labelField, csvSafe: spec.csvSafe, reidentify,
      fingerprint: makeFingerprint(keys ? keys.subkey('fingerprint') : plan.policyHash),
    },
    keys,
    policy,
    engines: policy?.policy.detect?.engines ?? ['local'],
    thresholds: policy?.policy.thresholds,
    encryptRecipients: policy?.policy.output?.encrypt?.recipients,
    azurePolicy: policy?.policy.azure,
    keyringPassphrase,
  };
}
