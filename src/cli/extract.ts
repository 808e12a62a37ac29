import { readFile } from 'node:fs/promises';
import { createPipeline } from '../../ingest/index.ts';
import { toExtractLine } from '../../ingest/output.ts';
import { decodeBytes } from '../../ingest/read/decode.ts';
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
    // Read as JSONL whatever the file is called, with the same strict decoding as every other input.
    const { text } = decodeBytes(await readFile(opts.jsonl), opts.jsonl);
    for (const doc of parseJsonl(opts.jsonl, text)) emit(toExtractLine(pipeline(doc)));
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
