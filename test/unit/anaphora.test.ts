import { describe, expect, it } from 'vitest';
import { createContext, STAGES } from '../../ingest/index.ts';
import { createRunner } from '../../ingest/pipeline.ts';
import type { RecognizerTables } from '../../ingest/recognize/tables.ts';
import { resolveAnaphora } from '../../ingest/resolve/anaphora.ts';

const ctx = createContext({ overridesPath: '/nonexistent.json' });
const run = createRunner(
  STAGES.filter((s) => s.name !== 'relate'),
  ctx,
);
const anaphora = (text: string) =>
  resolveAnaphora(run({ id: 'd', source: 'd', raw: text }), ctx.recognizer as RecognizerTables).map((a) => [
    a.surface,
    a.refers,
  ]);

describe('resolveAnaphora', () => {
  it.each([
    ['该省 → the article province', '江苏省工信厅印发通知。该省将推进试点。', [['该省', ['region:320000']]]],
    ['本市 → the article city', '杭州市发布规划。本市将加快建设。', [['本市', ['region:330100']]]],
    [
      '两市 → the last two cities',
      '成都市与重庆市签署协议，两市将共建平台。',
      [['两市', ['region:500000', 'region:510100']]],
    ],
    [
      '双方 → the last two parties',
      '浙江省科技厅与安徽省科技厅签署协议。双方将加强合作。',
      [['双方', ['org:安徽省科学技术厅', 'org:浙江省科学技术厅']]],
    ],
    ['nothing to point at', '该省将推进试点。', []],
  ])('%s', (_name, text, expected) => {
    expect(anaphora(text)).toEqual(expected);
  });
});
