import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createPipeline } from '../../ingest/index.ts';
import { toExtractLine } from '../../ingest/output.ts';
import { listInputs, readInput } from '../../ingest/read/files.ts';
import { parseJsonl } from '../../ingest/read/formats.ts';

export interface ExtractOptions {
  jsonl?: string;
  paths: string[];
}

/** Runs the pipeline without a database and writes one JSON line per document to stdout. */
export async function extract(
  opts: ExtractOptions,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const pipeline = createPipeline();
  const emit = (line: unknown) => out.write(`${JSON.stringify(line)}\n`);
  let failures = 0;
  if (opts.jsonl) {
    const lines: string[] = [];
    for await (const line of createInterface({ input: createReadStream(opts.jsonl, 'utf8') }))
      lines.push(line);
    for (const doc of parseJsonl(opts.jsonl, lines.join('\n'))) emit(toExtractLine(pipeline(doc)));
  }
  for (const file of await listInputs(opts.paths)) {
    try {
      for (const doc of await readInput(file)) emit(toExtractLine(pipeline(doc)));
    } catch (err) {
      failures++;
      process.stderr.write(`${(err as Error).message}\n`);
    }
  }
  return failures;
}
