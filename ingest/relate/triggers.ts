import type { RelateLexicon, Trigger } from './lexicon.ts';
import type { Slot } from './slots.ts';

/** A trigger found in a sentence (local offsets); `tail` must follow the target (共同推进“X”建设). */
export interface TriggerHit {
  start: number;
  end: number;
  trigger: Trigger;
  tail?: string;
}

/**
 * Finds trigger words in a sentence, longest match first, without overlaps. A trigger inside an
 * entity name (联合 in 上海联合产权交易所) is part of the name. A lead word standing between two
 * entities (A会同B) joins a list and is read with the list, not as a trigger of its own.
 */
export function findTriggers(text: string, slots: readonly Slot[], lex: RelateLexicon): TriggerHit[] {
  const heads = triggersByFirstChar(lex);
  const lead = new Set(lex.words.lead);
  const hits: TriggerHit[] = [];
  for (let i = 0; i < text.length; ) {
    const inside = slots.find((s) => s.start <= i && i < s.end);
    if (inside) {
      i = inside.end;
      continue;
    }
    const match = heads
      .get(text[i]!)
      ?.find(
        ({ head }) => text.startsWith(head, i) && !slots.some((s) => s.start < i + head.length && i < s.end),
      );
    if (!match) {
      i++;
      continue;
    }
    const end = i + match.head.length;
    const joinsList =
      lead.has(match.head) && slots.some((s) => s.start === end) && slots.some((s) => s.end === i);
    // 对试点成效进行评估: a trigger that is the object of 对 is talked about, not done.
    const objectOfDui = text[i - 1] === '对';
    if (match.effects.length > 0 && !joinsList && !objectOfDui) {
      hits.push({ start: i, end, trigger: match, ...(match.tail ? { tail: match.tail } : {}) });
    }
    i = end;
  }
  return hits;
}

const index = new WeakMap<RelateLexicon, Map<string, Trigger[]>>();

/** Triggers by their first character, longest first: each position tries only its few candidates. */
function triggersByFirstChar(lex: RelateLexicon): Map<string, Trigger[]> {
  let map = index.get(lex);
  if (!map) {
    map = new Map();
    for (const t of [...lex.triggers].sort((a, b) => b.head.length - a.head.length)) {
      const list = map.get(t.head[0]!) ?? [];
      list.push(t);
      map.set(t.head[0]!, list);
    }
    index.set(lex, map);
  }
  return map;
}
