import type { GraphCounts } from '../ingest/write/writer.ts';
import type { CorpusProfileName } from './corpus/generate.ts';
import type { CorpusDensity, ExtractionFigures, ParallelFigures } from './extract.ts';
import type { LatencyFigures } from './graphql.ts';
import type { LoadFigures } from './ingest.ts';
import type { WriterProfile } from './ingest-profile.ts';

// The shape of one benchmark run, as written to RESULTS.json and rendered into RESULTS.md.

/** Cores the rest of the machine kept busy during a section (null when unknown). */
type Load = number | null;

/** One corpus streamed through extraction in a fresh process (bench/children/extract-stream.ts). */
export interface StreamFigures {
  docs: number;
  bytes: number;
  ms: number;
  MBps: number;
  entities: number;
  relations: number;
  peakRssMB: number;
  /** CPU time of the whole child process, all threads. */
  cpuMs: number;
  otherLoad?: Load;
  /** Measured inside the streaming load (wall time minus time spent writing; RSS of the bench process). */
  inLoad?: boolean;
}

export interface ScalePoint {
  docs: number;
  extract?: StreamFigures;
  extractParallel?: StreamFigures;
  writer?: LoadFigures;
  writerOtherLoad?: Load;
  bare?: LoadFigures;
  bareOtherLoad?: Load;
}

export interface BenchResults {
  mode: 'quick' | 'full';
  command: string;
  machine: string;
  revision: string;
  seed: number;
  startedAt: string;
  finishedAt?: string;
  /** Set when the run stopped on an error; the report holds what was measured until then. */
  error?: string;
  /** On the `bulletin` corpus (reports from before profiles: on `dense`). */
  extraction?: ExtractionFigures & { otherLoad: Load };
  /** The same measurement on the entity-dense corpus the graph sections load. */
  extractionDense?: ExtractionFigures & { otherLoad: Load };
  /** Real text's density, when the development set was at hand (--reference). */
  reference?: CorpusDensity;
  parallel?: {
    /** Absent in reports from before profiles: `dense`. */
    corpus?: CorpusProfileName;
    docs: number;
    /** Documents every thread ran before the clock (absent in older reports: 300). */
    warmupDocs?: number;
    inProcessMBps: number;
    runs: ParallelFigures[];
    otherLoad: Load;
  };
  scaling: ScalePoint[];
  writerProfile?: WriterProfile;
  graphql?: {
    docs: number;
    graph: GraphCounts;
    coBuiltSubstitute?: string;
    /** The regions shanghaiChongqingAgreements asked for instead of 上海市 and 重庆市 (absent: as written). */
    agreementSubstitute?: [string, string];
    queries: LatencyFigures[];
    otherLoad: Load;
  };
  paths?: {
    docs: number;
    graph: GraphCounts;
    pairs: number;
    byHops: LatencyFigures[];
    /** With type filters that leave no path of one or two hops (absent in older reports). */
    filtered?: LatencyFigures[];
    filteredPairs?: number;
    otherLoad: Load;
  };
}
