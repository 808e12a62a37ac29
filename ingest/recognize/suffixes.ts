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
  /** Bit flags (ORG, PROGRAM, ZONE) by last character: most units end in none, known with one byte read. */
  ends: Uint8Array;
}

const ORG = 1;
const PROGRAM = 2;
const ZONE = 4;

function byLast<S>(
  list: readonly S[],
  text: (s: S) => string,
  ends: Uint8Array,
  flag: number,
): Map<number, S[]> {
  const groups = new Map<number, S[]>();
  for (const s of list) {
    const form = text(s);
    const last = form.charCodeAt(form.length - 1);
    ends[last]! |= flag;
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
    const ends = new Uint8Array(0x10000);
    groups = {
      org: byLast(lex.orgSuffixes, (s) => s.suffix, ends, ORG),
      program: byLast(lex.programSuffixes, (s) => s.suffix, ends, PROGRAM),
      zone: byLast(lex.zoneSuffixes, (s) => s, ends, ZONE),
      ends,
    };
    groupsOf = lex;
  }
  return groups;
}

const NONE: readonly never[] = [];

/** The body suffixes (in lexicon order) whose last character is the one before `end` in `text`. */
export function orgHeadsAt(lex: Lexicons, text: string, end: number): readonly OrgSuffix[] {
  if (end <= 0) return NONE;
  const g = headGroups(lex);
  const last = text.charCodeAt(end - 1);
  return (g.ends[last]! & ORG) === 0 ? NONE : g.org.get(last)!;
}

/** The program suffixes (in lexicon order) whose last character is the one before `end` in `text`. */
export function programHeadsAt(lex: Lexicons, text: string, end: number): readonly ProgramSuffix[] {
  if (end <= 0) return NONE;
  const g = headGroups(lex);
  const last = text.charCodeAt(end - 1);
  return (g.ends[last]! & PROGRAM) === 0 ? NONE : g.program.get(last)!;
}

/** The zone heads (in lexicon order) whose last character is the one before `end` in `text`. */
export function zoneHeadsAt(lex: Lexicons, text: string, end: number): readonly string[] {
  if (end <= 0) return NONE;
  const g = headGroups(lex);
  const last = text.charCodeAt(end - 1);
  return (g.ends[last]! & ZONE) === 0 ? NONE : g.zone.get(last)!;
}
