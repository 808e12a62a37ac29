import { describe, expect, it } from 'vitest';
import { createContext } from '../../ingest/index.ts';
import type { RecognizerTables } from '../../ingest/recognize/tables.ts';
import { canonicalOrg } from '../../ingest/resolve/canonical.ts';
import type { DocPlaces } from '../../ingest/resolve/context.ts';

// A national body's branch sits in the place written inside its name, not in the country of its title.
const t = createContext({ overridesPath: '/nonexistent.json' }).recognizer as RecognizerTables;
const places: DocPlaces = {};

describe('Entity.within from the place inside a national body name', () => {
  it.each([
    ['a central-bank branch', '中国人民银行贵阳中心支行', 'region:520100'],
    ['a central-bank regional branch', '中国人民银行沈阳分行', 'region:210100'],
    ['an academy institute', '中国科学院长春应用化学研究所', 'region:220100'],
    ['a railway bureau', '中国铁路济南局集团有限公司', 'region:370100'],
  ])('%s', (_name, surface, within) => {
    expect(canonicalOrg(surface, t, places).within).toBe(within);
  });
});
