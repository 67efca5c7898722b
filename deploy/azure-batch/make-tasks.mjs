// Writes tasks.json for an Azure Batch job: one task per shard, then a merge
// task that depends on all of them. Usage:
//   node make-tasks.mjs 16 > tasks.json
//   az batch job create --json-file job.json
//   az batch task create --job-id genai-sanitize-run-42 --json-file tasks.json
// The pool's nodes run the container image (containerConfiguration) with a
// user-assigned managed identity that has Storage Blob Data Contributor.
const shards = Number(process.argv[2] ?? 16);
const image = 'myregistry.azurecr.io/genai-sanitize:0.1.0';
const containerSettings = { imageName: image, containerRunOptions: '--rm -v /mnt/keys:/mnt/keys:ro -v /mnt/policy:/mnt/policy:ro' };
const tasks = [];
for (let i = 0; i < shards; i++) {
  tasks.push({
    id: `shard-${i}`,
    containerSettings,
    commandLine:
      `sanitize 'az://myacct/raw/2026/**/*.jsonl' -o az://myacct/clean/2026/ --policy /mnt/policy/policy.yaml ` +
      `--shard ${i}/${shards} --resume --ci --report az://myacct/reports/run-42/shard-${i}.json`,
    constraints: { maxTaskRetryCount: 3 },
  });
}
tasks.push({
  id: 'merge',
  dependsOn: { taskIds: tasks.map((t) => t.id) },
  containerSettings,
  // merge reads every shard report under the prefix and writes the run report beside them
  commandLine: `report merge az://myacct/reports/run-42/ -o az://myacct/reports/run-42-report.json --fail-on highly-confidential --ci`,
});
process.stdout.write(JSON.stringify({ value: tasks }, null, 2) + '\n');
