import { normalize } from './normalize.ts';
import { createRunner, type RunnerHooks, type Stage, type StageContext } from './pipeline.ts';
import { recognize } from './recognize/index.ts';
import { relate } from './relate/index.ts';
import { resolve } from './resolve/index.ts';
import { segment } from './segment.ts';
import { split } from './split.ts';
import type { Doc, SourceDoc } from './types.ts';

/** Bumped when extraction output changes, so facts record which pipeline made them. */
export const PIPELINE_VERSION = '0.1.0';

/** The stages in order: text → sentences → tokens → mentions → entities → relations. */
export const STAGES: readonly Stage[] = [normalize, split, segment, recognize, resolve, relate];

export function createContext(): StageContext {
  return { pipelineVersion: PIPELINE_VERSION };
}

/** Builds the pipeline once (lexicons load here) and returns a function from SourceDoc to Doc. */
export function createPipeline(hooks: RunnerHooks = {}, ctx: StageContext = createContext()) {
  const run = createRunner(STAGES, ctx, hooks);
  return (source: SourceDoc): Doc => run({ ...source });
}
