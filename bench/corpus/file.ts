import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SourceDoc } from '../../ingest/types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { type CorpusDoc, type CorpusProfileName, generateCorpus } from './generate.ts';

/** Generated corpora live outside the repository: they are large and reproducible from the seed. */
export const CORPUS_DIR = path.join(tmpdir(), 'govkg-bench');

export function corpusPath(count: number, seed: number, dir = CORPUS_DIR): string {
  return path.join(dir, `corpus-s${seed}-n${count}.jsonl`);
}

/** Writes the corpus as JSONL unless that exact file already exists; returns its path. */
export async function ensureCorpus(
  gaz: Gazetteer,
  count: number,
  seed: number,
  dir = CORPUS_DIR,
): Promise<string> {
  const file = corpusPath(count, seed, dir);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, 'utf8');
  for (const doc of generateCorpus(gaz, { seed, count })) {
    if (!out.write(`${JSON.stringify(doc)}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
  // Renamed only when complete, so an interrupted run never leaves a short corpus behind.
  renameSync(partial, file);
  return file;
}

/** The SourceDoc the JSONL reader would produce for a corpus line. */
export function toSourceDoc(doc: CorpusDoc, file = 'bench'): SourceDoc {
  return { id: doc.doc, source: file, title: doc.title, date: doc.date, raw: doc.text };
}

export function sourceDocs(
  gaz: Gazetteer,
  count: number,
  seed: number,
  profile: CorpusProfileName = 'dense',
): SourceDoc[] {
  return Array.from(generateCorpus(gaz, { seed, count, profile }), (d) => toSourceDoc(d));
}
