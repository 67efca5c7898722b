import { Command } from 'commander';
import { makeDatasetCommand } from './commands/dataset.js';
import { makeDecryptCommand } from './commands/decrypt.js';
import { makeKeysCommand } from './commands/keys.js';
import { makePolicyCommand } from './commands/policy.js';
import { makeReportCommand } from './commands/report.js';
import { loadKeyring, resolveKeyringPath } from '../crypto/keyring.js';
import { TOOL_VERSION } from '../version.js';

/** The command tree. bin/ only registers this and maps errors to exit codes. */
export function makeProgram(): Command {
  const program = new Command('genai-sanitize')
    .description('Make training data safe before it reaches a generative model: find, label, and mask, redact, pseudonymize or encrypt sensitive values in CSV/TSV, JSONL, JSON, chat fine-tuning JSONL and text, on disk, stdin or Azure Blob Storage.')
    .version(TOOL_VERSION)
    .showHelpAfterError('(add --help for usage)')
    .configureHelp({ sortSubcommands: false });
  program.addCommand(
    makeDatasetCommand('scan', 'detect and classify sensitive values; write the report; change nothing', [
      'genai-sanitize scan data/train.jsonl',
      "genai-sanitize scan 'az://acct/datasets/v3/*.jsonl' --fail-on confidential --sarif scan.sarif",
      'genai-sanitize scan customers.csv --html report.html --markdown summary.md',
    ]),
  );
  program.addCommand(
    makeDatasetCommand('sanitize', 'detect, classify and transform per policy; write outputs, labels and the report', [
      'genai-sanitize sanitize data/train.jsonl -o clean/ --policy policy.yaml',
      'cat chat.jsonl | genai-sanitize sanitize - > clean.jsonl',
      'genai-sanitize sanitize raw/ -o clean/ --encrypt-to age1... --keyring keys.json',
    ]),
  );
  program.addCommand(
    makeDatasetCommand('reidentify', 'turn encrypt-operator tokens back into values (needs the keyring)', [
      'genai-sanitize reidentify clean/train.jsonl -o restored/ --keyring keys.json',
    ]),
  );
  program.addCommand(makeDecryptCommand());
  program.addCommand(makeKeysCommand());
  program.addCommand(
    makePolicyCommand({
      loadKeys: async (path?: string) => {
        const p = resolveKeyringPath(path);
        return p ? loadKeyring(p) : undefined;
      },
    }),
  );
  program.addCommand(makeReportCommand());
  return program;
}
