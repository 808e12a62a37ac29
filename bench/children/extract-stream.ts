// Streams a corpus file through the pipeline (in this thread or on a worker pool) and prints one
// JSON line: time, throughput, counts and this process's peak RSS.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createPipeline } from '../../ingest/index.ts';
import { extractParallel, PipelinePool } from '../../ingest/parallel.ts';
import type { Doc, SourceDoc } from '../../ingest/types.ts';
import { childArgs } from '../child.ts';
import { toSourceDoc } from '../corpus/file.ts';
import type { CorpusDoc } from '../corpus/generate.ts';
import { peakRssMB } from '../stats.ts';

const args = childArgs();
const file = args.get('file')!;
const workers = Number(args.get('workers') ?? 0);

async function* read(): AsyncGenerator<SourceDoc> {
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (line) yield toSourceDoc(JSON.parse(line) as CorpusDoc, file);
  }
}

let docs = 0;
let bytes = 0;
let entities = 0;
let relations = 0;
const count = (doc: Doc) => {
  docs++;
  bytes += Buffer.byteLength(doc.raw, 'utf8');
  entities += doc.entities?.length ?? 0;
  relations += doc.relations?.length ?? 0;
};

const t0 = performance.now();
if (workers > 0) {
  const pool = new PipelinePool({ workers, keep: 'facts' });
  for await (const batch of extractParallel(pool, read())) for (const r of batch) if (r.ok) count(r.doc);
  await pool.close();
} else {
  const pipeline = createPipeline();
  for await (const source of read()) count(pipeline(source));
}
const ms = performance.now() - t0;
const cpu = process.cpuUsage();
console.log(
  JSON.stringify({
    docs,
    bytes,
    ms,
    MBps: bytes / 1e6 / (ms / 1000),
    entities,
    relations,
    peakRssMB: peakRssMB(),
    cpuMs: (cpu.user + cpu.system) / 1000,
  }),
);
