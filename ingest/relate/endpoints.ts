import type { EntityType, RelationType } from '../types.ts';

export function assertNever(x: never): never {
  throw new Error(`E_RELATE: unexpected value ${String(x)}`);
}

const ACTORS: readonly EntityType[] = ['Organization', 'Region'];

/** Which entity types each relation type joins (GOLD-FORMAT's table; GRAPH.md's model). */
export function endpointTypes(type: RelationType): {
  source: readonly EntityType[];
  target: readonly EntityType[];
} {
  switch (type) {
    case 'CO_BUILT':
      return { source: ACTORS, target: ['Organization', 'Program'] };
    case 'SIGNED_AGREEMENT':
    case 'COOPERATES_WITH':
      return { source: ACTORS, target: ACTORS };
    case 'PILOTS':
      return { source: ['Region', 'Organization'], target: ['Program'] };
    case 'LAUNCHED':
      return { source: ACTORS, target: ['Organization', 'Program'] };
    case 'ISSUED':
      return { source: ACTORS, target: ['Program'] };
    case 'LOCATED_IN':
      return { source: ['Organization'], target: ['Region'] };
    case 'PART_OF':
      return { source: ['Region'], target: ['Region'] };
    default:
      return assertNever(type);
  }
}

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
