// Re-renders a report (markdown and SVG) from the JSON a run wrote beside it, e.g. after a wording fix:
//   npx tsx bench/render.ts bench/RESULTS.json
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderReport, scalingChart } from './report.ts';
import type { BenchResults } from './results.ts';

const file = process.argv[2];
if (!file?.endsWith('.json')) {
  process.stderr.write('usage: npx tsx bench/render.ts <results.json>\n');
  process.exit(2);
}
const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
const svg = file.replace(/\.json$/, '-scaling.svg');
writeFileSync(svg, scalingChart(results));
writeFileSync(file.replace(/\.json$/, '.md'), renderReport(results, path.basename(svg)));
process.stderr.write(`rendered ${file.replace(/\.json$/, '.md')} and ${svg}\n`);
