import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { nameKey } from '../resolve/canonical.ts';
import { ENTITY_TYPES, type Entity, type EntityType, type Mention } from '../types.ts';

/**
 * Analysts' corrections, applied at every ingest so they survive re-ingest:
 * - merge: these surface forms name this entity (上海科委 → 上海市科学技术委员会);
 * - block: these names are never entities (创新联盟 alone, 双方);
 * - types: this name has this type (上海国际金融中心 is a Program);
 * - official: this entity's official name (an alias or an old name → the name to show).
 */
export const OverridesSchema = z
  .object({
    merge: z
      .array(z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).min(1) }))
      .default([]),
    block: z.array(z.string().min(1)).default([]),
    types: z.array(z.object({ name: z.string().min(1), type: z.enum(ENTITY_TYPES) })).default([]),
    official: z.array(z.object({ name: z.string().min(1), official: z.string().min(1) })).default([]),
  })
  .strict();

export type Overrides = z.infer<typeof OverridesSchema>;

export const NO_OVERRIDES: Overrides = { merge: [], block: [], types: [], official: [] };

/** Reads and checks an overrides file; a missing file means no overrides, a bad one fails with its path. */
export function loadOverrides(file: string | undefined): Overrides {
  if (!file || !existsSync(file)) return NO_OVERRIDES;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`E_OVERRIDES: ${file} is not valid JSON (${(err as Error).message})`);
  }
  const parsed = OverridesSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`E_OVERRIDES: ${file}: ${problems}; see ingest/curation/overrides.ts for the format`);
  }
  return parsed.data;
}

const PREFIX: Record<EntityType, string> = { Organization: 'org', Region: 'region', Program: 'program' };

/** Applies overrides to one document's entities and mentions; entities that end up equal are combined. */
export function applyOverrides(
  entities: readonly Entity[],
  mentions: readonly Mention[],
  o: Overrides,
): { entities: Entity[]; mentions: Mention[] } {
  const blocked = new Set(o.block.map(nameKey));
  const rename = new Map<string, string>();
  for (const m of o.merge) for (const a of m.aliases) rename.set(nameKey(a), m.name);
  for (const x of o.official) rename.set(nameKey(x.name), x.official);
  const retype = new Map(o.types.map((x) => [nameKey(x.name), x.type]));

  const idMap = new Map<string, string | null>();
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    const forms = [e.name, ...e.aliases];
    if (forms.some((f) => blocked.has(nameKey(f)))) {
      idMap.set(e.id, null);
      continue;
    }
    const newName = forms.map((f) => rename.get(nameKey(f))).find((n) => n !== undefined);
    const type = retype.get(nameKey(newName ?? e.name)) ?? e.type;
    const changed = newName !== undefined || type !== e.type;
    const name = newName ?? e.name;
    // Regions keep their code ids; renamed or retyped entities get the id of their new name.
    const id =
      changed && !(type === 'Region' && e.type === 'Region') ? `${PREFIX[type]}:${nameKey(name)}` : e.id;
    const next: Entity = { ...e, id, type, name, aliases: forms.filter((f) => f !== name) };
    const prev = byId.get(id);
    if (prev) {
      for (const f of [next.name, ...next.aliases])
        if (f !== prev.name && !prev.aliases.includes(f)) prev.aliases.push(f);
      prev.confidence = Math.max(prev.confidence, next.confidence);
    } else byId.set(id, { ...next, aliases: [...new Set(next.aliases)] });
    idMap.set(e.id, id);
  }
  const kept: Mention[] = [];
  for (const m of mentions) {
    const id = m.entityId ? idMap.get(m.entityId) : undefined;
    if (id === null) continue;
    const e = id ? byId.get(id) : undefined;
    kept.push(e ? { ...m, entityId: e.id, type: e.type } : m);
  }
  return { entities: [...byId.values()], mentions: kept };
}
