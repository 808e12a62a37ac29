import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createContext, STAGES } from '../../ingest/index.ts';
import { createRunner } from '../../ingest/pipeline.ts';
import { decodeBytes } from '../../ingest/read/decode.ts';

/**
 * Golden entity cases: test/golden/entities/<case>/input.txt (UTF-8, written for these tests) and
 * expected.json {encoding?, entities: [{type, name, aliases?}]}. The predicted (type, name) set must equal
 * the expected one; listed aliases must be among the predicted aliases. `encoding` re-encodes the input
 * (gbk, utf16-le) before decoding, as a file in that encoding would arrive.
 */
interface Expected {
  encoding?: string;
  entities: { type: string; name: string; aliases?: string[] }[];
}

const root = new URL('./entities/', import.meta.url);
const cases = readdirSync(root).sort();
const run = createRunner(
  STAGES.filter((s) => s.name !== 'relate'),
  createContext({ overridesPath: '/nonexistent/overrides.json' }),
);

describe('golden entities', () => {
  it.each(cases)('%s', (name) => {
    const input = readFileSync(new URL(`${name}/input.txt`, root), 'utf8');
    const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, root), 'utf8')) as Expected;
    const raw = expected.encoding
      ? decodeBytes(new Uint8Array(iconv.encode(input, expected.encoding)), `${name}.txt`).text
      : input;
    const doc = run({ id: name, source: name, raw });
    const got = doc.entities ?? [];
    const key = (e: { type: string; name: string }) => `${e.type}:${e.name}`;
    expect(got.map(key).sort()).toEqual(expected.entities.map(key).sort());
    for (const e of expected.entities) {
      const g = got.find((x) => key(x) === key(e))!;
      for (const alias of e.aliases ?? []) expect(g.aliases, `${key(e)} aliases`).toContain(alias);
    }
  });
});
