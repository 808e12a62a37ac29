/**
 * Baseline: two entities in one sentence with a trigger word → a relation of that trigger's type,
 * earlier entity as source (undirected types once per pair). LOCATED_IN / PART_OF come from
 * Entity.within as in the relate stage, so the comparison is about the stated relations.
 *
 *   npx tsx bench/baselines/cooccurrence.ts --jsonl ../shared/eval/seed-articles.jsonl > /tmp/base.jsonl
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createPipeline } from '../../ingest/index.ts';
import { toExtractLine } from '../../ingest/output.ts';
import { endpointTypes } from '../../ingest/relate/endpoints.ts';
import { evidenceOf } from '../../ingest/relate/extract.ts';
import { finalizeRelations } from '../../ingest/relate/finalize.ts';
import { loadRelateLexicon, type RelateLexicon } from '../../ingest/relate/lexicon.ts';
import { withinRelations } from '../../ingest/relate/within.ts';
import type { Doc, Relation, RelationType } from '../../ingest/types.ts';

const DOCUMENT = /《|规划|方案|意见|通知|办法|规定|条例|细则|指引|指南|标准|规范|纲要|计划|措施/;

/** The baseline's relations for a document that has been through resolve. */
export function cooccurrence(doc: Doc, lex: RelateLexicon = loadRelateLexicon()): Relation[] {
  const sentences = doc.sentences ?? [];
  const entities = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  const out: Relation[] = [];
  for (const s of sentences) {
    const ids = [
      ...new Set(
        (doc.mentions ?? []).filter((m) => m.sentence === s.index && m.entityId).map((m) => m.entityId!),
      ),
    ];
    const types = new Set<RelationType | 'ISSUED/LAUNCHED'>();
    for (const t of lex.triggers) {
      if (!s.text.includes(t.head)) continue;
      for (const e of t.effects) types.add(e.kind === 'type' ? e.type : 'ISSUED/LAUNCHED');
    }
    for (const kind of types) {
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const a = entities.get(ids[i]!);
          const b = entities.get(ids[j]!);
          if (!a || !b) continue;
          const type: RelationType =
            kind === 'ISSUED/LAUNCHED' ? (DOCUMENT.test(b.name) ? 'ISSUED' : 'LAUNCHED') : kind;
          const ends = endpointTypes(type);
          if (!ends.source.includes(a.type) || !ends.target.includes(b.type)) continue;
          out.push({
            type,
            source: a.id,
            target: b.id,
            evidence: evidenceOf(doc, s),
            rule: 'cooccurrence',
            confidence: 0.5,
          });
        }
      }
    }
  }
  return finalizeRelations([...out, ...withinRelations(doc, sentences)]);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args[args.indexOf('--jsonl') + 1];
  if (!args.includes('--jsonl') || !file) throw new Error('usage: cooccurrence.ts --jsonl FILE');
  const run = createPipeline();
  const lex = loadRelateLexicon();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as {
      doc?: string;
      id?: string;
      title?: string;
      date?: string;
      text: string;
    };
    const id = rec.doc ?? rec.id ?? '';
    const doc = run({ id, source: file, raw: rec.text, ...(rec.title ? { title: rec.title } : {}) });
    process.stdout.write(`${JSON.stringify(toExtractLine({ ...doc, relations: cooccurrence(doc, lex) }))}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
