import { withKeys } from '../copy.ts';
import { type Agreement, type Relation, UNDIRECTED } from '../types.ts';

/**
 * One relation per fact and document, the most confident kept (an agreement's own relations win
 * ties). Undirected relations are stored from the smaller id to the larger (GRAPH.md). A pair that
 * signed an agreement is not also said to cooperate: the guide keeps cooperation for other joint acts.
 */
export function finalizeRelations(candidates: readonly Relation[]): Relation[] {
  // One slot per fact, in order of first appearance; facts found by source id, then type and target
  // (no key string built per candidate).
  const kept: Relation[] = [];
  const bySource = new Map<string, number[]>();
  for (const r of candidates) {
    if (r.source === r.target) continue;
    const ordered =
      UNDIRECTED.has(r.type) && r.target < r.source ? withKeys(r, { source: r.target, target: r.source }) : r;
    const slots = bySource.get(ordered.source);
    const at = slots?.find((i) => kept[i]!.type === ordered.type && kept[i]!.target === ordered.target);
    if (at === undefined) {
      if (slots) slots.push(kept.length);
      else bySource.set(ordered.source, [kept.length]);
      kept.push(ordered);
    } else if (ordered.confidence > kept[at]!.confidence) kept[at] = ordered;
  }
  if (!kept.some((r) => r.type === 'SIGNED_AGREEMENT')) return kept;
  const signed = new Set(
    kept.filter((r) => r.type === 'SIGNED_AGREEMENT').map((r) => `${r.source} ${r.target}`),
  );
  // A joint act stated apart from the signing (签署…，并联合发布…) is a cooperation of its own.
  return kept.filter(
    (r) => r.type !== 'COOPERATES_WITH' || !signed.has(`${r.source} ${r.target}`) || jointWord(r.rule),
  );
}

/** A cooperation read from a 联合… trigger (联合发布, 联合启动), not from a bare 合作 or a lead list. */
function jointWord(rule: string): boolean {
  return /^[a-z-]+\(联合.+\)$/.test(rule);
}

/**
 * One signing told twice (a headline and its paragraph) is one Agreement: agreements of the same
 * parties merge, keeping the fullest title, a stated date, and the evidence that gives the title.
 * Relations derived from a merged-away agreement point to the one kept.
 */
export function mergeAgreements(
  agreements: readonly Agreement[],
  relations: readonly Relation[],
): { agreements: Agreement[]; relations: readonly Relation[] } {
  const kept = new Map<string, Agreement>();
  const renamed = new Map<string, string>();
  for (const a of agreements) {
    const key = [...a.parties].sort().join(' ');
    const prev = kept.get(key);
    if (!prev) {
      kept.set(key, a);
      continue;
    }
    const better = (a.title?.length ?? 0) > (prev.title?.length ?? 0) ? a : prev;
    const merged: Agreement = { ...better, id: prev.id, confidence: Math.max(a.confidence, prev.confidence) };
    const date = better.date ?? prev.date ?? a.date;
    if (date) merged.date = date;
    kept.set(key, merged);
    renamed.set(a.id, prev.id);
  }
  return {
    agreements: [...kept.values()],
    // Most documents merge nothing: their relations are passed on as they are, not copied.
    relations:
      renamed.size === 0
        ? relations
        : relations.map((r) =>
            r.agreementId && renamed.has(r.agreementId)
              ? withKeys(r, { agreementId: renamed.get(r.agreementId)! })
              : r,
          ),
  };
}
