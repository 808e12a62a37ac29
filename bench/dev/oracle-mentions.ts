/**
 * Dev harness (not shipped in tests): relations on ideal entities. Mentions come from finding the gold
 * entities' names and aliases in the normalized text, so the relate stage can be tuned apart from
 * recognition. Writes extract-contract lines and scores them with the dev-set scorer.
 *
 *   npx tsx bench/dev/oracle-mentions.ts [--within] [--show] [--baseline] [--out /tmp/oracle.jsonl]
 *     [--articles FILE.jsonl --gold GOLD.jsonl[,GOLD2.jsonl]]   (default: the dev set in ../shared/eval)
 *
 * --within sets Entity.within from the gold LOCATED_IN / PART_OF (tests the conversion, not a result);
 * --show prints each document's missed and spurious relations; --doc ID prints one document's sentences,
 * mentions and relations with their rules; --baseline scores the co-occurrence baseline.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createContext } from '../../ingest/index.ts';
import { normalize } from '../../ingest/normalize.ts';
import { toExtractLine } from '../../ingest/output.ts';
import { relate } from '../../ingest/relate/index.ts';
import { segment } from '../../ingest/segment.ts';
import { split } from '../../ingest/split.ts';
import type { Doc, Entity, EntityType, Mention } from '../../ingest/types.ts';
import { cooccurrence } from '../baselines/cooccurrence.ts';

const EVAL = new URL('../../../shared/eval/', import.meta.url).pathname;
const args = process.argv.slice(2);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1]! : '/tmp/oracle-pred.jsonl';

interface GoldEntity {
  type: EntityType;
  name: string;
  aliases: string[];
}
interface GoldRelation {
  type: string;
  source: string;
  target: string;
}
interface Gold {
  doc: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

const jsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
const goldFiles = opt('--gold')?.split(',') ?? [`${EVAL}gold-seed-a.jsonl`, `${EVAL}gold-seed-b.jsonl`];
const gold = new Map(goldFiles.flatMap((f) => jsonl<Gold>(f)).map((g) => [g.doc, g]));
const articles = jsonl<{ doc: string; title?: string; text: string }>(
  opt('--articles') ?? `${EVAL}seed-articles.jsonl`,
);

const idOf = (e: GoldEntity) => `${e.type}:${e.name}`;
const fold = (s: string) => normalize.run({ id: '', source: '', raw: s }, createContext()).text ?? s;

function oracleDoc(a: { doc: string; title?: string; text: string }, g: Gold): Doc {
  const ctx = createContext();
  let doc: Doc = {
    id: a.doc,
    source: 'seed-articles.jsonl',
    raw: a.text,
    ...(a.title ? { title: a.title } : {}),
  };
  doc = segment.run(split.run(normalize.run(doc, ctx), ctx), ctx);
  const text = doc.text!;
  const sentences = doc.sentences!;
  const forms = g.entities
    .flatMap((e) => [e.name, ...e.aliases].map((f) => ({ e, form: fold(f) })))
    .filter((x) => x.form.length > 0)
    .sort((x, y) => y.form.length - x.form.length);
  const taken: boolean[] = new Array(text.length).fill(false);
  const mentions: Mention[] = [];
  for (const { e, form } of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      const s = sentences.find((x) => x.start <= at && end <= x.end);
      if (!s || taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      mentions.push({
        start: at,
        end,
        sentence: s.index,
        surface: form,
        type: e.type,
        entityId: idOf(e),
        rule: 'oracle',
        confidence: 1,
      });
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  const within = new Map<string, string>();
  if (args.includes('--within')) {
    for (const r of g.relations) {
      if (r.type !== 'LOCATED_IN' && r.type !== 'PART_OF') continue;
      const s = g.entities.find((e) => e.name === r.source);
      const t = g.entities.find((e) => e.name === r.target);
      if (s && t && !within.has(idOf(s))) within.set(idOf(s), idOf(t));
    }
  }
  const entities: Entity[] = g.entities.map((e) => ({
    id: idOf(e),
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    confidence: 1,
    ...(within.has(idOf(e)) ? { within: within.get(idOf(e))! } : {}),
  }));
  return { ...doc, mentions, entities };
}

const ctx = createContext();
const lines: string[] = [];
for (const a of articles) {
  const g = gold.get(a.doc);
  if (!g) continue;
  const oracle = oracleDoc(a, g);
  const doc = args.includes('--baseline')
    ? { ...oracle, relations: cooccurrence(oracle) }
    : relate.run(oracle, ctx);
  const line = toExtractLine(doc);
  lines.push(JSON.stringify(line));
  if (args.includes('--show')) show(g, line.relations);
  if (opt('--doc') === a.doc) trace(doc);
}
writeFileSync(out, `${lines.join('\n')}\n`);
const goldFile = `${out}.gold.jsonl`;
writeFileSync(goldFile, [...gold.values()].map((g) => JSON.stringify(g)).join('\n'));
process.stdout.write(
  execFileSync('node', [`${EVAL}score.mjs`, '--gold', goldFile, '--pred', out], { encoding: 'utf8' }),
);

/** Missed (-) and spurious (+) relations of one document, by canonical name, for tuning. */
function show(g: Gold, pred: { type: string; source: string; target: string; evidence: string }[]): void {
  const key = (r: { type: string; source: string; target: string }) => `${r.type} ${r.source} -> ${r.target}`;
  const und = (r: { type: string; source: string; target: string }) => `${r.type} ${r.target} -> ${r.source}`;
  const p = new Set(pred.map(key));
  const gk = new Set(g.relations.map(key));
  const lines = [
    ...g.relations.filter((r) => !p.has(key(r)) && !p.has(und(r))).map((r) => `  - ${key(r)}`),
    ...pred
      .filter((r) => !gk.has(key(r)) && !gk.has(und(r)))
      .map((r) => `  + ${key(r)}   | ${r.evidence.replace(/\s+/g, '').slice(0, 60)}`),
  ];
  if (lines.length) console.log(`${g.doc}\n${lines.join('\n')}`);
}

/** One document sentence by sentence: the oracle mentions and the relations with their rules. */
function trace(doc: Doc): void {
  const names = new Map((doc.entities ?? []).map((e) => [e.id, e.name]));
  for (const s of doc.sentences ?? []) {
    const ms = (doc.mentions ?? []).filter((m) => m.sentence === s.index);
    console.log(`[${s.index}] ${s.text}\n    ${ms.map((m) => `${m.surface}/${m.type[0]}`).join('  ')}`);
    for (const r of (doc.relations ?? []).filter((x) => x.evidence.sentence === s.index)) {
      console.log(
        `    ${r.type} ${names.get(r.source)} -> ${names.get(r.target)}  ${r.rule} ${r.confidence}`,
      );
    }
  }
}
