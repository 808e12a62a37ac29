import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  collectEntities,
  formatReview,
  lowConfidence,
  nearDuplicates,
} from '../../ingest/curation/review.ts';
import { createContext, createPipeline } from '../../ingest/index.ts';
import { listInputs, readInput } from '../../ingest/read/files.ts';
import { parseJsonl } from '../../ingest/read/formats.ts';
import type { Doc } from '../../ingest/types.ts';

export interface ReviewOptions {
  jsonl?: string;
  paths: string[];
  overrides: string;
  below: number;
  json: boolean;
}

/**
 * Runs the pipeline without a database over the inputs (the overrides already applied) and lists
 * near-duplicate names and low-confidence entities with the sentences that mention them.
 */
export async function review(
  opts: ReviewOptions,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const pipeline = createPipeline({}, createContext({ overridesPath: opts.overrides }));
  const docs: Doc[] = [];
  if (opts.jsonl) {
    const lines: string[] = [];
    for await (const line of createInterface({ input: createReadStream(opts.jsonl, 'utf8') }))
      lines.push(line);
    for (const doc of parseJsonl(opts.jsonl, lines.join('\n'))) docs.push(pipeline(doc));
  }
  for (const file of await listInputs(opts.paths)) {
    for (const doc of await readInput(file)) docs.push(pipeline(doc));
  }
  const entities = collectEntities(docs);
  const dups = nearDuplicates(entities);
  const low = lowConfidence(entities, opts.below);
  out.write(
    opts.json ? `${JSON.stringify({ nearDuplicates: dups, lowConfidence: low })}\n` : formatReview(dups, low),
  );
  return 0;
}
