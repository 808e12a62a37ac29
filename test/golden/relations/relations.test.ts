import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CaseEntity, relateCase } from './build-doc.ts';

// One directory per relation pattern: input.txt (our own sentences), entities.json (what recognition
// and resolution would give), expected.json (every relation, and the agreements kept whole).
const dir = new URL('./', import.meta.url);
const cases = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const read = (name: string, file: string) => readFileSync(new URL(`${name}/${file}`, dir), 'utf8');

describe('relate golden cases', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(10));

  it.each(cases)('%s', (name) => {
    const { entities, date } = JSON.parse(read(name, 'entities.json')) as {
      entities: CaseEntity[];
      date?: string;
    };
    const expected = JSON.parse(read(name, 'expected.json')) as {
      relations: string[];
      agreements?: { parties: string[]; title?: string; date?: string }[];
    };
    const got = relateCase(read(name, 'input.txt'), entities, date);
    expect(got.relations).toEqual(expected.relations);
    if (expected.agreements) expect(got.agreements).toEqual(expected.agreements);
  });
});
