import type { Entity } from '../types.ts';
import { nameKey } from './canonical.ts';

/** Tails that turn a scheme's name into a longer name of the same scheme (“证照分离”改革, “信易贷”工作). */
const SCHEME_TAIL = /^(改革|工作|行动|工程|制度|试点|合一|举措|改革举措)$/;
/** A title that names its kind only (《通知》, 《指引》) points back to the full title of that kind. */
const SHORT_TITLE = /^《[^《》]{1,4}》$/;

/** Every character of `short` appears in `long`, in the same order. */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * A Chinese abbreviation keeps the first characters of a name's parts, in order, and its head:
 * 全国碳市场 for 全国碳排放权交易市场, 江苏省科技厅 for 江苏省科学技术厅.
 */
export function abbreviates(short: string, long: string): boolean {
  if (short.length < 4 || short.length + 3 > long.length) return false;
  if (short[0] !== long[0] || short.slice(-2) !== long.slice(-2)) return false;
  return inOrder(short, long);
}

/** X试点 is the pilot of X制度 / X改革 told in the same document: one program. */
export function pilotOf(short: string, long: string): boolean {
  return (
    short.length >= 6 &&
    short.endsWith('试点') &&
    /(制度|改革)$/.test(long) &&
    short.slice(0, -2) === long.slice(0, -2)
  );
}

/**
 * A headline retells a program's name shorter, with the same head and words in the same order
 * (科技创新合作协议 for 共建…科技创新中心合作协议, “X”融资服务平台 for “X”企业融资服务平台).
 */
export function paraphrases(short: string, long: string): boolean {
  if (short.length < 6 || short.length >= long.length || short.slice(-2) !== long.slice(-2)) return false;
  if (!long.includes(short.slice(0, 2))) return false;
  return inOrder(short, long);
}

/**
 * A group company by its short name: 黄金集团 for 中国黄金集团有限公司, 宝武集团 for 中国宝武钢铁集团有限公司.
 * The state title 中国 and the company tail are dropped; the rest keeps its first character and order.
 */
export function companyShort(short: string, long: string): boolean {
  // The cheap checks on `short` first: most names are no group's, and the regexes run per pair.
  if (!short.endsWith('集团') || short.length < 4) return false;
  const core = long.replace(/^中国/, '').replace(/(股份)?有限(责任)?公司$|公司$/, '');
  if (core === long || !core.endsWith('集团')) return false;
  if (short.length > core.length || short[0] !== core[0]) return false;
  return inOrder(short, core);
}

function anyShortForm(
  short: Entity,
  shortKeys: readonly string[],
  isShortTitle: boolean,
  long: Entity,
  longKey: string,
): boolean {
  for (const k of shortKeys) if (shortFormOf(short, k, isShortTitle, long, longKey)) return true;
  return false;
}

/** Whether `k` (a key of `short`'s names) is a short form of `long`, whose key is `longKey`. */
function shortFormOf(
  short: Entity,
  k: string,
  isShortTitle: boolean,
  long: Entity,
  longKey: string,
): boolean {
  if (short.type === 'Program' && (pilotOf(k, longKey) || paraphrases(k, longKey))) return true;
  if (short.type === 'Organization' && companyShort(k, longKey)) return true;
  if (k.length >= longKey.length) return false;
  if (isShortTitle) return long.name.startsWith('《') && longKey.endsWith(k);
  if (
    k.length < 4 &&
    !(short.type === 'Program' && k.length >= 2 && SCHEME_TAIL.test(longKey.slice(k.length)))
  ) {
    return false;
  }
  if (longKey.endsWith(k) || abbreviates(k, longKey)) return true;
  return short.type === 'Program' && longKey.startsWith(k) && SCHEME_TAIL.test(longKey.slice(k.length));
}

/**
 * Within one document, a short form of a longer name is the same entity: 创新联盟 after
 * 大飞机先进材料创新联盟, 信息平台 after 长三角生物医药协同创新信息平台, 证照分离 and “证照分离”改革, 《通知》
 * and the full 《…通知》. Returns a map from absorbed entity id to the id that absorbs it.
 */
export function shortFormMerges(entities: readonly Entity[]): Map<string, string> {
  const merges = new Map<string, string>();
  // Keys computed once per entity: nameKey (NFKC and two regexes) was redone for every pair and every
  // sort step. Entities stay in their (stable) longest-first order.
  const byLength = entities
    .map((e) => ({ e, key: nameKey(e.name) }))
    .sort((a, b) => b.key.length - a.key.length);
  // Only names of one type merge: each short name looks through its own type's names (same order).
  const ofType = new Map<string, { e: Entity; key: string }[]>();
  for (const x of byLength) {
    const list = ofType.get(x.e.type);
    if (list) list.push(x);
    else ofType.set(x.e.type, [x]);
  }
  for (const short of entities) {
    if (short.type === 'Region') continue;
    const shortKeys = [short.name, ...short.aliases].map(nameKey);
    const isShortTitle = SHORT_TITLE.test(short.name);
    // Plain loops, not find/some callbacks: those made a closure for every pair of names.
    for (const { e: long, key: longKey } of ofType.get(short.type) ?? []) {
      if (long === short || merges.has(long.id)) continue;
      if (anyShortForm(short, shortKeys, isShortTitle, long, longKey)) {
        merges.set(short.id, long.id);
        break;
      }
    }
  }
  // Follow chains (a → b → c) so every absorbed id points at a survivor.
  for (const [from, to] of merges) {
    let end = to;
    const seen = new Set([from]);
    while (merges.has(end) && !seen.has(end)) {
      seen.add(end);
      end = merges.get(end)!;
    }
    merges.set(from, end);
  }
  return merges;
}
