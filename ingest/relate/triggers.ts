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
  const heads = lex.triggers
    .map((trigger) => ({ trigger, head: trigger.head, tail: trigger.tail }))
    .sort((a, b) => b.head.length - a.head.length);
  const lead = new Set(lex.words.lead);
  const hits: TriggerHit[] = [];
  for (let i = 0; i < text.length; ) {
    const inside = slots.find((s) => s.start <= i && i < s.end);
    if (inside) {
      i = inside.end;
      continue;
    }
    const match = heads.find(
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
    if (match.trigger.effects.length > 0 && !joinsList && !objectOfDui) {
      hits.push({ start: i, end, trigger: match.trigger, ...(match.tail ? { tail: match.tail } : {}) });
    }
    i = end;
  }
  return hits;
}
