import type { Candidate } from './candidate.ts';

/** A national bureau (国家税务总局, 国家统计局) names its provincial or city branch as a prefix. */
const NATIONAL_BUREAU = /^国家\p{Script=Han}{1,8}总?局$/u;
/** The head of a branch after its place: 税务局, 监管局, 调查总队. */
const BRANCH_HEAD = /^[省市]?(税务局|监管局|调查总队|调查队|调查局|分局)/u;

/**
 * 国家税务总局四川省税务局 is one body, the bureau's branch in Sichuan, not the bureau and a provincial
 * 税务局: a national bureau written right before a bureau led by a place joins it into one name.
 */
export function bureauBranches(
  text: string,
  found: readonly Candidate[],
  regions: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    // The cheap prefix test first: most bodies are no national bureau.
    if (c.type !== 'Organization' || !text.startsWith('国家', c.start)) continue;
    if (!NATIONAL_BUREAU.test(text.slice(c.start, c.end))) continue;
    // 国家金融监督管理总局贵州监管局: the branch's own head may be unknown to the recognizer.
    const place = regions.find((r) => r.start === c.end);
    const head = place && BRANCH_HEAD.exec(text.slice(place.end, place.end + 8));
    if (place && head) {
      out.push({
        start: c.start,
        end: place.end + head[0].length,
        type: 'Organization',
        rule: 'bureau-branch',
        confidence: c.confidence,
      });
      continue;
    }
    for (const d of found) {
      if (d.type !== 'Organization' || d.start !== c.end || !text.slice(d.start, d.end).endsWith('局'))
        continue;
      if (!regions.some((r) => r.start === d.start && r.end < d.end)) continue;
      out.push({
        start: c.start,
        end: d.end,
        type: 'Organization',
        rule: 'bureau-branch',
        confidence: Math.max(c.confidence, d.confidence),
      });
    }
  }
  return out;
}

/** 由 (by) never opens a body's name; jieba sometimes glues it to the first word of one (由省…). */
export function dropLeadingBy(text: string, c: Candidate): Candidate {
  if (c.type === 'Organization' && text[c.start] === '由' && c.end - c.start > 3)
    return { ...c, start: c.start + 1 };
  return c;
}
