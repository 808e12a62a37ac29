import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RELATION_TYPES, type RelationType } from '../types.ts';

/** How a trigger turns into relations: a fixed type, or ISSUED-or-LAUNCHED decided by the target. */
export type TriggerEffect = { kind: 'type'; type: RelationType } | { kind: 'issued-or-launched' };

export interface Trigger {
  /** As written in the lexicon (the rule name shows it). */
  word: string;
  /** What is matched at the trigger's position, NFKC-folded like the text. */
  head: string;
  /** 共同推进…建设: what must follow the target. */
  tail?: string;
  effects: TriggerEffect[];
  confidence: number;
}

export const WORD_CLASSES = [
  'connector',
  'apposition',
  'lead',
  'agent-marker',
  'locative',
  'filler',
  'agreement-noun',
  'document-suffix',
  'group-anaphor',
  'demonstrative',
  'object-preposition',
  'causative',
  'generic-head',
  'establish',
  'speech',
  'nominal-trigger',
  'copula',
  'partner-marker',
  'process-noun',
  'means',
  'led-by',
  'lead-always',
  'event-noun',
  'participate',
  'focus',
] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

export interface RelateLexicon {
  triggers: Trigger[];
  words: Record<WordClass, string[]>;
}

const relationType = z.enum(RELATION_TYPES);
const effect = z.union([z.literal('ISSUED/LAUNCHED'), relationType]);
const triggerRow = z.tuple([
  z.string().min(1),
  z.union([z.literal('-'), z.string().transform((s, c) => parseEffects(s, c))]),
  z.coerce.number().min(0).max(1),
]);
const wordRow = z.tuple([z.enum(WORD_CLASSES), z.string().min(1)]);

function parseEffects(s: string, ctx: z.RefinementCtx): TriggerEffect[] {
  const out: TriggerEffect[] = [];
  for (const part of s.split('+')) {
    const parsed = effect.safeParse(part);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: `unknown relation type "${part}"` });
      return z.NEVER;
    }
    out.push(
      parsed.data === 'ISSUED/LAUNCHED'
        ? { kind: 'issued-or-launched' }
        : { kind: 'type', type: parsed.data },
    );
  }
  return out;
}

/** Data rows of a TSV: comments (#) and blank lines dropped, each row with its 1-based line number. */
function rows(text: string): { line: number; cells: string[] }[] {
  return text
    .split('\n')
    .map((raw, i) => ({ line: i + 1, raw: raw.replace(/\r$/, '') }))
    .filter(({ raw }) => raw.trim() && !raw.startsWith('#'))
    .map(({ line, raw }) => ({ line, cells: raw.split('\t') }));
}

/** Parses triggers.tsv; a bad row throws E_LEXICON with the file and line. */
export function parseTriggers(text: string, file = 'triggers.tsv'): Trigger[] {
  return rows(text).map(({ line, cells }) => {
    const parsed = triggerRow.safeParse(cells);
    if (!parsed.success) {
      throw new Error(`E_LEXICON: ${file}:${line}: ${parsed.error.issues[0]?.message ?? 'bad row'}`);
    }
    const [word, effects, confidence] = parsed.data;
    // Split before folding: NFKC turns the gap mark … into three dots.
    const [head = '', tail] = word.split('…').map((w) => w.normalize('NFKC'));
    return { word, head, ...(tail ? { tail } : {}), effects: effects === '-' ? [] : effects, confidence };
  });
}

/** Parses triggers-words.tsv into word lists per class. */
export function parseWords(text: string, file = 'triggers-words.tsv'): Record<WordClass, string[]> {
  const words = Object.fromEntries(WORD_CLASSES.map((c) => [c, [] as string[]])) as Record<
    WordClass,
    string[]
  >;
  for (const { line, cells } of rows(text)) {
    const parsed = wordRow.safeParse(cells);
    if (!parsed.success) {
      throw new Error(`E_LEXICON: ${file}:${line}: ${parsed.error.issues[0]?.message ?? 'bad row'}`);
    }
    // Matching runs on NFKC text (，→,), so the lexicon is folded the same way.
    words[parsed.data[0]].push(parsed.data[1].normalize('NFKC'));
  }
  return words;
}

const LEXICON_DIR = fileURLToPath(new URL('../lexicons/', import.meta.url));

/** Loads the trigger lexicons shipped in ingest/lexicons (once per pipeline, via the stage context). */
export function loadRelateLexicon(dir = LEXICON_DIR): RelateLexicon {
  const read = (name: string) => readFileSync(`${dir}${name}`, 'utf8');
  return {
    triggers: parseTriggers(read('triggers.tsv')),
    words: parseWords(read('triggers-words.tsv')),
  };
}
