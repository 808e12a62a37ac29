import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyOverrides,
  loadOverrides,
  NO_OVERRIDES,
  type Overrides,
} from '../../ingest/curation/overrides.ts';
import type { Entity, Mention } from '../../ingest/types.ts';

const org = (name: string, aliases: string[] = []): Entity => ({
  id: `org:${name}`,
  type: 'Organization',
  name,
  aliases,
  confidence: 0.8,
});
const mention = (entityId: string, surface: string): Mention => ({
  sentence: 0,
  start: 0,
  end: surface.length,
  surface,
  type: 'Organization',
  rule: 'r',
  confidence: 0.8,
  entityId,
});
const o = (x: Partial<Overrides>): Overrides => ({ ...NO_OVERRIDES, ...x });

describe('applyOverrides', () => {
  it('blocks a name and the mentions of its entity', () => {
    const out = applyOverrides(
      [org('创新联盟'), org('甲公司')],
      [mention('org:创新联盟', '创新联盟')],
      o({ block: ['创新联盟'] }),
    );
    expect(out.entities.map((e) => e.name)).toEqual(['甲公司']);
    expect(out.mentions).toEqual([]);
  });

  it('merges an alias into the named entity, combining two entities into one', () => {
    const out = applyOverrides(
      [org('上海市科学技术委员会', ['上海市科委']), org('上海科委')],
      [mention('org:上海科委', '上海科委')],
      o({ merge: [{ name: '上海市科学技术委员会', aliases: ['上海科委'] }] }),
    );
    expect(out.entities).toHaveLength(1);
    expect(out.entities[0]).toMatchObject({
      id: 'org:上海市科学技术委员会',
      aliases: ['上海市科委', '上海科委'],
    });
    expect(out.mentions[0]!.entityId).toBe('org:上海市科学技术委员会');
  });

  it('corrects a type and moves the id to the new type', () => {
    const out = applyOverrides(
      [org('上海国际金融中心')],
      [mention('org:上海国际金融中心', '上海国际金融中心')],
      o({ types: [{ name: '上海国际金融中心', type: 'Program' }] }),
    );
    expect(out.entities[0]).toMatchObject({ id: 'program:上海国际金融中心', type: 'Program' });
    expect(out.mentions[0]).toMatchObject({ entityId: 'program:上海国际金融中心', type: 'Program' });
  });

  it('sets an official name and keeps the old one as an alias', () => {
    const out = applyOverrides(
      [org('中国商飞公司')],
      [],
      o({ official: [{ name: '中国商飞公司', official: '中国商用飞机有限责任公司' }] }),
    );
    expect(out.entities[0]).toMatchObject({
      id: 'org:中国商用飞机有限责任公司',
      name: '中国商用飞机有限责任公司',
      aliases: ['中国商飞公司'],
    });
  });

  it('leaves everything alone without overrides', () => {
    const ents = [org('甲公司', ['甲'])];
    expect(applyOverrides(ents, [], NO_OVERRIDES).entities).toEqual(ents);
  });
});

describe('loadOverrides', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'govkg-overrides-'));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('reads a valid file, filling in missing sections', () => {
    expect(loadOverrides(write('ok.json', '{"block": ["双方"]}'))).toEqual({
      ...NO_OVERRIDES,
      block: ['双方'],
    });
  });

  it('treats a missing file as no overrides', () => {
    expect(loadOverrides(path.join(dir, 'missing.json'))).toEqual(NO_OVERRIDES);
  });

  it.each([
    ['bad.json', '{"block": [', /E_OVERRIDES: .*bad.json is not valid JSON/],
    [
      'badtype.json',
      '{"types": [{"name": "x", "type": "Person"}]}',
      /E_OVERRIDES: .*badtype.json: types.0.type/,
    ],
    ['extra.json', '{"blocks": []}', /E_OVERRIDES: .*extra.json/],
  ])('rejects %s with the file name', (name, text, error) => {
    expect(() => loadOverrides(write(name, text))).toThrow(error);
  });
});

describe('overrides applied at ingest', () => {
  it('survives re-running the pipeline: the same file gives the same corrected entities', async () => {
    const { createContext, STAGES } = await import('../../ingest/index.ts');
    const { createRunner } = await import('../../ingest/pipeline.ts');
    const dir = mkdtempSync(path.join(tmpdir(), 'govkg-ingest-'));
    const file = path.join(dir, 'overrides.json');
    writeFileSync(
      file,
      JSON.stringify({
        block: ['宁波市'],
        official: [{ name: '宁波市科技局', official: '宁波市科学技术局(宁波市外国专家局)' }],
      }),
    );
    const names = () =>
      createRunner(
        STAGES.filter((s) => s.name !== 'relate'),
        createContext({ overridesPath: file }),
      )({ id: 'x', source: 'x', raw: '宁波市科技局召开会议。' }).entities!.map((e) => e.name);
    expect(names()).toEqual(['宁波市科学技术局(宁波市外国专家局)']);
    expect(names()).toEqual(names());
  });
});
