import { describe, expect, it } from 'vitest';
import { checkStages, createRunner, type Stage, StageError } from '../../ingest/pipeline.ts';

const stage = (
  name: string,
  requires: Stage['requires'],
  assigns: Stage['assigns'],
  run?: Stage['run'],
): Stage => ({
  name,
  requires,
  assigns,
  run: run ?? ((doc) => doc),
});

describe('stage runner', () => {
  it('rejects a stage whose input no earlier stage assigns', () => {
    expect(() => checkStages([stage('split', ['text'], ['sentences'])])).toThrow(/"split" requires "text"/);
  });

  it('accepts stages in dependency order', () => {
    expect(() =>
      checkStages([stage('normalize', [], ['text', 'offsets']), stage('split', ['text'], ['sentences'])]),
    ).not.toThrow();
  });

  it('names the stage and document when a stage fails', () => {
    const run = createRunner(
      [
        stage('boom', [], ['text'], () => {
          throw new Error('bad things');
        }),
      ],
      { pipelineVersion: 'test' },
    );
    const call = () => run({ id: 'doc-7', source: 'a.txt', raw: 'x' });
    expect(call).toThrow(StageError);
    expect(call).toThrow(/stage "boom" failed on doc-7 \(a\.txt\): bad things/);
  });
});
