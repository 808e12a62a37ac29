import { escapeRegex } from '../regex.ts';
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
 * `slots` are in order of their starts and do not overlap (as mentionSlots and anaphorSlots make them).
 */
export function findTriggers(text: string, slots: readonly Slot[], lex: RelateLexicon): TriggerHit[] {
  const { heads, anyHead, lead } = triggerIndex(lex);
  const hits: TriggerHit[] = [];
  // The slot at or after a place: slots are sorted and disjoint, so one cursor serves the whole scan.
  let k = 0;
  // The regex jumps to the next place where some trigger is written (the regex engine scans much
  // faster than a loop over the characters); there the longest head that fits is picked.
  anyHead.lastIndex = 0;
  for (let found = anyHead.exec(text); found; found = anyHead.exec(text)) {
    const i = found.index;
    while (k < slots.length && slots[k]!.end <= i) k++;
    const next = slots[k];
    if (next && next.start <= i) {
      anyHead.lastIndex = next.end;
      continue;
    }
    const match = headAt(heads.get(text.charCodeAt(i)), text, i, next);
    if (!match) {
      anyHead.lastIndex = i + 1;
      continue;
    }
    const end = i + match.head.length;
    const joinsList =
      lead.has(match.head) && slots.some((s) => s.start === end) && slots.some((s) => s.end === i);
    // 对试点成效进行评估: a trigger that is the object of 对 is talked about, not done.
    const objectOfDui = text[i - 1] === '对';
    if (match.effects.length > 0 && !joinsList && !objectOfDui) {
      const hit: TriggerHit = { start: i, end, trigger: match };
      if (match.tail) hit.tail = match.tail;
      hits.push(hit);
    }
    anyHead.lastIndex = end;
  }
  return hits;
}

/** The longest of `candidates` written at i and not running into the next slot. */
function headAt(
  candidates: readonly Trigger[] | undefined,
  text: string,
  i: number,
  next: Slot | undefined,
): Trigger | undefined {
  // A plain loop: a find callback here is a closure made for every character that may open a trigger.
  for (const t of candidates ?? []) {
    if (text.startsWith(t.head, i) && !(next && next.start < i + t.head.length)) return t;
  }
  return undefined;
}

interface TriggerIndex {
  /** Triggers by the UTF-16 code of their first character, longest first. */
  heads: Map<number, Trigger[]>;
  /** Matches any trigger head (global: findTriggers sets lastIndex). */
  anyHead: RegExp;
  lead: Set<string>;
}

const index = new WeakMap<RelateLexicon, TriggerIndex>();

/** Triggers by their first character, longest first: each place tries only its few candidates. */
function triggerIndex(lex: RelateLexicon): TriggerIndex {
  let found = index.get(lex);
  if (!found) {
    const words = [...new Set(lex.triggers.map((t) => t.head).filter(Boolean))];
    const anyHead = new RegExp(words.map(escapeRegex).join('|'), 'g');
    found = { heads: new Map(), anyHead, lead: new Set(lex.words.lead) };
    for (const t of [...lex.triggers].sort((a, b) => b.head.length - a.head.length)) {
      const code = t.head.charCodeAt(0);
      const list = found.heads.get(code) ?? [];
      list.push(t);
      found.heads.set(code, list);
    }
    index.set(lex, found);
  }
  return found;
}
