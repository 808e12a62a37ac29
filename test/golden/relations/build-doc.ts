import { createContext } from '../../../ingest/index.ts';
import { normalize } from '../../../ingest/normalize.ts';
import { relate } from '../../../ingest/relate/index.ts';
import { segment } from '../../../ingest/segment.ts';
import { split } from '../../../ingest/split.ts';
import type { Doc, Entity, EntityType, Mention } from '../../../ingest/types.ts';

/** An entity of a hand-written case: its canonical name, type, the surfaces it goes by, its parent. */
export interface CaseEntity {
  name: string;
  type: EntityType;
  surfaces?: string[];
  within?: string;
}

const idOf = (e: CaseEntity) => `${e.type}:${e.name}`;

/**
 * Builds a resolved document from text and the entities it names: mentions are every occurrence of a
 * name or surface, longest first, so relate can be tested without the recognizer.
 */
export function buildDoc(text: string, entities: readonly CaseEntity[], date?: string): Doc {
  const ctx = createContext();
  let doc: Doc = { id: 'case', source: 'case.txt', raw: text, ...(date ? { date } : {}) };
  doc = segment.run(split.run(normalize.run(doc, ctx), ctx), ctx);
  const norm = doc.text!;
  const forms = entities
    .flatMap((e) => [e.name, ...(e.surfaces ?? [])].map((form) => ({ e, form: form.normalize('NFKC') })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken = new Array<boolean>(norm.length).fill(false);
  const mentions: Mention[] = [];
  for (const { e, form } of forms) {
    for (let at = norm.indexOf(form); at >= 0; at = norm.indexOf(form, at + 1)) {
      const end = at + form.length;
      const s = doc.sentences!.find((x) => x.start <= at && end <= x.end);
      if (!s || taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      mentions.push({
        start: at,
        end,
        sentence: s.index,
        surface: form,
        type: e.type,
        entityId: idOf(e),
        rule: 'case',
        confidence: 1,
      });
    }
  }
  const byName = new Map(entities.map((e) => [e.name, e]));
  const resolved: Entity[] = entities.map((e) => {
    const outer = e.within ? byName.get(e.within) : undefined;
    return {
      id: idOf(e),
      type: e.type,
      name: e.name,
      aliases: e.surfaces ?? [],
      confidence: 1,
      ...(outer ? { within: idOf(outer) } : {}),
    };
  });
  return { ...doc, mentions: mentions.sort((a, b) => a.start - b.start), entities: resolved };
}

/** Runs the relate stage; relations as "TYPE source -> target" by name, undirected pairs sorted. */
export function relateCase(text: string, entities: readonly CaseEntity[], date?: string) {
  const doc = relate.run(buildDoc(text, entities, date), createContext());
  const name = new Map(doc.entities!.map((e) => [e.id, e.name]));
  const relations = doc
    .relations!.map((r) => {
      const [a, b] = [name.get(r.source)!, name.get(r.target)!];
      const undirected = r.type === 'SIGNED_AGREEMENT' || r.type === 'COOPERATES_WITH';
      const [s, t] = undirected && b < a ? [b, a] : [a, b];
      return `${r.type} ${s} -> ${t}`;
    })
    .sort();
  const agreements = doc.agreements!.map((g) => ({
    parties: g.parties.map((p) => name.get(p)!).sort(),
    ...(g.title ? { title: g.title } : {}),
    ...(g.date ? { date: g.date } : {}),
  }));
  return { doc, relations, agreements };
}
