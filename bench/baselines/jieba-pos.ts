/**
 * Baseline: jieba's own part-of-speech tags alone (nt → Organization, ns → Region), on the same
 * normalized text and in the same extract contract, so the dev scorer measures both the same way.
 * Usage: npx tsx bench/baselines/jieba-pos.ts --jsonl FILE > pred.jsonl
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalizeText } from '../../ingest/normalize.ts';
import type { ExtractLine } from '../../ingest/output.ts';
import { parseJsonl } from '../../ingest/read/formats.ts';

interface Jieba {
  load(opts?: object): void;
  tag(text: string): { word: string; tag: string }[];
}

const TYPE_OF: Record<string, 'Organization' | 'Region'> = { nt: 'Organization', ns: 'Region' };

/** Every distinct nt/ns token of a document, one entity each. */
export function jiebaPosEntities(jieba: Jieba, docId: string, raw: string): ExtractLine {
  const { text } = normalizeText(raw);
  const seen = new Map<string, ExtractLine['entities'][number]>();
  for (const { word, tag } of jieba.tag(text)) {
    const type = TYPE_OF[tag];
    if (!type || seen.has(`${type}:${word}`)) continue;
    seen.set(`${type}:${word}`, {
      id: `${type === 'Region' ? 'region' : 'org'}:${word}`,
      type,
      name: word,
      aliases: [],
    });
  }
  return { doc: docId, entities: [...seen.values()], relations: [] };
}

function main(argv: string[]): void {
  const i = argv.indexOf('--jsonl');
  const file = i >= 0 ? argv[i + 1] : undefined;
  if (!file) {
    process.stderr.write('usage: tsx bench/baselines/jieba-pos.ts --jsonl FILE\n');
    process.exitCode = 2;
    return;
  }
  const jieba = createRequire(import.meta.url)('nodejieba') as Jieba;
  jieba.load({});
  for (const doc of parseJsonl(file, readFileSync(file, 'utf8'))) {
    process.stdout.write(`${JSON.stringify(jiebaPosEntities(jieba, doc.id, doc.raw))}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
