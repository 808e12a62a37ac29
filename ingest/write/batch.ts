import { createHash } from 'node:crypto';
import { type Doc, type EntityType, type RelationType, UNDIRECTED } from '../types.ts';

/** The rows one document contributes to the graph: pure data, ready for UNWIND. */
export interface GraphBatch {
  docId: string;
  document: DocumentRow;
  sentences: SentenceRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  agreements: AgreementRow[];
  parties: PartyRow[];
  relations: RelationRow[];
  /** Facts left out, with the reason, so the caller can log them (never silently lost). */
  dropped: string[];
}

export interface DocumentRow {
  id: string;
  title: string | null;
  source: string;
  date: string | null;
  hash: string;
  pipelineVersion: string;
  ingestedAt: string;
  /** Every entity id this document references: lets a re-ingest find its old relationships. */
  entityIds: string[];
}

export interface SentenceRow {
  id: string;
  docId: string;
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  confidence: number;
  /** Aliases the resolver knows from lexicons rather than from this text's mentions. */
  curatedAliases: string[];
  code: string | null;
  level: string | null;
  codeYear: number | null;
}

export interface MentionRow {
  sentenceId: string;
  entityId: string;
  surface: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}

export interface AgreementRow {
  id: string;
  docId: string;
  title: string | null;
  date: string | null;
  sentenceId: string;
  rule: string;
  confidence: number;
}

export interface PartyRow {
  agreementId: string;
  entityId: string;
}

export interface RelationRow {
  type: RelationType;
  from: string;
  to: string;
  docId: string;
  sentenceId: string;
  props: {
    docTitle: string | null;
    evidence: string;
    start: number;
    end: number;
    rule: string;
    confidence: number;
    pipelineVersion: string;
    date: string | null;
    agreementId: string | null;
  };
}

export interface BatchMeta {
  pipelineVersion: string;
  /** ISO timestamp, fixed before the transaction so a retried transaction writes the same value. */
  ingestedAt: string;
}

/** sha256 of the raw text: a document whose hash is unchanged is skipped. */
export function contentHash(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex');
}

export const sentenceId = (docId: string, index: number): string => `${docId}#${index}`;

/**
 * Agreement ids are owned by their document: a relate rule that names an agreement by its title alone
 * would otherwise let two documents fight over one node and delete each other's on re-ingest.
 */
export const agreementNodeId = (docId: string, id: string): string =>
  id.startsWith(`${docId}#`) ? id : `${docId}#${id}`;

/** Turns a processed document into graph rows. Pure: same Doc and meta, same batch. */
export function buildBatch(doc: Doc, meta: BatchMeta): GraphBatch {
  const dropped: string[] = [];
  const sentences = (doc.sentences ?? []).map((s) => ({
    id: sentenceId(doc.id, s.index),
    docId: doc.id,
    index: s.index,
    text: doc.raw.slice(s.orig.start, s.orig.end),
    start: s.orig.start,
    end: s.orig.end,
  }));
  const sentenceIds = new Set(sentences.map((s) => s.id));
  const known = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  const used = new Set<string>();
  // Offsets of mentions are in the normalized text; provenance points into what the author wrote.
  const toRaw = (i: number) => doc.offsets?.[i] ?? i;

  const mentions: MentionRow[] = [];
  const mentionKeys = new Set<string>();
  for (const m of doc.mentions ?? []) {
    if (!m.entityId) continue; // unresolved: not a fact about any entity
    const sid = sentenceId(doc.id, m.sentence);
    if (!known.has(m.entityId) || !sentenceIds.has(sid)) {
      dropped.push(`mention "${m.surface}" → ${m.entityId}: unknown entity or sentence`);
      continue;
    }
    const row = {
      sentenceId: sid,
      entityId: m.entityId,
      surface: m.surface,
      start: toRaw(m.start),
      end: toRaw(m.end),
    };
    const key = `${row.sentenceId}|${row.entityId}|${row.start}`;
    if (mentionKeys.has(key)) continue;
    mentionKeys.add(key);
    used.add(m.entityId);
    mentions.push({ ...row, rule: m.rule, confidence: m.confidence });
  }

  const agreements: AgreementRow[] = [];
  const parties: PartyRow[] = [];
  for (const a of doc.agreements ?? []) {
    const sid = sentenceId(doc.id, a.evidence.sentence);
    const missing = a.parties.filter((p) => !known.has(p));
    if (!sentenceIds.has(sid) || missing.length > 0) {
      dropped.push(`agreement ${a.id}: unknown sentence or parties ${missing.join(', ')}`);
      continue;
    }
    const id = agreementNodeId(doc.id, a.id);
    agreements.push({
      id,
      docId: doc.id,
      title: a.title ?? null,
      date: a.date ?? null,
      sentenceId: sid,
      rule: a.rule,
      confidence: a.confidence,
    });
    for (const p of new Set(a.parties)) {
      parties.push({ agreementId: id, entityId: p });
      used.add(p);
    }
  }
  const agreementIds = new Set(agreements.map((a) => a.id));

  // One relationship per (type, from, to, sentence); two rules finding the same fact keep the surer one.
  const relations = new Map<string, RelationRow>();
  for (const r of doc.relations ?? []) {
    const sid = sentenceId(doc.id, r.evidence.sentence);
    if (!known.has(r.source) || !known.has(r.target) || !sentenceIds.has(sid) || r.source === r.target) {
      dropped.push(`${r.type} ${r.source} → ${r.target}: unknown entity or sentence, or a self-loop`);
      continue;
    }
    const [from, to] =
      UNDIRECTED.has(r.type) && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
    const agreementId = r.agreementId ? agreementNodeId(doc.id, r.agreementId) : null;
    const row: RelationRow = {
      type: r.type,
      from,
      to,
      docId: doc.id,
      sentenceId: sid,
      props: {
        docTitle: doc.title ?? null,
        evidence: r.evidence.text,
        start: r.evidence.start,
        end: r.evidence.end,
        rule: r.rule,
        confidence: r.confidence,
        pipelineVersion: meta.pipelineVersion,
        date: r.date ?? null,
        agreementId: agreementId && agreementIds.has(agreementId) ? agreementId : null,
      },
    };
    const key = `${row.type}|${from}|${to}|${sid}`;
    const prev = relations.get(key);
    if (!prev || prev.props.confidence < row.props.confidence) relations.set(key, row);
    used.add(from);
    used.add(to);
  }

  const surfaces = new Map<string, Set<string>>();
  for (const m of mentions) {
    const set = surfaces.get(m.entityId) ?? new Set<string>();
    set.add(m.surface);
    surfaces.set(m.entityId, set);
  }
  // Only entities this document actually references become nodes; the rest would be orphans at once.
  const entities: EntityRow[] = [...used].sort().map((id) => {
    const e = known.get(id)!;
    const seen = surfaces.get(id) ?? new Set<string>();
    const extra = e as { codeYear?: number };
    return {
      id,
      type: e.type,
      name: e.name,
      confidence: e.confidence,
      curatedAliases: [...new Set(e.aliases)].filter((a) => a !== e.name && !seen.has(a)).sort(),
      code: e.code ?? null,
      level: e.level ?? null,
      codeYear: typeof extra.codeYear === 'number' ? extra.codeYear : null,
    };
  });

  return {
    docId: doc.id,
    document: {
      id: doc.id,
      title: doc.title ?? null,
      source: doc.source,
      date: doc.date ?? null,
      hash: contentHash(doc.raw),
      pipelineVersion: meta.pipelineVersion,
      ingestedAt: meta.ingestedAt,
      entityIds: entities.map((e) => e.id),
    },
    sentences,
    entities,
    mentions,
    agreements,
    parties,
    relations: [...relations.values()],
    dropped,
  };
}
