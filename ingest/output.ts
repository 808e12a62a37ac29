import type { Doc } from './types.ts';

/** One line of `govkg extract` output: the contract the dev-set scorer reads. */
export interface ExtractLine {
  doc: string;
  entities: { id: string; type: string; name: string; aliases: string[] }[];
  relations: { type: string; source: string; target: string; evidence: string }[];
}

/** Maps a processed document to the extract contract: relation endpoints by canonical name. */
export function toExtractLine(doc: Doc): ExtractLine {
  const entities = doc.entities ?? [];
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  return {
    doc: doc.id,
    entities: entities.map(({ id, type, name, aliases }) => ({ id, type, name, aliases })),
    relations: (doc.relations ?? []).map((r) => ({
      type: r.type,
      source: nameOf.get(r.source) ?? r.source,
      target: nameOf.get(r.target) ?? r.target,
      evidence: r.evidence.text,
    })),
  };
}
