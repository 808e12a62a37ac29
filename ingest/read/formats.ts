import { Parser } from 'htmlparser2';
import { splitArticles } from '../articles.ts';
import type { SourceDoc } from '../types.ts';
import { InputError } from './errors.ts';

/** Turns a decoded file into source documents, by its extension. */
export function parseFile(file: string, id: string, text: string): SourceDoc[] {
  const lower = file.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return parseJsonl(file, text);
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return [htmlToDoc(file, id, text)];
  if (text.trim() === '') throw new InputError('E_EMPTY', file, 'is empty or holds only whitespace');
  const articles = splitArticles(text);
  if (articles.length <= 1) return [{ id, source: file, raw: text, title: headline(text) }];
  // A bulletin holding several items: one document per item, numbered in file order.
  return articles.map((a, k) => ({
    id: `${id}#${k + 1}`,
    source: file,
    raw: text.slice(a.start, a.end),
    title: a.title,
  }));
}

/** A news item's first line is its headline when it is short and not a sentence. */
export function headline(text: string): string | undefined {
  const first = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
  const line = first.replace(/^#+\s*/, '').trim();
  return line.length > 0 && line.length <= 60 && !/[。；！？]$/.test(line) ? line : undefined;
}

/** One JSON object a line: {doc|id, text, title?, date?}. A bad line names its number. */
export function parseJsonl(file: string, text: string): SourceDoc[] {
  const docs: SourceDoc[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (err) {
      throw new InputError('E_JSONL', file, `line ${i + 1} is not valid JSON (${(err as Error).message})`);
    }
    const rec = obj as Record<string, unknown>;
    const id = rec.doc ?? rec.id;
    if (typeof id !== 'string' || id === '' || typeof rec.text !== 'string') {
      throw new InputError(
        'E_JSONL',
        file,
        `line ${i + 1} needs a string "doc" (or "id") and a string "text"`,
      );
    }
    docs.push({
      id,
      source: `${file}:${i + 1}`,
      raw: rec.text,
      title: typeof rec.title === 'string' ? rec.title : undefined,
      date: typeof rec.date === 'string' ? rec.date : undefined,
    });
  });
  if (docs.length === 0) throw new InputError('E_EMPTY', file, 'holds no JSON lines');
  return docs;
}

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'table',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template']);

/** Visible text of an HTML page, one line per block element; <title> becomes the title. */
export function htmlToDoc(file: string, id: string, html: string): SourceDoc {
  let text = '';
  let title = '';
  let skipDepth = 0;
  let inTitle = false;
  // htmlparser2 streams without building a tree, so deeply nested markup costs no stack.
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        if (name === 'title') inTitle = true;
        if (BLOCK.has(name)) text += '\n';
      },
      ontext(chunk) {
        if (inTitle) title += chunk;
        else if (skipDepth === 0) text += chunk;
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'title') inTitle = false;
        if (BLOCK.has(name)) text += '\n';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const body = text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (body === '') throw new InputError('E_EMPTY', file, 'has no visible text');
  return { id, source: file, raw: body, title: title.trim() || undefined };
}
