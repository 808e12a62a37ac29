import type { Lexicons } from '../lexicons/index.ts';
import { type Candidate, covered, fitsTokens, spanAt, type View } from './candidate.ts';
import { anchoredStart, endsProgram, extendLeft, isGeneric, nameLike, type Unit } from './extend.ts';
import { type FormHits, NO_FORMS } from './form-index.ts';
import { GENERIC_RULE, modifierWords } from './organizations.ts';
import { headUnits, orgHeadsAt, programHeadsAt } from './suffixes.ts';
import { type RecognizerTables, type SentenceForms, scanForms } from './tables.ts';

/** Titles in 《》: policy documents, laws, plans, standards. */
const TITLE = /《[^《》\n]{2,80}》/g;
/** Words ending in 法 that are no law's name. */
const NOT_LAW = new Set(
  '方法 办法 做法 执法 立法 依法 合法 违法 非法 司法 手法 算法 说法 看法 想法 用法 写法 疗法 技法 书法 语法 守法 普法 变法 兵法 无法 设法 加法 减法 乘法 除法 佛法 魔法 戏法 章法 宪法 刑法 民法'.split(
    ' ',
  ),
);

/** A version right after a program word: 减负行动2.0. */
const VERSION = /^\d+(?:\.\d+)+|^\d+\.0/;
/** Quoted words that name a role or a person's duty, not a program (“首席数据官”). */
const ROLE_END = /[官员者人师家]$/;

export function findPrograms(
  view: View,
  list: readonly Unit[],
  regions: Candidate[],
  t: RecognizerTables,
  forms: SentenceForms = scanForms(t, view.text),
): Candidate[] {
  return [
    ...titles(view),
    ...knownPrograms(view, forms.programs),
    ...headedPrograms(view, list, regions, t),
    ...quoted(view, list, t),
  ];
}

/** Nationally known initiatives by any of their written forms (乡村振兴, “双碳”). */
function knownPrograms(view: View, hits: FormHits): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < hits.length; i++) {
    for (const { length: len } of hits[i] ?? NO_FORMS) {
      if (fitsTokens(view, i, i + len)) {
        out.push({ start: i, end: i + len, type: 'Program', rule: 'known-program', confidence: 0.9 });
        break;
      }
    }
  }
  return out;
}

function titles(view: View): Candidate[] {
  // Most sentences hold no title: skip the regex iterator (a regex clone each).
  if (!view.text.includes('《')) return [];
  return [...view.text.matchAll(TITLE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'Program' as const,
    rule: 'title',
    confidence: 0.9,
  }));
}

/**
 * The quote a head word names (“一窗通办”线上审批模式): right before the head, or before up to three
 * name-like words (at most six characters) that describe the kind of scheme.
 */
function quoteBefore(list: readonly Unit[], hs: number, lex: Lexicons, bridged: boolean): Unit | undefined {
  let k = hs - 1;
  if (!bridged) {
    const q = list[k];
    return q?.tag === 'quote' && q.end === list[hs]!.start ? q : undefined;
  }
  let gap = 0;
  while (k >= 0 && list[k]!.tag !== 'quote' && hs - k <= 4) {
    const u = list[k]!;
    // Actions and places describe the scheme's kind here (线上审批模式), so verbs and 上 are allowed; a
    // particle, preposition or pronoun (“X”的发展模式, 与) ends the bridge.
    const bridge = nameLike(u, lex) || (/^(v|vn|f|s)$/.test(u.tag) && HAN_WORD.test(u.word));
    if (!bridge || endsProgram(lex, u.word) || lex.boundaryStops.has(u.word) || u.end !== list[k + 1]!.start)
      return undefined;
    gap += u.end - u.start;
    k--;
  }
  const q = list[k];
  if (q?.tag !== 'quote' || gap > 6 || q.end !== list[k + 1]!.start) return undefined;
  return q;
}

/** Can a word end a name on its own (the left part of a 与/和 join, which programs do not cross)? */
const endsName = (lex: Lexicons, word: string) =>
  orgHeadsAt(lex, word, word.length).some((s) => s.suffix.length > 1 && word.endsWith(s.suffix)) ||
  endsProgram(lex, word);

/** Quoted heads that may follow the quote after a few words naming the scheme's kind. */
const BRIDGED = /^(服务|模式)$/;
/** Two words of joint action right before a head: 联合培养, 联合攻关, 联合研发. */
const JOINT = /联合\p{Script=Han}{2}$/u;
// Module constants: tsx compiles a \p{Script} literal to a new RegExp on every call.
const HAN_WORD = /^\p{Script=Han}+$/u;
const PAIRED_JOINT = /联\p{Script=Han}联\p{Script=Han}$/u;

const regionAt = (regions: readonly Candidate[], u: Unit) => covered(regions, u.start, u.end);

// The tables asked about last and their area forms: one set of tables per run.
let areasOf: RecognizerTables | undefined;
let areas = new Set<string>();

/** Place forms that name an area (长三角, 粤港澳大湾区): one lookup, not a lookup per region id. */
function areaForms(t: RecognizerTables): Set<string> {
  if (t !== areasOf) {
    areas = new Set();
    for (const [form, ids] of t.regions.map)
      if (ids.some((id) => t.lex.regionById.get(id)?.level === 'area')) areas.add(form);
    areasOf = t;
  }
  return areas;
}

function headedPrograms(
  view: View,
  list: readonly Unit[],
  regions: Candidate[],
  t: RecognizerTables,
): Candidate[] {
  const { lex } = t;
  const out: Candidate[] = [];
  for (const h of headUnits(lex, view.text, list)) {
    const u = list[h]!;
    if (u.tag === 'quote') continue;
    const suffix = programHeadsAt(lex, view.text, u.end).find(
      (s) => view.text.slice(u.end - s.suffix.length, u.end) === s.suffix,
    );
    if (!suffix) continue;
    // 方法, 依法, 执法 end in 法 and name no law.
    if (suffix.kind === 'law' && NOT_LAW.has(u.word.slice(-2))) continue;
    // 市场监管, 市场主体: 市场 opens a compound here, it heads no name.
    if (suffix.suffix === '市场' && /^(监管|监督|主体)/.test(view.text.slice(u.end))) continue;
    const sufStart = u.end - suffix.suffix.length;
    const hs = spanAt(list, sufStart);
    if (hs < 0 || (hs !== h && list[hs]!.start !== sufStart)) continue;
    let end = u.end;
    const version = VERSION.exec(view.text.slice(end));
    if (version) end += version[0].length;
    // 联保联治机制, 联防联控机制: a paired joint action names its mechanism without quotes.
    const paired = suffix.suffix === '机制' && PAIRED_JOINT.test(view.text.slice(0, sufStart));
    if (suffix.kind === 'quoted' && !paired) {
      const q = quoteBefore(list, hs, t.lex, BRIDGED.test(suffix.suffix));
      if (q) out.push({ start: q.start, end, type: 'Program', rule: 'quoted+scheme', confidence: 0.85 });
      continue;
    }
    // A pilot of a reform or a scheme is that reform (“一网通办”改革试点 → “一网通办”改革), named by the
    // shorter head or the quote.
    // A comprehensive reform pilot (营商环境综合改革试点) is itself the named pilot: 试点 stays.
    const before = view.text.slice(0, sufStart);
    if (
      /^(试点|业务)$/.test(suffix.suffix) &&
      /(改革|制度|制|”)$/.test(before) &&
      !/综合(配套)?改革$/.test(before)
    ) {
      const q = list[hs - 1];
      if (q?.tag === 'quote' && q.end === sufStart)
        out.push({ start: q.start, end: sufStart, type: 'Program', rule: 'quoted', confidence: 0.8 });
      continue;
    }
    // A joint action (联合培养协议, 联合攻关计划) is what the agreement or plan is about: the name runs
    // left from 联合 as from a head.
    const joint = JOINT.test(before) ? spanAt(list, sufStart - 4) : -1;
    const from = joint >= 0 && list[joint]!.start === sufStart - 4 ? joint : hs;
    let first = extendLeft(list, from, lex, {
      endsName,
      regions,
      joinConjunctions: false,
      // Campaign names hold verbs (成果转化尽责担当行动); reform and pilot phrases are too often clauses.
      allowVerbs: /行动|工程/.test(suffix.suffix),
    });
    // Standards and plans (建立…选育标准) are too often described rather than named: not anchored.
    if (suffix.kind !== 'thing' || /^(系统|平台|专区)$/.test(suffix.suffix))
      first = Math.min(first, anchoredStart(view, list, hs, lex, suffix.kind));
    const start = list[first]!.start;
    if (sufStart - start < 2) continue;
    // 培育10个工业互联网平台: a count of platforms, not one named platform.
    if (first > 0 && /^(m|q|mq)$/.test(list[first - 1]!.tag) && list[first - 1]!.end === start) {
      out.push({ start, end, type: 'Program', rule: GENERIC_RULE, confidence: 0.3 });
      continue;
    }
    const modifier = modifierWords(list, first, hs, sufStart);
    // A named area (长三角, 粤港澳大湾区) opening a short name makes it one scheme of that area
    // (长三角协同创新平台); a long description (定位于长三角区域…平台) or a market of the area names none.
    const lead = list[first]!;
    const area =
      suffix.suffix !== '市场' &&
      sufStart - lead.end <= 6 &&
      regionAt(regions, lead) &&
      areaForms(t).has(lead.word);
    const specific =
      area ||
      JOINT.test(before) ||
      modifier.some((x) => x.tag === 'quote' || (!isGeneric(x.word, lex) && !regionAt(regions, x)));
    // Four characters of common words (交通系统, 金融市场) name a field, not a program.
    if (
      (!specific && suffix.kind !== 'agreement' && suffix.kind !== 'law') ||
      (suffix.kind === 'thing' && end - start < 5)
    ) {
      out.push({ start, end, type: 'Program', rule: GENERIC_RULE, confidence: 0.3 });
      continue;
    }
    out.push({
      start,
      end,
      type: 'Program',
      rule: `program-${suffix.kind}`,
      confidence: specific ? 0.75 : 0.6,
    });
  }
  return out;
}

/** A quote around one everyday noun (“帽子”, “试验田”, “神经元”) is a figure of speech, not a scheme's name. */
function commonNoun(view: View, u: Unit): boolean {
  const inside = view.tokens.filter((t) => t.start > u.start && t.end < u.end);
  return inside.length === 1 && /^(n|nz)$/.test(inside[0]!.tag);
}

/** A policy verb shortly before a quote marks the quoted words as a scheme: 继续实施“双控”, 推进大宗货物“公转铁”. */
const POLICY_VERB = /(实施|推进|深化|开展|推行|落实|推广|启动|试点|出台|推出|首创|提升了)[^,。;:“”]{0,10}$/;

/**
 * Quoted names: a quoted body (“一带一路科技创新联盟”) or program (“碳系列指数”) by its head word; other short
 * quoted words only after a policy verb (深化政务服务“一网通办”) or right after such a quote (“公转铁”“公转水”).
 * Quoted figures of speech (“试验田”, “神经元”, “放得开”) have neither and are left alone.
 */
function quoted(view: View, list: readonly Unit[], t: RecognizerTables): Candidate[] {
  const out: Candidate[] = [];
  // Quote units are made from “…” only (see units): most sentences have none to look for.
  if (!view.text.includes('“')) return out;
  let prevEnd = -1;
  for (const u of list) {
    if (u.tag !== 'quote') continue;
    const inner = u.word.slice(1, -1);
    const bare = inner.replace(/\d+(?:\.\d+)+$|\d+\.0$/, '');
    if (inner.length < 2 || inner.length > 20 || !/[\u4e00-\u9fff]/.test(inner)) continue;
    if (/[、,:;。]/.test(inner) || ROLE_END.test(inner)) continue;
    if (t.regions.map.has(inner) || t.known.map.has(inner)) continue;
    const orgHead = t.lex.orgSuffixes.find(
      (s) => s.strong && s.suffix.length > 1 && inner.endsWith(s.suffix),
    );
    const progHead = t.lex.programSuffixes.find((s) => s.kind !== 'quoted' && bare.endsWith(s.suffix));
    if (orgHead && inner.length > orgHead.suffix.length + 1) {
      out.push({
        start: u.start + 1,
        end: u.end - 1,
        type: 'Organization',
        rule: 'quoted-org',
        confidence: 0.8,
      });
    } else if (progHead && bare.length > progHead.suffix.length) {
      out.push({ start: u.start, end: u.end, type: 'Program', rule: 'quoted-program', confidence: 0.8 });
    } else if (
      inner.length <= 12 &&
      !commonNoun(view, u) &&
      (POLICY_VERB.test(view.text.slice(0, u.start)) || prevEnd === u.start)
    ) {
      out.push({ start: u.start, end: u.end, type: 'Program', rule: 'quoted', confidence: 0.65 });
    } else continue;
    prevEnd = u.end;
  }
  return out;
}
