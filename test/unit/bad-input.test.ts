// Every input of the bad-input corpus through the pure half of ingest: read (decode + parse) and the
// extraction pipeline. The database half is test/integration/bad-input.test.ts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPipeline } from '../../ingest/index.ts';
import { toExtractLine } from '../../ingest/output.ts';
import { InputError } from '../../ingest/read/errors.ts';
import { listInputs, MAX_DOC_CHARS, readInput } from '../../ingest/read/files.ts';
import { extract } from '../../src/cli/extract.ts';
import {
  BAD_INPUTS,
  FIXTURE_DIR,
  GBK_TEXT,
  inputPath,
  isError,
  UTF16_TEXT,
  writeGeneratedInputs,
} from '../fixtures/bad-input/corpus.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'govkg-bad-input-'));
  await writeGeneratedInputs(dir);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const pipeline = createPipeline();
const refused = BAD_INPUTS.filter((i) => isError(i.outcome));
const accepted = BAD_INPUTS.filter((i) => !isError(i.outcome));

describe('bad input: refused with a coded error naming the file', () => {
  it.each(refused.map((i) => [i.kind, i] as const))('%s', async (_kind, input) => {
    const file = inputPath(input, dir);
    const err = await readInput(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    const { code, message } = err as InputError;
    expect(code).toBe((input.outcome as { error: string }).error);
    expect(message.startsWith(`${code}: ${file}: `)).toBe(true);
    // A message says what is wrong, not just the code and the name.
    expect(message.slice(`${code}: ${file}: `.length).length).toBeGreaterThanOrEqual(8);
  });
});

describe('odd but valid input: read and extracted without error', () => {
  it.each(accepted.map((i) => [i.kind, i] as const))('%s', async (_kind, input) => {
    const docs = await readInput(inputPath(input, dir));
    expect(docs).toHaveLength((input.outcome as { docs: number }).docs);
    for (const doc of docs) {
      expect(doc.raw.trim()).not.toBe('');
      const line = toExtractLine(pipeline(doc));
      expect(line.doc).toBe(doc.id);
      // Every relation endpoint is an entity of the same document: nothing dangles.
      const names = new Set(line.entities.map((e) => e.name));
      for (const r of line.relations)
        expect([names.has(r.source), names.has(r.target)]).toEqual([true, true]);
    }
  });

  it.each([
    ['gbk-no-declaration.txt', GBK_TEXT],
    ['utf16le-bom.txt', UTF16_TEXT],
    ['utf16be-bom.md', UTF16_TEXT],
  ])('decodes %s to the very text it was made from', async (file, text) => {
    const [doc] = await readInput(path.join(dir, file));
    expect(doc?.raw).toBe(text);
  });

  it('keeps quotes, backslashes and Cypher-like text verbatim', async () => {
    const [doc] = await readInput(path.join(FIXTURE_DIR, 'names-with-quotes.txt'));
    for (const piece of [
      '"数字城市"',
      '《"}) MATCH (n) DETACH DELETE n //》',
      '数据\\局',
      '大数据\\\\中心',
    ]) {
      expect(doc?.raw).toContain(piece);
    }
  });

  it('keeps the deepest text of 20 000 nested elements', async () => {
    const [doc] = await readInput(path.join(dir, 'deep-nested.html'));
    expect(doc?.raw).toBe('安徽省科学技术厅发布科技成果转化通知。');
  });

  it('refuses the 50 MB line by size, naming the limit', async () => {
    await expect(readInput(path.join(dir, 'huge-line.txt'))).rejects.toThrow(
      new RegExp(`huge-line\\.txt: holds a document of \\d+ characters; the limit is ${MAX_DOC_CHARS}`),
    );
  });
});

describe('missing inputs', () => {
  it.each([
    ['a file that does not exist', 'no/such/file.txt', /E_READ: no\/such\/file\.txt: /],
    ['a glob that matches nothing', 'no/such/*.txt', /E_READ: no\/such\/\*\.txt: matches no file/],
  ])('%s is an E_READ naming it', async (_what, input, message) => {
    const attempt = input.includes('*') ? listInputs([input]) : readInput(input);
    await expect(attempt).rejects.toThrow(message);
  });
});

describe('the whole corpus as one batch (govkg extract)', () => {
  it('reports each bad file by name on stderr, extracts the rest, and does not stop', async () => {
    const lines: string[] = [];
    const out = new Writable({
      write(chunk, _enc, cb) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        cb();
      },
    });
    const errors: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      errors.push(String(chunk));
      return true;
    });
    let failures: number;
    try {
      failures = await extract({ paths: [FIXTURE_DIR, dir] }, out);
    } finally {
      spy.mockRestore();
    }
    expect(failures).toBe(refused.length);
    for (const input of refused) {
      const named = errors.filter((e) => e.includes(inputPath(input, dir)));
      expect([input.file, named.length]).toEqual([input.file, 1]);
    }
    const docs = lines.map((l) => (JSON.parse(l) as { doc: string }).doc);
    expect(docs).toHaveLength(accepted.length);
    for (const input of accepted) expect(docs.some((d) => d.endsWith(input.file))).toBe(true);
  });
});
