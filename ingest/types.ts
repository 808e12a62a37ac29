// The typed document that flows through the ingest pipeline. Each stage fills in more of it.

export const ENTITY_TYPES = ['Organization', 'Region', 'Program'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'CO_BUILT',
  'SIGNED_AGREEMENT',
  'PILOTS',
  'LAUNCHED',
  'ISSUED',
  'COOPERATES_WITH',
  'LOCATED_IN',
  'PART_OF',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relation types whose direction carries no meaning (one relation per unordered pair). */
export const UNDIRECTED: ReadonlySet<RelationType> = new Set(['SIGNED_AGREEMENT', 'COOPERATES_WITH']);

/** A raw input item, as read from a file: decoded text, not yet normalized. */
export interface SourceDoc {
  /** Stable id: file path relative to the input root, plus `#n` for items split out of one file. */
  id: string;
  /** Where it came from (a path), for error messages and provenance. */
  source: string;
  title?: string;
  /** ISO date (YYYY-MM-DD) of publication when known; relative dates ("6月3日") resolve against its year. */
  date?: string;
  /** The decoded text exactly as the file holds it. */
  raw: string;
}

/** A half-open character span [start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  word: string;
  /** jieba part-of-speech tag (nt, ns, n, v, x …). */
  tag: string;
}

export interface Sentence extends Span {
  index: number;
  /** Normalized (simplified, folded) text used for matching. */
  text: string;
  /** Span of this sentence in SourceDoc.raw: evidence points back to what the author wrote. */
  orig: Span;
  tokens: Token[];
}

export interface Mention extends Span {
  /** Index of the sentence holding the mention; start/end are offsets in Doc.text. */
  sentence: number;
  surface: string;
  type: EntityType;
  /** Canonical entity id, filled in by resolution. */
  entityId?: string;
  /** Name of the rule that found it, for provenance and debugging. */
  rule: string;
  confidence: number;
}

export interface Entity {
  /** Canonical id, the same across documents: `org:上海市科学技术委员会`, `region:310000`. */
  id: string;
  type: EntityType;
  /** The fullest official name. */
  name: string;
  /** Every other surface form seen (never includes name). */
  aliases: string[];
  confidence: number;
  /** Regions: GB/T 2260 code, level and the source year of the division data. */
  code?: string;
  level?: 'country' | 'area' | 'province' | 'city' | 'county' | 'zone';
  /**
   * Id of the Region this entity sits in (organizations) or belongs to (regions), from the gazetteer
   * or the name's composition; relate turns it into LOCATED_IN / PART_OF.
   */
  within?: string;
}

export interface Evidence {
  docId: string;
  sentence: number;
  /** The sentence as the author wrote it. */
  text: string;
  /** Offsets in SourceDoc.raw. */
  start: number;
  end: number;
}

export interface Relation {
  type: RelationType;
  source: string;
  target: string;
  evidence: Evidence;
  rule: string;
  confidence: number;
  /** ISO date when the text states one. */
  date?: string;
  /** Set when the relation is derived from a multi-party Agreement. */
  agreementId?: string;
}

/** A multi-party event (a signing) kept whole; pairwise SIGNED_AGREEMENT relations derive from it. */
export interface Agreement {
  id: string;
  title?: string;
  date?: string;
  parties: string[];
  evidence: Evidence;
  rule: string;
  confidence: number;
}

/** The document as it moves through the stages. Fields past `raw` are filled in stage by stage. */
export interface Doc extends SourceDoc {
  /** Normalized text (NFKC, simplified, PDF artifacts removed). */
  text?: string;
  /** offsets[i] is the index in raw of text[i]; offsets[text.length] is raw.length. */
  offsets?: number[];
  sentences?: Sentence[];
  mentions?: Mention[];
  entities?: Entity[];
  relations?: Relation[];
  agreements?: Agreement[];
}

export type DocField = Exclude<keyof Doc, keyof SourceDoc>;
