import type { Stage } from '../pipeline.ts';

/** Resolves mentions to canonical entities. (Rules arrive with the entity issue.) */
export const resolve: Stage = {
  name: 'resolve',
  requires: ['mentions'],
  assigns: ['mentions', 'entities'],
  run(doc) {
    return { ...doc, entities: [] };
  },
};
