import type { Stage } from '../pipeline.ts';

/** Finds Organization, Region and Program mentions. (Rules arrive with the entity issue.) */
export const recognize: Stage = {
  name: 'recognize',
  requires: ['sentences'],
  assigns: ['mentions'],
  run(doc) {
    return { ...doc, mentions: [] };
  },
};
