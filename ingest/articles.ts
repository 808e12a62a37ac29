/** One item of a bulletin: a title line and the body after it, as a span of the file's raw text. */
export interface Article {
  title: string;
  /** The bulletin section the item sits under (科创聚焦), when a heading precedes its title. */
  section?: string;
  start: number;
  end: number;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

const PAGE_MARKER = /^\s*(?:[—–-]{1,2}\s*\d{1,4}\s*[—–-]{1,2}|第\s*\d{1,4}\s*页.*)\s*$/;
const SENTENCE_PUNCT = /[，。；：！？,;:!?]/;
const TERMINAL_END = /[。！？!?；;”」』）)]\s*$/;

/** A heading: short, holds no sentence punctuation, not a page marker. */
const isHeading = (text: string) =>
  text.trim().length > 0 && text.trim().length <= 40 && !SENTENCE_PUNCT.test(text) && !PAGE_MARKER.test(text);

/**
 * Splits a bulletin into its items. A title is a heading line that follows the end of a sentence (or the
 * start of the file); a heading directly followed by another heading is a section name. A file with no
 * such structure is one article.
 */
export function splitArticles(raw: string): Article[] {
  const lines: Line[] = [];
  let at = 0;
  for (const text of raw.split('\n')) {
    if (text.trim() !== '') lines.push({ text, start: at, end: at + text.length });
    at += text.length + 1;
  }
  const typical = modalLength(lines);
  // A wrapped body line is as long as the wrap width; a heading is shorter, or (as PDF converters leave
  // it) ends with a space.
  const heading = (l: Line) =>
    isHeading(l.text) && (typical === 0 || width(l.text.trim()) < typical * 0.85 || /\s$/.test(l.text));
  const titles: { line: number; section?: string }[] = [];
  let section: string | undefined;
  let afterSentenceEnd = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (PAGE_MARKER.test(line.text)) continue;
    if (afterSentenceEnd && heading(line)) {
      const next = lines.slice(i + 1).find((l) => !PAGE_MARKER.test(l.text));
      if (next && heading(next)) section = line.text.trim();
      else if (next) titles.push({ line: i, section });
      afterSentenceEnd = true;
      continue;
    }
    afterSentenceEnd = TERMINAL_END.test(line.text);
  }
  if (titles.length === 0) return [{ title: lines[0]?.text.trim() ?? '', start: 0, end: raw.length }];
  return titles.map((t, k) => {
    const first = lines[t.line]!;
    const nextTitle = titles[k + 1];
    // An item ends where the next section heading or title begins.
    let endLine = nextTitle ? nextTitle.line : lines.length;
    if (nextTitle && nextTitle.section !== t.section) {
      while (endLine > t.line + 1 && lines[endLine - 1]!.text.trim() === nextTitle.section) endLine--;
    }
    const last = lines[endLine - 1]!;
    return { title: first.text.trim(), section: t.section, start: first.start, end: last.end };
  });
}

/** Display width: a Chinese character is as wide as two Latin ones, as on the printed page. */
const width = (s: string) => [...s].reduce((w, c) => w + (/[\u2e80-\uffef]/.test(c) ? 2 : 1), 0);

/** The most frequent trimmed line length, when the file has enough lines to show a wrap width. */
function modalLength(lines: Line[]): number {
  if (lines.length < 8) return 0;
  const counts = new Map<number, number>();
  for (const l of lines) {
    const n = width(l.text.trim());
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
  return count >= lines.length * 0.15 ? best : 0;
}
