import { Command, Option } from 'commander';
import { LEVELS } from '../../types.js';
import type { Mode } from '../../pipeline/record.js';

/** Options shared by scan, sanitize and reidentify (commander camel-cases the flags). */
export interface DatasetOptions {
  output?: string;
  policy?: string;
  keyring?: string;
  format?: string;
  delimiter?: string;
  quote?: string;
  report?: string;
  sarif?: string;
  html?: string;
  markdown?: string;
  failOn?: string;
  failOnEntity?: string;
  onError?: string;
  rejects?: string;
  engine?: string;
  encryptTo?: string[];
  encryptRecipientsFile?: string;
  encryptPassphrase?: boolean;
  identity?: string[];
  passphraseFile?: string;
  passphraseEnv?: string;
  passphraseFd?: string;
  jobs?: string;
  shard?: string;
  shardSplitMb?: string;
  quiet?: boolean;
  verbose?: boolean;
  ci?: boolean;
  maxFindings?: string;
  labelField?: string;
  labels?: boolean;
  csvSafe?: boolean;
  resume?: boolean;
  entities?: string;
  minScore?: string;
  phoneRegion?: string;
  names?: boolean;
  nlp?: boolean;
  blobEndpoint?: string;
  concurrency?: string;
  azureEndpoint?: string;
  azureCache?: string;
  azureDomain?: string;
  azureCategories?: string;
  azureModelVersion?: string;
  azureLanguage?: string;
  azureConcurrency?: string;
  azureMaxRetries?: string;
  dryRun?: boolean;
  showLabels?: boolean;
}

/** Declares the options of scan/sanitize/reidentify on a command. */
export function addDatasetOptions(cmd: Command, mode: Mode): Command {
  if (mode !== 'scan') cmd.option('-o, --output <path>', 'output file, folder (mirrors input names), Blob URL, or - for stdout');
  cmd
    .option('--policy <file>', 'policy YAML (default: built-in, replaces every finding with <ENTITY>)')
    .option('--keyring <file>', 'keyring for hash/pseudonymize/encrypt (or GENAI_SANITIZE_KEYRING)')
    .addOption(new Option('--format <format>', 'input format instead of the extension/sniffing').choices(['csv', 'tsv', 'jsonl', 'json', 'text']))
    .option('--delimiter <char>', 'CSV delimiter (default , for csv and tab for tsv; \\t for tab)')
    .option('--quote <char>', 'CSV quote character (default ")')
    .option('--report <file>', 'write the JSON report here (sanitize -o DIR: DIR/report.json)')
    .option('--sarif <file>', 'write a SARIF 2.1.0 report')
    .option('--html <file>', 'write a self-contained HTML report')
    .option('--markdown <file>', 'write a Markdown report')
    .addOption(new Option('--fail-on <level>', 'exit 1 when a field reaches this level').choices([...LEVELS]))
    .option('--fail-on-entity <list>', 'exit 1 when any of these entities is found, e.g. SECRET,CREDIT_CARD')
    .addOption(new Option('--on-error <mode>', 'bad records: fail, skip, or quarantine to a .rejects file').choices(['fail', 'skip', 'quarantine']).default('fail'))
    .option('--rejects <file>', 'quarantine file when the output is stdout')
    .addOption(new Option('--engine <engine>', 'detection engine').choices(['local', 'azure', 'both']))
    .option('--identity <file...>', 'age identity file(s) to read .age inputs')
    .option('--passphrase-file <file>', 'passphrase for .age inputs, from a file')
    .option('--passphrase-env <name>', 'passphrase for .age inputs, from this environment variable')
    .option('--passphrase-fd <n>', 'passphrase for .age inputs (or --encrypt-passphrase), from this file descriptor')
    .option('--jobs <n>', 'worker threads (default: number of cores)')
    .option('--shard <i/n>', 'process only shard i of n (0-based), for distributed runs')
    .option('--shard-split-mb <n>', 'with --shard: plain JSONL/text files at least this large are split into byte ranges, one per shard (default 512)')
    .option('--max-findings <n>', 'cap on findings listed in the report (counts stay exact)')
    .option('--entities <list>', 'only detect these entities')
    .option('--min-score <n>', 'drop findings below this score (0..1)')
    .option('--phone-region <cc>', 'default region for national phone numbers (e.g. GB)')
    .option('--no-names', 'skip PERSON/LOCATION/ORGANIZATION recognition (faster)')
    .option('--nlp', 'let compromise (NLP) judge unknown capitalised words as names (slower)')
    .option('--blob-endpoint <url>', 'Blob endpoint for az:// URLs (e.g. Azurite), or AZURE_STORAGE_BLOB_ENDPOINT')
    .option('--concurrency <n>', 'Blob requests in flight for many small blobs')
    .option('--azure-endpoint <url>', 'Azure AI Language endpoint (or AZURE_LANGUAGE_ENDPOINT)')
    .option('--azure-cache <dir>', 'cache Azure AI Language results here so re-runs do not pay twice')
    .addOption(new Option('--azure-domain <domain>', 'Azure PII domain').choices(['none', 'phi']))
    .option('--azure-categories <list>', 'only these Azure PII categories, e.g. Person,Email')
    .option('--azure-model-version <v>', 'Azure model version (default: latest)')
    .option('--azure-language <lang>', 'language of the texts sent to Azure (default en)')
    .option('--azure-concurrency <n>', 'Azure requests in flight (default 4)')
    .option('--azure-max-retries <n>', 'retries of a throttled or failed Azure request (default 3)')
    .option('--dry-run', 'with --engine azure|both: print the request/character estimate, call nothing')
    .option('--ci', 'CI mode: no spinner, plain stable output (also CI=true)')
    .option('-q, --quiet', 'no progress and no summary on stderr')
    .option('-v, --verbose', 'more detail on stderr (never values)');
  if (mode === 'scan') cmd.option('--show-labels', 'print the sensitivity labels (metadata and index tags) of existing blobs, one JSON line each; scans nothing');
  if (mode !== 'scan') {
    cmd
      .option('--encrypt-to <recipient...>', 'encrypt outputs to age recipients (age1...; repeatable)')
      .option('--encrypt-recipients-file <file>', 'encrypt outputs to the recipients in this file')
      .option('--encrypt-passphrase', 'encrypt outputs with a passphrase (GENAI_SANITIZE_PASSPHRASE, --passphrase-file, or a prompt)')
      .option('--label-field <name>', "add each record's level under this key/column")
      .option('--no-labels', 'do not write <output>.label.json manifests')
      .option('--no-csv-safe', 'do not neutralize spreadsheet formulas (=, +, -, @) in CSV outputs')
      .option('--resume', 'skip outputs whose label shows the same input and policy already completed');
  }
  return cmd;
}

export function makeDatasetCommand(mode: Mode, description: string, examples: string[]): Command {
  const cmd = new Command(mode).description(description).argument('<inputs...>', 'files, folders, globs, Blob URLs, or - for stdin');
  addDatasetOptions(cmd, mode);
  cmd.addHelpText('after', '\nExamples:\n' + examples.map((e) => `  $ ${e}`).join('\n'));
  cmd.action(async (inputs: string[], opts: DatasetOptions) => {
    // the engine, policy and SDK modules load only when a command runs, so --help stays instant
    const { runDatasetCommand } = await import('./dataset-run.js');
    process.exitCode = await runDatasetCommand(mode, inputs, opts);
  });
  return cmd;
}
