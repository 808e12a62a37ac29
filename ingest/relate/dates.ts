const RELATIVE_YEAR: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1 };

/**
 * ISO date of the first "M月D日" (or "YYYY年M月D日") in a sentence; the year comes from the document.
 * A year told relative to the document (去年9月3日, 今年5月) resolves against the document's year;
 * such a month without a day gives YYYY-MM (no day is invented).
 */
export function statedDate(text: string, docDate?: string): string | undefined {
  // Both patterns need 月: most sentences are settled without running them.
  if (!text.includes('月')) return undefined;
  const docYear = /^(\d{4})/.exec(docDate ?? '')?.[1];
  const rel = /(前年|去年|今年|明年)\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/.exec(text);
  const abs = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  if (rel && (!abs || rel.index <= abs.index)) {
    if (!docYear) return undefined;
    const year = String(Number(docYear) + RELATIVE_YEAR[rel[1]!]!);
    return iso(year, Number(rel[2]), rel[3] === undefined ? undefined : Number(rel[3]));
  }
  if (!abs) return undefined;
  const year = abs[1] ?? docYear;
  return year ? iso(year, Number(abs[2]), Number(abs[3])) : undefined;
}

function iso(year: string, month: number, day: number | undefined): string | undefined {
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  return day === undefined ? ym : `${ym}-${String(day).padStart(2, '0')}`;
}
