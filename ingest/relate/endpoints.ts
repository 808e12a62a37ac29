import type { EntityType, RelationType } from '../types.ts';

export function assertNever(x: never): never {
  throw new Error(`E_RELATE: unexpected value ${String(x)}`);
}

const ACTORS: readonly EntityType[] = ['Organization', 'Region'];

/** Which entity types each relation type joins (GOLD-FORMAT's table; GRAPH.md's model). */
export function endpointTypes(type: RelationType): Endpoints {
  return ENDPOINTS[type];
}

interface Endpoints {
  source: readonly EntityType[];
  target: readonly EntityType[];
}

/** Built once: the readers ask for every trigger of every sentence. */
const ENDPOINTS: Readonly<Record<RelationType, Endpoints>> = {
  CO_BUILT: { source: ACTORS, target: ['Organization', 'Program'] },
  SIGNED_AGREEMENT: { source: ACTORS, target: ACTORS },
  COOPERATES_WITH: { source: ACTORS, target: ACTORS },
  PILOTS: { source: ['Region', 'Organization'], target: ['Program'] },
  LAUNCHED: { source: ACTORS, target: ['Organization', 'Program'] },
  ISSUED: { source: ACTORS, target: ['Program'] },
  LOCATED_IN: { source: ['Organization'], target: ['Region'] },
  PART_OF: { source: ['Region'], target: ['Region'] },
};

/** Whether a place named after 在/对 can be the agent: the launch site, the pilot site. */
export function placeCanAct(type: RelationType): boolean {
  switch (type) {
    case 'PILOTS':
    case 'LAUNCHED':
      return true;
    case 'CO_BUILT':
    case 'SIGNED_AGREEMENT':
    case 'ISSUED':
    case 'COOPERATES_WITH':
    case 'LOCATED_IN':
    case 'PART_OF':
      return false;
    default:
      return assertNever(type);
  }
}

/** Joint acts between the agents themselves; a lead list (A会同B) under them is no extra cooperation. */
export function isJointAct(type: RelationType): boolean {
  switch (type) {
    case 'CO_BUILT':
    case 'SIGNED_AGREEMENT':
    case 'COOPERATES_WITH':
      return true;
    case 'PILOTS':
    case 'LAUNCHED':
    case 'ISSUED':
    case 'LOCATED_IN':
    case 'PART_OF':
      return false;
    default:
      return assertNever(type);
  }
}
