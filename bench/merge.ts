// Merges the results of runs that measured different sections (e.g. extraction in one run, the
// database sections in another) into one report, keeping each run's command and revision:
//   npx tsx bench/merge.ts bench/RESULTS.json part-a.json part-b.json && npx tsx bench/render.ts bench/RESULTS.json
import { readFileSync, writeFileSync } from 'node:fs';
import type { BenchResults, ScalePoint } from './results.ts';

const [out, ...parts] = process.argv.slice(2);
if (!out || parts.length < 2) {
  process.stderr.write('usage: npx tsx bench/merge.ts <out.json> <a.json> <b.json> [...]\n');
  process.exit(2);
}
const runs = parts.map((f) => JSON.parse(readFileSync(f, 'utf8')) as BenchResults);
const merged: BenchResults = { ...runs[0]!, scaling: [] };
for (const run of runs.slice(1)) {
  for (const [key, value] of Object.entries(run)) {
    if (value !== undefined && key !== 'scaling') (merged as unknown as Record<string, unknown>)[key] = value;
  }
}
merged.command = runs.map((r) => r.command).join('\n');
merged.revision = runs.map((r) => r.revision).join(' + ');
merged.startedAt = runs[0]!.startedAt;
merged.finishedAt = runs[runs.length - 1]!.finishedAt;
merged.error =
  runs
    .map((r) => r.error)
    .filter(Boolean)
    .join('; ') || undefined;
const points = new Map<number, ScalePoint>();
for (const run of runs) for (const p of run.scaling) points.set(p.docs, { ...points.get(p.docs), ...p });
merged.scaling = [...points.values()].sort((a, b) => a.docs - b.docs);
writeFileSync(out, `${JSON.stringify(merged, null, 2)}\n`);
process.stderr.write(`merged ${parts.length} runs into ${out}\n`);
