import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** A place the gazetteer knows: a division (id region:<GB/T 2260 code>) or a named area, zone or country. */
export interface RegionEntry {
  id: string;
  name: string;
  level: 'country' | 'area' | 'province' | 'city' | 'county' | 'zone';
  /** GB/T 2260 code for divisions. */
  code?: string;
  parent?: string;
  /** Other names: short forms (苏州), colloquial names (长三角). */
  aliases: string[];
  /** Source year of the division data. */
  year?: number;
}

export interface ProgramSuffix {
  suffix: string;
  kind: 'thing' | 'scheme' | 'quoted' | 'agreement' | 'law';
}

export interface OrgSuffix {
  suffix: string;
  strong: boolean;
}

/** Every table the recognizer and resolver read; loaded once per run. */
export interface Lexicons {
  regions: RegionEntry[];
  regionById: Map<string, RegionEntry>;
  /** One-character province abbreviations (沪 → region:310000). */
  provinceAbbr: Map<string, string>;
  /** Local government bodies: any written form → full body name (工信厅 → 工业和信息化厅). */
  agencyForms: Map<string, string>;
  /** Known national bodies, banks, universities: any written form → official name. */
  knownOrgs: Map<string, string>;
  /** Nationally known initiatives (乡村振兴战略, 一带一路倡议): any written form → official name. */
  knownPrograms: Map<string, string>;
  orgSuffixes: OrgSuffix[];
  programSuffixes: ProgramSuffix[];
  nameVerbs: Set<string>;
  boundaryStops: Set<string>;
  /** Heads of zones named after a place (高新区, 经济技术开发区, 示范区), longest first. */
  zoneSuffixes: string[];
  /** Modifiers too general to make a name alone (国家, 科技, 创新 …). */
  genericModifiers: Set<string>;
}

const dir = new URL('./', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');

/** Non-empty, non-comment lines split on tabs; a bad row names the file and line. */
export function rows(file: string, text: string, minCols: number): string[][] {
  const out: string[][] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cols = line.split('\t').map((c) => c.trim());
    if (cols.length < minCols || cols[0] === '') {
      throw new Error(`E_LEXICON: ${file}:${i + 1} needs ${minCols} tab-separated columns, got "${line}"`);
    }
    out.push(cols);
  });
  return out;
}

const split = (s: string | undefined) => (s ? s.split('|').filter(Boolean) : []);

const RegionsFile = z.object({
  year: z.number().int(),
  regions: z.array(
    z.tuple([
      z.string().regex(/^\d{6}$/),
      z.string(),
      z.enum(['province', 'city', 'county']),
      z.string(),
      z.string(),
    ]),
  ),
});

const LEVELS = new Set(['country', 'area', 'province', 'city', 'county', 'zone']);

export function loadRegions(): RegionEntry[] {
  const parsed = RegionsFile.safeParse(JSON.parse(read('regions.json')));
  if (!parsed.success) throw new Error(`E_LEXICON: regions.json: ${parsed.error.message}`);
  const { year, regions } = parsed.data;
  const out: RegionEntry[] = regions.map(([code, name, level, parent, short]) => ({
    id: `region:${code}`,
    name,
    level,
    code,
    parent: parent ? `region:${parent}` : undefined,
    aliases: short ? [short] : [],
    year,
  }));
  for (const [id, name, level, parent, aliases] of rows('named-regions.tsv', read('named-regions.tsv'), 3)) {
    if (!LEVELS.has(level!))
      throw new Error(`E_LEXICON: named-regions.tsv: bad level "${level}" for ${name}`);
    const code = /^region:(\d{6})$/.exec(id!)?.[1];
    out.push({
      id: id!,
      name: name!,
      level: level as RegionEntry['level'],
      code,
      parent: parent || undefined,
      aliases: split(aliases),
    });
  }
  return out;
}

function formsTable(file: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [full, forms] of rows(file, read(file), 1)) {
    map.set(full!, full!);
    for (const form of split(forms)) if (!map.has(form)) map.set(form, full!);
  }
  return map;
}

const words = (file: string) => new Set(rows(file, read(file), 1).map((r) => r[0]!));

let cached: Lexicons | undefined;

/** Loads every lexicon once; later calls return the same tables. */
export function loadLexicons(): Lexicons {
  if (cached) return cached;
  const regions = loadRegions();
  const provinceAbbr = new Map(
    rows('province-abbr.tsv', read('province-abbr.tsv'), 2).map(([a, c]) => [a!, `region:${c}`]),
  );
  const orgSuffixes = rows('org-suffixes.tsv', read('org-suffixes.tsv'), 2)
    .map(([suffix, strength]) => ({ suffix: suffix!, strong: strength === 'strong' }))
    .sort((a, b) => b.suffix.length - a.suffix.length);
  cached = {
    regions,
    regionById: new Map(regions.map((r) => [r.id, r])),
    provinceAbbr,
    agencyForms: formsTable('agencies.tsv'),
    knownOrgs: formsTable('known-orgs.tsv'),
    knownPrograms: formsTable('known-programs.tsv'),
    orgSuffixes,
    programSuffixes: rows('program-suffixes.tsv', read('program-suffixes.tsv'), 2)
      .map(([suffix, kind]) => {
        if (!['thing', 'scheme', 'quoted', 'agreement', 'law'].includes(kind!)) {
          throw new Error(`E_LEXICON: program-suffixes.tsv: bad kind "${kind}" for ${suffix}`);
        }
        return { suffix: suffix!, kind };
      })
      .sort((a, b) => b.suffix.length - a.suffix.length) as ProgramSuffix[],
    nameVerbs: words('name-verbs.txt'),
    boundaryStops: words('boundary-stops.txt'),
    genericModifiers: words('generic-modifiers.txt'),
    zoneSuffixes: [...words('zone-suffixes.txt')].sort((a, b) => b.length - a.length),
  };
  return cached;
}
