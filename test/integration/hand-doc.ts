import type { Doc, EntityType, RelationType, SourceDoc } from '../../ingest/types.ts';

export interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  aliases?: string[];
}

export interface DocSpec {
  id: string;
  title?: string;
  /** Each ends with its own punctuation; the raw text is their concatenation. */
  sentences: string[];
  /** [sentence index, surface as written, entity id] */
  mentions?: [number, string, string][];
  /** [type, source id, target id, sentence index, agreement id?] */
  relations?: [RelationType, string, string, number, string?][];
  agreements?: { id: string; title?: string; parties: string[]; sentence: number }[];
}

/**
 * A processed Doc built by hand, as recognize/resolve/relate would leave it, so the writer can be
 * tested with entities and relations whatever state the recognizers are in.
 */
export function handDoc(spec: DocSpec, catalog: readonly EntitySpec[]): Doc {
  const raw = spec.sentences.join('');
  const starts: number[] = [];
  let at = 0;
  for (const s of spec.sentences) {
    starts.push(at);
    at += s.length;
  }
  const evidence = (i: number) => ({
    docId: spec.id,
    sentence: i,
    text: spec.sentences[i]!,
    start: starts[i]!,
    end: starts[i]! + spec.sentences[i]!.length,
  });
  const used = new Set<string>();
  const mentions = (spec.mentions ?? []).map(([i, surface, entityId]) => {
    const start = raw.indexOf(surface, starts[i]!);
    if (start < 0) throw new Error(`fixture: "${surface}" is not in sentence ${i} of ${spec.id}`);
    used.add(entityId);
    const type = catalog.find((e) => e.id === entityId)!.type;
    return {
      sentence: i,
      start,
      end: start + surface.length,
      surface,
      type,
      entityId,
      rule: 'test',
      confidence: 0.9,
    };
  });
  const relations = (spec.relations ?? []).map(([type, source, target, i, agreementId]) => {
    used.add(source).add(target);
    return {
      type,
      source,
      target,
      evidence: evidence(i),
      rule: `test-${type}`,
      confidence: 0.8,
      agreementId,
    };
  });
  const agreements = (spec.agreements ?? []).map((a) => {
    for (const p of a.parties) used.add(p);
    return {
      id: a.id,
      title: a.title,
      parties: a.parties,
      evidence: evidence(a.sentence),
      rule: 'test',
      confidence: 0.8,
    };
  });
  return {
    id: spec.id,
    source: `${spec.id}.txt`,
    title: spec.title,
    raw,
    text: raw,
    offsets: Array.from({ length: raw.length + 1 }, (_, i) => i),
    sentences: spec.sentences.map((text, index) => ({
      index,
      text,
      start: starts[index]!,
      end: starts[index]! + text.length,
      orig: { start: starts[index]!, end: starts[index]! + text.length },
      tokens: [],
    })),
    mentions,
    entities: catalog
      .filter((e) => used.has(e.id))
      .map((e) => ({ ...e, aliases: e.aliases ?? [], confidence: 0.9 })),
    relations,
    agreements,
  };
}

/** The SourceDocs of hand-made Docs, and a pipeline that returns the prepared Doc for each. */
export function handCorpus(docs: readonly Doc[]) {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const sources: SourceDoc[] = docs.map(({ id, source, title, raw }) => ({ id, source, title, raw }));
  const pipeline = (s: SourceDoc): Doc => {
    const doc = byId.get(s.id);
    if (!doc || doc.raw !== s.raw) throw new Error(`fixture: no prepared Doc for ${s.id}`);
    return doc;
  };
  return { sources, pipeline };
}
