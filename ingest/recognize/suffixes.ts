import type { Lexicons, OrgSuffix, ProgramSuffix } from '../lexicons/index.ts';
import { CodeSet } from './code-set.ts';
import type { Unit } from './extend.ts';

/**
 * Head suffixes (公司, 行动, 示范区) grouped by their last character. Every unit of every sentence asks
 * whether some suffix ends it, and a word's last character rules out nearly all of them, so the tests
 * run over the few suffixes that end in that character instead of the whole list. Each group keeps the
 * lexicon's order, so `find` over a group returns what `find` over the whole list would. Groups are keyed
 * by the last UTF-16 unit's code (no one-character string made and hashed per ask), and a bit table of
 * the last characters answers the usual "none" before any Map is asked.
 */
interface Groups<S> {
  ends: CodeSet;
  byLast: Map<number, S[]>;
}

function groupByLast<S>(list: readonly S[], text: (s: S) => string): Groups<S> {
  const groups: Groups<S> = { ends: new CodeSet(), byLast: new Map() };
  for (const s of list) {
    const form = text(s);
    const last = form.charCodeAt(form.length - 1);
    groups.ends.add(last);
    const group = groups.byLast.get(last);
    if (group) group.push(s);
    else groups.byLast.set(last, [s]);
  }
  return groups;
}

interface HeadGroups {
  org: Groups<OrgSuffix>;
  program: Groups<ProgramSuffix>;
  zone: Groups<string>;
  /** The last characters of the heads of all three kinds. */
  anyEnd: CodeSet;
}

// One lexicon set per run: an identity check finds its groups, cheaper than a WeakMap at every ask.
let groupsOf: Lexicons | undefined;
let heads: HeadGroups | undefined;

function headGroups(lex: Lexicons): HeadGroups {
  if (lex !== groupsOf || !heads) {
    const org = groupByLast(lex.orgSuffixes, (s) => s.suffix);
    const program = groupByLast(lex.programSuffixes, (s) => s.suffix);
    const zone = groupByLast(lex.zoneSuffixes, (s) => s);
    const anyEnd = new CodeSet();
    for (const g of [org, program, zone]) anyEnd.addAll(g.ends);
    heads = { org, program, zone, anyEnd };
    groupsOf = lex;
  }
  return heads;
}

const NONE: readonly never[] = [];

function endingAt<S>(groups: Groups<S>, text: string, end: number): readonly S[] {
  if (end <= 0 || end > text.length) return NONE;
  const last = text.charCodeAt(end - 1);
  return groups.ends.has(last) ? groups.byLast.get(last)! : NONE;
}

/** The body suffixes (in lexicon order) whose last character is the one before `end` in `text`. */
export const orgHeadsAt = (lex: Lexicons, text: string, end: number): readonly OrgSuffix[] =>
  endingAt(headGroups(lex).org, text, end);

/** The program suffixes (in lexicon order) whose last character is the one before `end` in `text`. */
export const programHeadsAt = (lex: Lexicons, text: string, end: number): readonly ProgramSuffix[] =>
  endingAt(headGroups(lex).program, text, end);

/** The zone heads (in lexicon order) whose last character is the one before `end` in `text`. */
export const zoneHeadsAt = (lex: Lexicons, text: string, end: number): readonly string[] =>
  endingAt(headGroups(lex).zone, text, end);

// The last unit list asked about and its answer, as for `covered` in candidate.ts: the three head rules
// ask about one sentence's units in a row.
let unitsOf: readonly Unit[] | undefined;
let textOf: string | undefined;
let endingUnits: number[] = [];

/**
 * Indices (in order) of the units that may end a head of some kind: the text's character before the
 * unit's end (where body and program heads are asked) or the word's last (zone heads) ends one. Nine
 * units in ten end in no head character: the three head rules walk these few instead of every unit.
 */
export function headUnits(lex: Lexicons, text: string, list: readonly Unit[]): readonly number[] {
  if (list === unitsOf && text === textOf) return endingUnits;
  const { anyEnd } = headGroups(lex);
  const out: number[] = [];
  for (let h = 0; h < list.length; h++) {
    const { end, word } = list[h]!;
    if (
      (end > 0 && end <= text.length && anyEnd.has(text.charCodeAt(end - 1))) ||
      word === '' ||
      anyEnd.has(word.charCodeAt(word.length - 1))
    )
      out.push(h);
  }
  unitsOf = list;
  textOf = text;
  endingUnits = out;
  return out;
}
