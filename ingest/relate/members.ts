import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadLexicons, type RegionEntry } from '../lexicons/index.ts';
import { foldNFKC } from '../resolve/canonical.ts';
import type { Doc, Entity, Relation, Sentence } from '../types.ts';
import { evidenceOf } from './extract.ts';
import { ownMentions, type ParentLookup } from './within.ts';

/** A named multi-province region by any of its names → the division ids of its members. */
export type MemberTable = Map<string, Set<string>>;

const FILE = fileURLToPath(new URL('../lexicons/region-members.tsv', import.meta.url));

/**
 * Parses region-members.tsv: region names | aliases, then member division names. A member the
 * gazetteer does not know throws E_LEXICON naming the file and line (a typo would silently drop it).
 */
export function parseMembers(text: string, regions: readonly RegionEntry[], file = FILE): MemberTable {
  const byName = new Map<string, string>();
  for (const r of regions) {
    if (r.level === 'province' || r.level === 'city') byName.set(r.name, r.id);
  }
  const table: MemberTable = new Map();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const [names = '', members = ''] = line.split('\t');
    const ids = new Set<string>();
    for (const m of members.split('|').filter(Boolean)) {
      const id = byName.get(m);
      if (!id) throw new Error(`E_LEXICON: ${file}:${i + 1}: unknown member "${m}"`);
      ids.add(id);
    }
    for (const n of names.split('|').filter(Boolean)) table.set(n.normalize('NFKC'), ids);
  });
  return table;
}

let cached: { table: MemberTable; parentOf: ParentLookup } | undefined;
function shipped(): { table: MemberTable; parentOf: ParentLookup } {
  if (!cached) {
    const { regions, regionById } = loadLexicons();
    cached = {
      table: parseMembers(readFileSync(FILE, 'utf8'), regions),
      parentOf: (id) => regionById.get(id)?.parent,
    };
  }
  return cached;
}

/**
 * 上海市 PART_OF 长三角: a place of the document that lies in a member of a named region the document
 * also names. Only the outermost places the document speaks of take part: a place whose named
 * parent is itself inside the region is left to that parent (济南市 → 山东省 → 黄河流域), while a
 * member city keeps the relation when its province is not a member (广州市 → 粤港澳大湾区).
 * Evidence: a sentence naming both, else the first naming the place.
 */
export function memberRelations(
  doc: Doc,
  sentences: readonly Sentence[],
  table: MemberTable = shipped().table,
  parentOf: ParentLookup = shipped().parentOf,
): Relation[] {
  const areas: { area: Entity; members: Set<string> }[] = [];
  for (const e of doc.entities ?? []) {
    if (e.type !== 'Region') continue;
    // The first of its names the table knows; NFKC only for names that are not plain CJK or ASCII.
    let members = table.get(foldNFKC(e.name));
    for (let i = 0; !members && i < e.aliases.length; i++) members = table.get(foldNFKC(e.aliases[i]!));
    if (members) areas.push({ area: e, members });
  }
  // Most documents name no such region: the table by id is built only for those that do.
  if (areas.length === 0) return [];
  const entities = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  const sentencesOf = new Map<string, number[]>();
  for (const m of doc.mentions ?? []) {
    if (!m.entityId) continue;
    sentencesOf.set(m.entityId, [...(sentencesOf.get(m.entityId) ?? []), m.sentence]);
  }
  const chain = (e: Entity): string[] => {
    const out: string[] = [];
    for (let at = e.within ?? parentOf(e.id); at && !out.includes(at); ) {
      out.push(at);
      at = entities.get(at)?.within ?? parentOf(at);
    }
    return out;
  };
  // 北京市 inside 北京市市场监督管理局 is part of a name, not a place the document speaks of.
  const spoken = ownMentions(doc);
  const inside = (id: string, members: ReadonlySet<string>) =>
    members.has(id) || chain(entities.get(id)!).some((x) => members.has(x));
  const out: Relation[] = [];
  for (const place of entities.values()) {
    if (place.type !== 'Region' || place.level === 'area' || place.level === 'country') continue;
    const up = chain(place);
    const own = sentencesOf.get(place.id) ?? [];
    if (own.length === 0) continue;
    for (const { area, members } of areas) {
      if (!inside(place.id, members)) continue;
      // A named parent inside the region speaks for the place (济南市 → 山东省 → 黄河流域).
      if (up.some((id) => id !== area.id && spoken.has(id) && entities.has(id) && inside(id, members)))
        continue;
      const both = own.find((s) => sentencesOf.get(area.id)?.includes(s));
      const sentence = sentences[both ?? Math.min(...own)];
      if (!sentence) continue;
      out.push({
        type: 'PART_OF',
        source: place.id,
        target: area.id,
        evidence: evidenceOf(doc, sentence),
        rule: both === undefined ? 'region-member' : 'region-member(co-mentioned)',
        confidence: Math.min(place.confidence, area.confidence) * 0.9,
      });
    }
  }
  return out;
}
