import type { Doc, DocField } from './types.ts';

/** What every stage can read: lexicons and settings loaded once per run. */
export interface StageContext {
  pipelineVersion: string;
  // biome-ignore lint/suspicious/noExplicitAny: stages own their own context keys, checked by each stage.
  [key: string]: any;
}

export interface Stage {
  name: string;
  requires: readonly DocField[];
  assigns: readonly DocField[];
  run(doc: Doc, ctx: StageContext): Doc;
}

export interface RunnerHooks {
  stageDidEnd?(stage: string, doc: Doc, ms: number): void;
}

export class StageError extends Error {
  readonly code = 'E_STAGE';
  constructor(
    readonly stage: string,
    readonly docId: string,
    readonly source: string,
    cause: unknown,
  ) {
    super(`E_STAGE: stage "${stage}" failed on ${docId} (${source}): ${(cause as Error)?.message ?? cause}`, {
      cause,
    });
  }
}

/** Checks at start-up that every stage's inputs are assigned by an earlier stage. */
export function checkStages(stages: readonly Stage[]): void {
  const assigned = new Set<DocField>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!assigned.has(need)) {
        throw new Error(
          `E_PIPELINE: stage "${stage.name}" requires "${need}", which no earlier stage assigns`,
        );
      }
    }
    for (const field of stage.assigns) assigned.add(field);
  }
}

/** Runs the stages in order; a failure names the stage and the document. */
export function createRunner(stages: readonly Stage[], ctx: StageContext, hooks: RunnerHooks = {}) {
  checkStages(stages);
  return (doc: Doc): Doc => {
    let current = doc;
    for (const stage of stages) {
      const t0 = performance.now();
      try {
        current = stage.run(current, ctx);
      } catch (err) {
        throw new StageError(stage.name, doc.id, doc.source, err);
      }
      hooks.stageDidEnd?.(stage.name, current, performance.now() - t0);
    }
    return current;
  };
}

/** Reads a field a stage requires; the runner has checked the order, so absence is a bug. */
export function need<K extends DocField>(doc: Doc, field: K): NonNullable<Doc[K]> {
  const value = doc[field];
  if (value === undefined || value === null) throw new Error(`missing "${field}" on ${doc.id}`);
  return value as NonNullable<Doc[K]>;
}
