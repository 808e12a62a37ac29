import type { Lexicons } from '../lexicons/index.ts';
import { memoize } from '../memoize.ts';
import { type Candidate, covered, FormIndex, type View } from './candidate.ts';
import { programHeadsAt } from './suffixes.ts';

/** A token, or a whole quoted phrase (“信易贷”) treated as one name part. */
export interface Unit {
  start: number;
  end: number;
  word: string;
  tag: string;
}

/** Tokens with quoted phrases of up to 20 characters merged into single units tagged `quote`. */
export function units(view: View): readonly Unit[] {
  const { tokens, text } = view;
  // Most sentences hold no quote (the tokens are the text's own words): their tokens are the units,
  // shared, not copied (hence the readonly result).
  if (!text.includes('“')) return tokens;
  const out: Unit[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.word === '“') {
      const close = text.indexOf('”', t.end);
      if (close > t.end && close - t.end <= 20 && !/[。!?;]/.test(text.slice(t.end, close))) {
        // Fields in the order tokens have them: one object shape for every unit keeps the loops monomorphic.
        out.push({ word: text.slice(t.start, close + 1), tag: 'quote', start: t.start, end: close + 1 });
        while (k + 1 < tokens.length && tokens[k + 1]!.start <= close) k++;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** Part-of-speech tags that end a name on the left: prepositions, conjunctions, particles, pronouns, adverbs, numbers, time words. */
const STOP_TAGS = /^(p|c|u.*|r.*|m|mq|q|t|tg|y|e|o|w|ad|f|z)$/;
const PUNCT = /^[^\p{L}\p{N}“”]+$/u;

/**
 * The tests are plain functions of the lexicons and the sentence's places, not closures over them: the
 * CLI runs through tsx, which names every closure made in a hot loop with a costly defineProperty.
 */
export interface ExtendOptions {
  /** Can a unit with this word end a name on its own (an organization head)? Used for 与/和 joins. */
  endsName: (lex: Lexicons, word: string) => boolean;
  /** The sentence's places. */
  regions: readonly Candidate[];
  /** Does a unit close another name, so that this one cannot reach past it (改革 in …改革湖北省…)? */
  stopsAt?: (lex: Lexicons, word: string) => boolean;
  /** Company names are brands and may hold any verb (阿里云计算有限公司); a leading action is still cut. */
  allowVerbs?: boolean;
  /** May 与/和 join two name parts? Bodies yes (材料成形与模具技术国家重点实验室); programs no (指导和规范). */
  joinConjunctions?: boolean;
}

const inRegion = (regions: readonly Candidate[], u: Unit) => covered(regions, u.start, u.end);

/** Is this unit a possible part of a name (looked at alone)? */
export function nameLike(u: Unit, lex: Lexicons): boolean {
  if (u.tag === 'quote') return true;
  // Asked of every word a name may hold, and most open with a Chinese character: such a word is no
  // punctuation and no figure, and the two regexes that would say so are skipped.
  const first = u.word.charCodeAt(0);
  if (!(first >= 0x4e00 && first <= 0x9fff) && (PUNCT.test(u.word) || /^[0-9.%]+$/.test(u.word)))
    return false;
  if (lex.boundaryStops.has(u.word) || (u.word.endsWith('是') && /^[一二三四五六七八九十]+是$/.test(u.word)))
    return false;
  if (u.tag.startsWith('v') && u.tag !== 'vn' && !lex.nameVerbs.has(u.word)) return false;
  if (STOP_TAGS.test(u.tag)) return false;
  // jieba glues some actions to what follows (全面实施, 严格遵守): a word opening with one is no name part.
  if (u.word.length >= 3 && lex.boundaryStops.has(u.word.slice(0, 2))) return false;
  return true;
}

/**
 * Walks left from unit `head` over name parts and returns the index of the first unit of the name.
 * 与/和 join two name parts (材料成形与模具技术) unless the part on their left is itself a whole name or a
 * place (上海市科委与重庆市科技局 is two bodies); 联合 joins only after a place (上海联合产权交易所).
 */
export function extendLeft(
  list: readonly Unit[],
  head: number,
  lex: Lexicons,
  opts: ExtendOptions,
  maxChars = 30,
): number {
  let first = head;
  for (let k = head - 1; k >= 0; k--) {
    const u = list[k]!;
    const left = list[k - 1];
    if (list[first]!.end - u.start > maxChars) break;
    const conj = u.word === '与' || u.word === '和';
    if (conj && opts.joinConjunctions !== false && left && nameLike(left, lex) && nounLike(left, lex)) {
      if (opts.endsName(lex, left.word) || inRegion(opts.regions, left)) break;
      if (left.end !== u.start || list[k + 1]!.start !== u.end) break;
      first = k;
      continue;
    }
    if (
      u.word === '联合' &&
      left &&
      inRegion(opts.regions, left) &&
      !nameLike(list[k - 2] ?? { start: 0, end: 0, word: '。', tag: 'x' }, lex)
    ) {
      first = k;
      continue;
    }
    // 中国第一汽车集团: an ordinal right after a place belongs to the name.
    const ordinal =
      /^第[一二三四五六七八九十]+$/.test(u.word) && left !== undefined && inRegion(opts.regions, left);
    const brandVerb = opts.allowVerbs === true && u.tag.startsWith('v') && !lex.boundaryStops.has(u.word);
    // An adjective right after a proper noun is inside the name (陆海新通道运营有限公司, 岭南新材料实验室).
    const brandWord =
      u.tag === 'a' &&
      u.word.length === 1 &&
      left !== undefined &&
      left.end === u.start &&
      /^(ns|nz|nr|x|j)$/.test(left.tag);
    if (!ordinal && !brandVerb && !brandWord && !nameLike(u, lex)) break;
    if (opts.stopsAt?.(lex, u.word)) break;
    if (u.end !== list[k + 1]!.start) break;
    first = k;
  }
  // A name does not start with a joining word or an action (全面实施…标准 is 标准 being implemented).
  while (first < head && (['与', '和', '联合'].includes(list[first]!.word) || action(list[first]!, lex)))
    first++;
  return first;
}

const nounLike = (u: Unit, lex: Lexicons) => /^(n|vn|j|eng)/.test(u.tag) || lex.nameVerbs.has(u.word);
const action = (u: Unit, lex: Lexicons) =>
  /^(v|ad|d|i|l)/.test(u.tag) && !lex.nameVerbs.has(u.word) && u.tag !== 'vn';

/**
 * The generic modifiers in a trie: asked of every word before a head, the split below walks it from
 * each piece's start instead of making and hashing a substring for every piece it tries.
 */
const modifierIndex = memoize((lex: Lexicons): FormIndex<true> => {
  const index = new FormIndex<true>();
  for (const m of lex.genericModifiers) index.add(m, true);
  return index;
});

/**
 * A word made only of generic modifiers (公共服务 = 公共 + 服务) is generic too: a generic modifier itself,
 * or a run of them of two to six characters each.
 */
export function isGeneric(word: string, lex: Lexicons): boolean {
  const index = modifierIndex(lex);
  // ok[i]: the first i characters are such a run.
  const ok: boolean[] = [true];
  for (let j = 0; j < word.length; j++) {
    if (ok[j] !== true) continue;
    for (const m of index.formsAt(word, j, 1)) {
      if (j === 0 && m.length === word.length) return true;
      if (m.length >= 2 && m.length <= 6) ok[j + m.length] = true;
    }
  }
  return ok[word.length] === true;
}

/** Verbs that open the object they act on: what follows up to the head is one name. */
const ANCHOR =
  /(先行先试|开展|实施|推行|推进|启动|建立|探索|深化|落实|推广|试行|共建|(?:开发|研发|建设|打造|搭建|建成)的)$/;
/** Agreements are named by whatever stands between 签署/签订 and 协议 (签订入驻协议). */
const SIGN = /(签署|签订|签约)$/;
const DIRECTION = /^(东部|西部|中部|南部|北部|东北|西北|西南|东南)$/;

/**
 * The start of a name that runs from an opening verb to its head, verbs and all (先行先试科技成果转化尽职免责
 * 制度, 开发的跨境人民币结算便利化系统, 启动“X+Y”队伍建设行动): the farthest word, at most 16 characters back,
 * right after such a verb, with only name parts and inner actions between. `hs` when there is none.
 */
export function anchoredStart(
  view: View,
  list: readonly Unit[],
  hs: number,
  lex: Lexicons,
  kind: string,
  anchor: RegExp = ANCHOR,
): number {
  let best = hs;
  const head = list[hs]!;
  for (let k = hs - 1; k >= 0 && head.start - list[k]!.start <= 16; k--) {
    const u = list[k]!;
    if (u.end !== list[k + 1]!.start) break;
    const inner =
      u.tag === 'quote' ||
      DIRECTION.test(u.word) ||
      (/^[\u4e00-\u9fff]+$/.test(u.word) &&
        !/^(p|c|u.*|r.*|m|mq|q|t|y|e|o|w|d|ad|f|z)$/.test(u.tag) &&
        (!lex.boundaryStops.has(u.word) || /^(vn|n|a)$/.test(u.tag)));
    // An opening verb is never inside the name (深化落实“X”改革 starts after 落实).
    if (!inner || anchor.test(u.word) || SIGN.test(u.word)) break;
    const before = view.text.slice(0, u.start);
    if (anchor.test(before) || (kind === 'agreement' && SIGN.test(before))) best = k;
  }
  return best;
}

/**
 * Heads that name a scheme only after a quote (“政务+金融”服务, “一窗通办”线上审批模式) and are everyday
 * words elsewhere (政务服务和公共资源交易中心): they end no name on their own.
 */
const QUOTE_ONLY = /^(服务|模式|机制)$/;
/** Does a word end a program name on its own (as the left part of a 与/和 join)? */
export const endsProgram = (lex: Lexicons, word: string) =>
  programHeadsAt(lex, word, word.length).some((s) => !QUOTE_ONLY.test(s.suffix) && word.endsWith(s.suffix));
/** Does a word close a scheme (改革, 行动), so that a body's name cannot reach past it on the left? */
export const closesScheme = (lex: Lexicons, word: string) =>
  programHeadsAt(lex, word, word.length).some(
    (s) => s.kind !== 'thing' && !QUOTE_ONLY.test(s.suffix) && word.endsWith(s.suffix),
  );
