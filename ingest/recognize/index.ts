import { need, type Stage } from '../pipeline.ts';
import type { Mention } from '../types.ts';
import { makeView } from './candidate.ts';
import { units } from './extend.ts';
import { findOrganizations } from './organizations.ts';
import { selectLongest } from './overlap.ts';
import { findPrograms } from './programs.ts';
import { findRegions, findZones } from './regions.ts';
import type { RecognizerTables } from './tables.ts';

/**
 * Finds Organization, Region and Program mentions. Bodies and programs compete (longest wins, no
 * overlaps); places are kept also inside a longer name, since a name's place (长沙 in
 * 人民银行长沙中心支行) is an entity of its own and tells where the body sits.
 */
export const recognize: Stage = {
  name: 'recognize',
  requires: ['sentences'],
  assigns: ['mentions'],
  run(doc, ctx) {
    const tables = ctx.recognizer as RecognizerTables | undefined;
    if (!tables)
      throw new Error('E_CONTEXT: recognizer tables missing; build the context with createContext()');
    const mentions: Mention[] = [];
    for (const s of need(doc, 'sentences')) {
      const view = makeView(s.text, s.tokens, s.start);
      const list = units(view);
      const places = findRegions(view, tables.regions, tables.lex);
      const regions = [...places, ...findZones(view, places)];
      const named = selectLongest([
        ...findOrganizations(view, list, regions, tables),
        ...findPrograms(view, list, regions, tables),
      ]);
      // A place that straddles the edge of a chosen name was a mis-cut (上海市场): drop it.
      const kept = regions.filter((r) =>
        named.every((n) => r.end <= n.start || r.start >= n.end || (r.start >= n.start && r.end <= n.end)),
      );
      for (const c of [...kept, ...named].sort((a, b) => a.start - b.start)) {
        mentions.push({
          sentence: s.index,
          start: s.start + c.start,
          end: s.start + c.end,
          surface: s.text.slice(c.start, c.end),
          type: c.type,
          rule: c.rule,
          confidence: c.confidence,
        });
      }
    }
    return { ...doc, mentions };
  },
};
