/** ISO date of the first "M月D日" (or "YYYY年M月D日") in a sentence; the year comes from the document. */
export function statedDate(text: string, docDate?: string): string | undefined {
  const m = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  if (!m) return undefined;
  const year = m[1] ?? /^(\d{4})/.exec(docDate ?? '')?.[1];
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!year || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
