import { loadConfig } from '../src/config.ts';
import { loadOverrides } from './curation/overrides.ts';
import { loadLexicons } from './lexicons/index.ts';
import { normalize } from './normalize.ts';
import { createRunner, type RunnerHooks, type Stage, type StageContext } from './pipeline.ts';
import { recognize } from './recognize/index.ts';
import { buildTables } from './recognize/tables.ts';
import { relate } from './relate/index.ts';
import { resolve } from './resolve/index.ts';
import { loadJieba, segment, writeUserDictionary } from './segment.ts';
import { split } from './split.ts';
import type { Doc, SourceDoc } from './types.ts';

/** Bumped when extraction output changes, so facts record which pipeline made them. */
export const PIPELINE_VERSION = '0.1.0';

/** The stages in order: text → sentences → tokens → mentions → entities → relations. */
export const STAGES: readonly Stage[] = [normalize, split, segment, recognize, resolve, relate];

export interface ContextOptions {
  /** Curated overrides file (config GOVKG_OVERRIDES); a missing file means none. */
  overridesPath?: string;
}

/** Loads lexicons, jieba with the project's user dictionary, and the overrides, once per run. */
export function createContext(opts: ContextOptions = {}): StageContext {
  const lex = loadLexicons();
  loadJieba([writeUserDictionary(lex)]);
  return {
    pipelineVersion: PIPELINE_VERSION,
    recognizer: buildTables(lex),
    // Callers without a config of their own (extract, ingest workers) get GOVKG_OVERRIDES from the environment.
    overrides: loadOverrides(opts.overridesPath ?? loadConfig().GOVKG_OVERRIDES),
  };
}

/** Builds the pipeline once (lexicons load here) and returns a function from SourceDoc to Doc. */
export function createPipeline(hooks: RunnerHooks = {}, ctx: StageContext = createContext()) {
  const run = createRunner(STAGES, ctx, hooks);
  return (source: SourceDoc): Doc => run({ ...source });
}
