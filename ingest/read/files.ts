import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import type { SourceDoc } from '../types.ts';
import { decodeBytes } from './decode.ts';
import { InputError } from './errors.ts';
import { parseFile } from './formats.ts';

export const INPUT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'jsonl', 'ndjson'];

/** Expands files, folders and globs into a sorted list of input files. */
export async function listInputs(patterns: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    const info = await stat(pattern).catch(() => undefined);
    if (info?.isFile()) files.add(pattern);
    else if (info?.isDirectory()) {
      const found = await fg(`**/*.{${INPUT_EXTENSIONS.join(',')}}`, { cwd: pattern, absolute: false });
      for (const f of found) files.add(path.join(pattern, f));
    } else {
      const found = await fg(pattern, { onlyFiles: true });
      if (found.length === 0) throw new InputError('E_READ', pattern, 'matches no file');
      for (const f of found) files.add(f);
    }
  }
  return [...files].sort();
}

/** Largest file read whole; past this a file is refused with a clear error rather than exhausting memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Longest document (in UTF-16 code units) sent down the pipeline: about 3 MB of Chinese, far beyond
 * any release or report. Past it a file is refused whole, because one document is one transaction
 * and a 50 MB line would hold the writer and Neo4j's heap hostage for minutes.
 */
export const MAX_DOC_CHARS = 1_000_000;

/** Reads and decodes one file into source documents. Ids are paths relative to the working directory. */
export async function readInput(file: string): Promise<SourceDoc[]> {
  const info = await stat(file).catch((err: Error) => {
    throw new InputError('E_READ', file, err.message);
  });
  if (info.size > MAX_FILE_BYTES) {
    throw new InputError('E_TOO_LARGE', file, `is ${info.size} bytes; the limit is ${MAX_FILE_BYTES}`);
  }
  if (info.size === 0) throw new InputError('E_EMPTY', file, 'is empty');
  const bytes = await readFile(file).catch((err: Error) => {
    throw new InputError('E_READ', file, err.message);
  });
  const { text } = decodeBytes(bytes, file);
  const id = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
  const docs = parseFile(file, id, text);
  const huge = docs.find((d) => d.raw.length > MAX_DOC_CHARS);
  if (huge) {
    const where = huge.source === file ? '' : ` (${huge.source})`;
    throw new InputError(
      'E_TOO_LARGE',
      file,
      `holds a document of ${huge.raw.length} characters${where}; the limit is ${MAX_DOC_CHARS}: ` +
        'split it into smaller files',
    );
  }
  return docs;
}
