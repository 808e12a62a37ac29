import { RELATION_TYPES, type RelationType } from '../../ingest/types.ts';
import { cypher } from '../db/cypher.ts';
import { userError } from './errors.ts';
import { type ReadContext, read, readNamed } from './read.ts';

/** Relationships that place things (regions, bodies) rather than state cooperation. */
const CONTAINMENT: ReadonlySet<RelationType> = new Set(['LOCATED_IN', 'PART_OF']);
export const COOPERATION_TYPES: readonly RelationType[] = RELATION_TYPES.filter((t) => !CONTAINMENT.has(t));

export interface CustomLimits {
  maxHops: number;
}

interface EntityRef {
  id: string;
  type: string;
  name: string;
}

/** Checks an integer argument against its range; the message names the argument and the bound. */
export function checkRange(arg: string, value: number, min: number, max: number, setting?: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const why = setting ? ` (the server's ${setting})` : '';
    throw userError(`E_${arg.toUpperCase()}`, `${arg} must be between ${min} and ${max}${why}; got ${value}`);
  }
  return value;
}

/** Relationship types from the client, checked against the model; all cooperation types by default. */
export function checkTypes(types: readonly string[] | null | undefined): string[] {
  if (!types || types.length === 0) return [...COOPERATION_TYPES];
  const unknown = types.filter((t) => !(COOPERATION_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0) {
    throw userError(
      'E_TYPES',
      `unknown relationship type ${unknown.join(', ')}; use ${COOPERATION_TYPES.join(', ')}`,
    );
  }
  return [...new Set(types)];
}

/** The entities a name, alias or id stands for; a clear error when there is none. */
async function resolveIds(
  ctx: ReadContext,
  arg: string,
  name: string,
): Promise<{ id: string; type: string }[]> {
  const rows = await readNamed<{ id: string; type: string }>(ctx, 'queries/resolve-names', { name });
  if (rows.length === 0) throw userError('E_NOT_FOUND', `no entity is named or aliased ${name} (${arg})`);
  return rows;
}

/** Most paths a cooperationPaths request may ask for. */
const MAX_PATHS = 100;
/**
 * The k of SHORTEST k, a literal in Cypher 5: the smallest of these at or above `limit`. The search
 * stops after k paths, so a small limit must not pay for 100 (at 1M relations k = 100 costs ~3x k = 10).
 */
const PATH_KS = [1, 5, 10, 25, 50, MAX_PATHS] as const;

/**
 * The cooperationPaths statement for a request. Quantifier bounds, SHORTEST k and the relationship
 * types of a pattern cannot be parameters, so they are written into the text; each comes from a
 * checked, finite set (maxHops up to MAX_HOPS, k from PATH_KS, types from COOPERATION_TYPES), so a
 * request only ever picks one of a bounded number of texts, never text of its own. Types written in
 * let the planner expand only those relationships: a body's PILOTS, not every cooperation
 * relationship it has. Each text is built once, on first use.
 */
export class PathStatements {
  readonly #template = cypher('queries/cooperation-paths');
  readonly #built = new Map<string, string>();

  constructor(readonly maxHops: number) {}

  get(maxHops: number, limit: number, types: readonly string[]): string {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > this.maxHops) {
      throw new Error(`PathStatements: maxHops ${maxHops} outside 1..${this.maxHops}`);
    }
    const known = [...new Set(types)].sort();
    if (known.length === 0 || known.some((t) => !(COOPERATION_TYPES as readonly string[]).includes(t))) {
      throw new Error(`PathStatements: types must be cooperation types, got ${types.join(', ')}`);
    }
    const k = PATH_KS.find((x) => x >= limit) ?? MAX_PATHS;
    const key = `${maxHops}:${k}:${known.join('|')}`;
    let text = this.#built.get(key);
    if (!text) {
      // SHORTEST refuses a {0,0} quantifier; at maxHops 1 the length filter drops containment hops.
      const endHops = Math.max(1, Math.min(2, maxHops - 1));
      // The longer shapes pay with a type filter (no short paths, SHORTEST slow) and cost without one.
      const filtered = known.length < COOPERATION_TYPES.length;
      const three = filtered && maxHops >= 3;
      text = keepBlock(keepBlock(this.#template, 'shapes of 3', three), 'shape of 4', three && maxHops >= 4)
        .replaceAll('{{maxHops}}', String(maxHops))
        .replaceAll('{{endHops}}', String(endHops))
        .replaceAll('{{k}}', String(k))
        .replaceAll('{{listed}}', three ? '3' : '2')
        .replaceAll('{{types}}', known.join('|'));
      this.#built.set(key, text);
    }
    return text;
  }
}

/** The template with a `//<name>` … `//</name>` block kept (markers dropped) or cut out. */
function keepBlock(template: string, name: string, keep: boolean): string {
  const open = template.indexOf(`//<${name}>`);
  const close = template.indexOf(`//</${name}>`);
  if (open < 0 || close < open) throw new Error(`cooperation-paths.cypher: no block ${name}`);
  const lineStart = (at: number) => template.lastIndexOf('\n', at) + 1;
  const lineEnd = (at: number) => template.indexOf('\n', at) + 1;
  const inner = template.slice(lineEnd(open), lineStart(close));
  return template.slice(0, lineStart(open)) + (keep ? inner : '') + template.slice(lineEnd(close));
}

interface PathArgs {
  from: string;
  to: string;
  maxHops: number;
  types?: string[] | null;
  limit: number;
}

/** The resolvers of the hand-written Query fields (the others are @cypher fields in schema.graphql). */
export function customResolvers(ctx: ReadContext, limits: CustomLimits) {
  const paths = new PathStatements(limits.maxHops);
  return {
    Query: {
      async cooperationPaths(_root: unknown, args: PathArgs) {
        const maxHops = checkRange('maxHops', args.maxHops, 1, limits.maxHops, 'MAX_HOPS');
        const limit = checkRange('limit', args.limit, 1, MAX_PATHS);
        const types = checkTypes(args.types);
        const [from, to] = await Promise.all([
          resolveIds(ctx, 'from', args.from),
          resolveIds(ctx, 'to', args.to),
        ]);
        return read(ctx, paths.get(maxHops, limit, types), {
          fromIds: from.map((e) => e.id),
          toIds: to.map((e) => e.id),
          types,
          maxHops,
          limit,
        });
      },

      async regionCooperation(_root: unknown, args: { region: string }) {
        const regions = (await resolveIds(ctx, 'region', args.region)).filter((e) => e.type === 'Region');
        if (regions.length === 0) throw userError('E_NOT_REGION', `${args.region} names no region`);
        return readNamed(ctx, 'queries/region-cooperation', {
          ids: regions.map((e) => e.id),
          types: [...COOPERATION_TYPES],
          limit: 200,
        });
      },

      async neighborhood(_root: unknown, args: { id: string; depth: number; limit: number }) {
        const depth = checkRange('depth', args.depth, 1, 3);
        const limit = checkRange('limit', args.limit, 1, 500);
        const centre = await resolveIds(ctx, 'id', args.id);
        const types = [...RELATION_TYPES];
        const nodes = await readNamed<EntityRef>(ctx, 'queries/entity-names', {
          ids: centre.map((e) => e.id).slice(0, limit),
        });
        // Ring by ring, each bounded by what is left of the limit, so a hub cannot blow the query up.
        let frontier = nodes.map((n) => n.id);
        for (let d = 0; d < depth && frontier.length > 0 && nodes.length < limit; d++) {
          const ring = await readNamed<EntityRef>(ctx, 'queries/neighbors', {
            frontier,
            seen: nodes.map((n) => n.id),
            types,
            limit: limit - nodes.length,
          });
          nodes.push(...ring);
          frontier = ring.map((n) => n.id);
        }
        const edges = await readNamed(ctx, 'queries/neighborhood-edges', {
          ids: nodes.map((n) => n.id),
          types,
          limit: limit * 10,
        });
        return { nodes, edges };
      },

      async timeline(_root: unknown, args: { entity: string; limit: number }) {
        const limit = checkRange('limit', args.limit, 1, 500);
        const ids = (await resolveIds(ctx, 'entity', args.entity)).map((e) => e.id);
        return readNamed(ctx, 'queries/timeline', { ids, types: [...COOPERATION_TYPES], limit });
      },
    },
  };
}
