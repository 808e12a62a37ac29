/**
 * Head suffixes (公司, 行动, 示范区) grouped by their last character. Every unit of every sentence asks
 * whether some suffix ends it, and a word's last character rules out nearly all of them, so the tests
 * run over the few suffixes that end in that character instead of the whole list. Each group keeps the
 * lexicon's order, so `find` over a group returns what `find` over the whole list would.
 */
const groupsMemo = new WeakMap<readonly unknown[], Map<string, unknown[]>>();

function groups<S>(list: readonly S[], text: (s: S) => string): Map<string, S[]> {
  let byLast = groupsMemo.get(list) as Map<string, S[]> | undefined;
  if (!byLast) {
    byLast = new Map();
    for (const s of list) {
      const last = text(s).slice(-1);
      const group = byLast.get(last);
      if (group) group.push(s);
      else byLast.set(last, [s]);
    }
    groupsMemo.set(list, byLast);
  }
  return byLast;
}

const NONE: readonly never[] = [];

/** The suffixes (in lexicon order) whose last character is the one before `end` in `text`. */
export function endingAt<S extends { suffix: string }>(
  list: readonly S[],
  text: string,
  end: number,
): readonly S[] {
  if (end <= 0) return NONE;
  return groups(list, (s) => s.suffix).get(text[end - 1]!) ?? NONE;
}

/** The words of a plain word list (zone heads) whose last character is the one before `end` in `text`. */
export function wordsEndingAt(list: readonly string[], text: string, end: number): readonly string[] {
  if (end <= 0) return NONE;
  return groups(list, (s) => s).get(text[end - 1]!) ?? NONE;
}
