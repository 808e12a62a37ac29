import { type Candidate, covered, fitsTokens, spanAt, type View } from './candidate.ts';
import { anchoredStart, closesScheme, endsProgram, extendLeft, isGeneric, type Unit } from './extend.ts';
import { type FormHits, NO_FORMS } from './form-index.ts';
import { headUnits, orgHeadsAt } from './suffixes.ts';
import { type RecognizerTables, type SentenceForms, scanForms } from './tables.ts';

/** Words that end in a body's head character but name no body (布局 is not a 局). */
const NOT_ORG = new Set([
  '布局',
  '部署',
  '公署',
  '签署',
  '部门',
  '格局',
  '结局',
  '大局',
  '全局',
  '当局',
  '开局',
  '残局',
  '全部',
  '内部',
  '外部',
  '干部',
  '东部',
  '西部',
  '中部',
  '南部',
  '北部',
  '局部',
  '总部',
  '本部',
  '顶部',
  '底部',
  '后部',
  '前部',
  '场所',
  '住所',
  '网站',
  '车站',
  '举办',
  '主办',
  '承办',
  '协办',
  '督办',
  '创办',
  '开办',
  '兴办',
  '一站',
  '首站',
  '核心',
  '重心',
  '市中心',
  '城市中心',
  '一部',
  '各部',
  '大院',
  '庭院',
]);

/** Bodies named in the text: known names, region + body (重庆市 + 科技局), and suffix-headed names. */
export function findOrganizations(
  view: View,
  list: readonly Unit[],
  regions: Candidate[],
  t: RecognizerTables,
  forms: SentenceForms = scanForms(t, view.text),
): Candidate[] {
  return [
    ...knownBodies(view, forms.known),
    ...regionBodies(view, regions, forms.agencies),
    ...headedNames(view, list, regions, t),
  ];
}

function knownBodies(view: View, hits: FormHits): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < hits.length; i++) {
    for (const { length: len } of hits[i] ?? NO_FORMS) {
      if (fitsTokens(view, i, i + len) && !continuesWord(view.text, i + len)) {
        out.push({
          start: i,
          end: i + len,
          type: 'Organization',
          rule: 'known-org',
          confidence: 0.95,
        });
        break;
      }
    }
  }
  return out;
}

/** 科技部门 is "the science departments", not 科技部; 局长 is a person. */
const continuesWord = (text: string, end: number) =>
  /[门长员]/.test(text[end] ?? '') && /[部局厅委办院所]/.test(text[end - 1]!);

/** 省/市/区/县 standing for the article's own province or city: 省工信厅, 市经济信息中心. */
const LEVEL_PREFIX = /[省市区县]/;

function regionBodies(view: View, regions: Candidate[], hits: FormHits): Candidate[] {
  const out: Candidate[] = [];
  const { text } = view;
  for (let i = 1; i < hits.length; i++) {
    for (const { length: len } of hits[i] ?? NO_FORMS) {
      const end = i + len;
      if (!view.isBound(end) || continuesWord(text, end)) continue;
      let start = chainStart(regions, i);
      let rule = 'region+agency';
      // 自治区 is the province-level prefix of an autonomous region (自治区乡村振兴局), as 省 is of a province.
      if (start === i && i >= 3 && text.startsWith('自治区', i - 3)) {
        start = i - 3;
        rule = 'level+agency';
      } else if (start === i && LEVEL_PREFIX.test(text[i - 1]!)) {
        start = i - 1;
        rule = 'level+agency';
      }
      if (start === i) continue;
      out.push({ start, end, type: 'Organization', rule, confidence: rule === 'region+agency' ? 0.9 : 0.8 });
      break;
    }
  }
  return out;
}

/** Start of the run of places ending at `at` (江苏省苏州市 → 江); `at` itself when no place ends there. */
export function chainStart(regions: readonly Candidate[], at: number): number {
  let start = at;
  for (;;) {
    const r = regions.find((c) => c.end === start && c.rule !== 'province-abbr');
    if (!r) return start;
    start = r.start;
  }
}

const regionAt = (regions: readonly Candidate[], u: Unit) => covered(regions, u.start, u.end);

/** Can a word end a body's name on its own (the left part of a 与/和 join)? */
const endsBody = (lex: RecognizerTables['lex'], word: string) =>
  orgHeadsAt(lex, word, word.length).some((s) => word.endsWith(s.suffix)) ||
  endsProgram(lex, word) ||
  lex.agencyForms.has(word) ||
  word.endsWith('政府');

/** Does the head of length `len` ending unit h start on a word boundary? */
function aligned(list: readonly Unit[], h: number, len: number): boolean {
  const at = list[h]!.end - len;
  const k = spanAt(list, at);
  return k === h || (k >= 0 && list[k]!.start === at);
}

function headedNames(
  view: View,
  list: readonly Unit[],
  regions: Candidate[],
  t: RecognizerTables,
): Candidate[] {
  const { lex } = t;
  const out: Candidate[] = [];
  for (const h of headUnits(lex, view.text, list)) {
    const u = list[h]!;
    // Only suffixes ending in the unit's last character can head it: most units have none.
    const heads = orgHeadsAt(lex, view.text, u.end);
    if (heads.length === 0) continue;
    if (u.tag === 'quote' || NOT_ORG.has(u.word) || regionAt(regions, u)) continue;
    // The longest head that starts on a word boundary: 集团股份/有限公司 ends in 有限公司, not 股份有限公司.
    const suffix = heads.find(
      (s) =>
        view.text.slice(u.end - s.suffix.length, u.end) === s.suffix && aligned(list, h, s.suffix.length),
    );
    if (!suffix) continue;
    const sufStart = u.end - suffix.suffix.length;
    if (suffix.suffix.length === 1 && u.tag.startsWith('v') && !shortOffice(list, h)) continue;
    const hs = spanAt(list, sufStart);
    if (hs < 0) continue;
    let first = extendLeft(list, hs, lex, {
      endsName: endsBody,
      regions,
      allowVerbs: /公司|集团/.test(suffix.suffix),
      // A body's name does not run back over a program's head (…改革湖北省人民政府办公厅).
      stopsAt: closesScheme,
    });
    // 组建/成立 X联盟: what stands between the founding verb and a strong head is the name, actions and all.
    if (suffix.strong && suffix.suffix.length > 1)
      first = Math.min(first, anchoredStart(view, list, hs, lex, 'body', FOUNDING));
    first = zoneStart(list, first, regions);
    first = reachPlace(list, first, regions, lex);
    const start = list[first]!.start;
    if (sufStart - start < 2) continue;
    const modifier = modifierWords(list, first, hs, sufStart);
    // 省/市 standing for the article's province or city counts as a place (省政务服务和大数据管理局).
    const placeFirst = regions.some((r) => r.start === start) || /^[省市]$/.test(list[first]!.word);
    const placeOnly = modifier.every((x) => regionAt(regions, x));
    const specific = modifier.some(
      (x) => !isGeneric(x.word, lex) && !regionAt(regions, x) && !/类$/.test(x.word),
    );
    // 国家技术创新中心 names no one body; 长三角国家技术创新中心 does; 上海市中心 is a part of town. A
    // generic name is kept aside: it counts only as the short form of a full name (创新联盟).
    if (!specific && !(placeFirst && !(placeOnly && suffix.suffix === '中心'))) {
      if (suffix.strong && !placeOnly) {
        out.push({ start, end: u.end, type: 'Organization', rule: GENERIC_RULE, confidence: 0.3 });
      }
      continue;
    }
    if (!suffix.strong && !placeFirst) continue;
    const mod = view.text.slice(start, sufStart);
    // 上海国际金融中心, 全球资产管理中心: a development goal, not a body.
    const goal = suffix.suffix === '中心' && /国际|全球/.test(mod);
    out.push({
      start,
      end: u.end,
      type: goal ? 'Program' : 'Organization',
      rule: goal ? 'goal-centre' : suffix.strong ? 'org-suffix' : 'place+org-suffix',
      confidence: suffix.strong ? 0.75 : 0.7,
    });
  }
  return out;
}

/**
 * 办 alone (jieba tags it a verb) heads a short office name after a noun at the end of a list item:
 * 市政府口岸物流办、… ; 为群众办实事 goes on, so it is no name.
 */
function shortOffice(list: readonly Unit[], h: number): boolean {
  const u = list[h]!;
  const prev = list[h - 1];
  const next = list[h + 1];
  return (
    u.word === '办' &&
    prev !== undefined &&
    /^(n|s|nz|vn)$/.test(prev.tag) &&
    prev.end === u.start &&
    (next === undefined || /^[、,。;和与及等]$/.test(next.word))
  );
}

/** Words a body's name may hold between its place and the part the left walk reached (数字, 建设, 新). */
const MODIFIER_TAGS = /^(n|nz|ns|nt|vn|a|j|x|l|b|s|eng)$/;

/**
 * A body's name reaches back over modifiers to the place in front (福建省数字福建建设领导小组办公室,
 * 成都市新经济发展委员会): when the walk stopped at a word that is no action (建设 as a noun, 新), and a
 * place or 省/市 lies at most four words further left with only such words between, the place starts it.
 */
export function reachPlace(
  list: readonly Unit[],
  first: number,
  regions: readonly Candidate[],
  lex: RecognizerTables['lex'],
): number {
  let best = first;
  let gap = 0;
  for (let k = first - 1; k >= 0 && gap < 4; k--) {
    const u = list[k]!;
    if (u.end !== list[k + 1]!.start) break;
    if (covered(regions, u.start, u.end) || /^[省市]$/.test(u.word)) {
      best = k;
      gap = 0;
      continue;
    }
    // Another body's name (…保障厅) or a joining verb (会同) is no modifier of this one; 数字政府 is.
    const other =
      (lex.agencyForms.has(u.word) && u.word.length > 2) ||
      orgHeadsAt(lex, u.word, u.word.length).some((x) => x.strong && u.word.endsWith(x.suffix));
    if (!/^[\p{L}\p{N}]+$/u.test(u.word) || /^[与和同及]$/.test(u.word)) break;
    if (other || (lex.boundaryStops.has(u.word) && u.tag !== 'vn' && u.tag !== 'a')) break;
    if (!MODIFIER_TAGS.test(u.tag) && !lex.nameVerbs.has(u.word)) break;
    gap++;
  }
  return best;
}

/** Region rules that name a zone, whose whole name a body's name takes in (…自由贸易试验区昆明片区管委会). */
const ZONE_RULES = new Set(['zone-name', 'ftz-name', 'ftz-context', 'ftz-area']);

/** A name whose start falls inside a zone's name starts where the zone does (试验区… → 中国(云南)自由贸易试验区…). */
export function zoneStart(list: readonly Unit[], first: number, regions: readonly Candidate[]): number {
  const start = list[first]!.start;
  const z = regions.find((r) => ZONE_RULES.has(r.rule) && r.start < start && r.end > start);
  if (!z) return first;
  const k = spanAt(list, z.start);
  return k >= 0 && list[k]!.start === z.start ? k : first;
}

/** Verbs that found a body: the words after them up to a strong head are its name. */
const FOUNDING = /(组建|成立|设立|筹建|共建|揭牌成立)$/;

/** Rule name of generic names (创新联盟, 信息平台), kept only as short forms of a full name. */
export const GENERIC_RULE = 'generic';

/** The units before a head, the head's own unit cut at the suffix (战略联盟 → 战略). */
export function modifierWords(list: readonly Unit[], first: number, hs: number, sufStart: number): Unit[] {
  const out: Unit[] = [];
  for (let k = first; k <= hs; k++) {
    const u = list[k]!;
    if (u.start >= sufStart) break;
    out.push(u.end <= sufStart ? u : { ...u, end: sufStart, word: u.word.slice(0, sufStart - u.start) });
  }
  return out;
}
