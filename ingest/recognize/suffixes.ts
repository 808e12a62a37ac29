import type { Lexicons, OrgSuffix, ProgramSuffix } from '../lexicons/index.ts';

/**
 * Head suffixes (公司, 行动, 示范区) grouped by their last character. Every unit of every sentence asks
 * whether some suffix ends it, and a word's last character rules out nearly all of them, so the tests
 * run over the few suffixes that end in that character instead of the whole list. Each group keeps the
 * lexicon's order, so `find` over a group returns what `find` over the whole list would. Groups are keyed
 * by the last UTF-16 unit's code: a number key needs no one-character string made and hashed per ask.
 */
interface HeadGroups {
  org: Map<number, OrgSuffix[]>;
  program: Map<number, ProgramSuffix[]>;
  zone: Map<number, string[]>;
}

function byLast<S>(list: readonly S[], text: (s: S) => string): Map<number, S[]> {
  const groups = new Map<number, S[]>();
  for (const s of list) {
    const form = text(s);
    const last = form.charCodeAt(form.length - 1);
    const group = groups.get(last);
    if (group) group.push(s);
    else groups.set(last, [s]);
  }
  return groups;
}

// One lexicon set per run: an identity check finds its groups, cheaper than a WeakMap at every ask.
let groupsOf: Lexicons | undefined;
let groups: HeadGroups | undefined;

function headGroups(lex: Lexicons): HeadGroups {
  if (lex !== groupsOf || !groups) {
    groups = {
      org: byLast(lex.orgSuffixes, (s) => s.suffix),
      program: byLast(lex.programSuffixes, (s) => s.suffix),
      zone: byLast(lex.zoneSuffixes, (s) => s),
    };
    groupsOf = lex;
  }
  return groups;
}

const NONE: readonly never[] = [];

/** The body suffixes (in lexicon order) whose last character is the one before `end` in `text`. */
export function orgHeadsAt(lex: Lexicons, text: string, end: number): readonly OrgSuffix[] {
  return end > 0 ? (headGroups(lex).org.get(text.charCodeAt(end - 1)) ?? NONE) : NONE;
}

/** The program suffixes (in lexicon order) whose last character is the one before `end` in `text`. */
export function programHeadsAt(lex: Lexicons, text: string, end: number): readonly ProgramSuffix[] {
  return end > 0 ? (headGroups(lex).program.get(text.charCodeAt(end - 1)) ?? NONE) : NONE;
}

/** The zone heads (in lexicon order) whose last character is the one before `end` in `text`. */
export function zoneHeadsAt(lex: Lexicons, text: string, end: number): readonly string[] {
  return end > 0 ? (headGroups(lex).zone.get(text.charCodeAt(end - 1)) ?? NONE) : NONE;
}
