/**
 * Dev tool: runs the whole pipeline on one document of a JSONL file and prints, per sentence, the
 * resolved mentions and the relations with their rules, to see why a relation was (not) found.
 *
 *   npx tsx bench/dev/show-doc.ts ../shared/eval/seed-articles.jsonl 'seed-bulletin#24'
 */
import { readFileSync } from 'node:fs';
import { createPipeline } from '../../ingest/index.ts';

const [file, id] = process.argv.slice(2);
if (!file || !id) throw new Error('usage: show-doc.ts FILE.jsonl DOC_ID');
const line = readFileSync(file, 'utf8')
  .split('\n')
  .find((l) => l.includes(`"${id}"`));
if (!line) throw new Error(`E_NOT_FOUND: ${id} is not in ${file}`);
const rec = JSON.parse(line) as { text: string; title?: string; date?: string };
const doc = createPipeline()({ id, source: file, raw: rec.text, ...(rec.date ? { date: rec.date } : {}) });
const names = new Map((doc.entities ?? []).map((e) => [e.id, `${e.name}${e.within ? ` ⊂${e.within}` : ''}`]));
for (const s of doc.sentences ?? []) {
  const ms = (doc.mentions ?? []).filter((m) => m.sentence === s.index);
  console.log(`[${s.index}] ${s.text}`);
  console.log(`    ${ms.map((m) => `${m.surface}/${m.type[0]}→${m.entityId ?? '?'}`).join('  ')}`);
  for (const r of (doc.relations ?? []).filter((x) => x.evidence.sentence === s.index)) {
    console.log(`    ${r.type} ${names.get(r.source)} -> ${names.get(r.target)}  ${r.rule} ${r.confidence}`);
  }
}
for (const a of doc.agreements ?? []) console.log('agreement', JSON.stringify(a.parties), a.title, a.date);
