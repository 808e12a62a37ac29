import type { Stage } from '../pipeline.ts';

/** Extracts relations between resolved entities. (Patterns arrive with the relation issue.) */
export const relate: Stage = {
  name: 'relate',
  requires: ['sentences', 'mentions', 'entities'],
  assigns: ['relations', 'agreements'],
  run(doc) {
    return { ...doc, relations: [], agreements: [] };
  },
};
