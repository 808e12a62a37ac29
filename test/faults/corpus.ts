// A deterministic corpus of a few hundred short releases, one file each, so an ingest has a middle to
// interrupt. Written for these tests: provinces, their departments and jointly run programs, with
// the same bodies recurring across documents (shared entities are what concurrent ingests fight over).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const PROVINCES = [
  '江苏省',
  '浙江省',
  '安徽省',
  '上海市',
  '重庆市',
  '四川省',
  '湖北省',
  '湖南省',
  '广东省',
  '福建省',
];
const DEPARTMENTS = ['科学技术厅', '商务厅', '生态环境厅', '交通运输厅', '发展和改革委员会', '教育厅'];
const TOPICS = ['科技创新', '跨省物流', '生态补偿', '人才交流', '数字经济', '职业教育'];

/** Tiny seeded generator (mulberry32): the same seed gives the same corpus on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Body names: a department of a province ("江苏省科学技术厅"; a municipality's 委员会 keeps its name). */
function body(province: string, department: string): string {
  return province.endsWith('市')
    ? `${province}${department.replace('厅', '局')}`
    : `${province}${department}`;
}

export function releaseText(n: number): string {
  const next = random(n + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const a = pick(PROVINCES);
  let b = pick(PROVINCES);
  if (b === a) b = PROVINCES[(PROVINCES.indexOf(a) + 1) % PROVINCES.length]!;
  const topic = pick(TOPICS);
  const one = body(a, pick(DEPARTMENTS));
  const two = body(b, pick(DEPARTMENTS));
  const month = 1 + (n % 12);
  const day = 1 + (n % 28);
  return [
    `${a}${b}签署${topic}合作协议（第${n}号）`,
    '',
    `${month}月${day}日，${one}与${two}在${a.slice(0, 2)}签署《${a.slice(0, 2)}${b.slice(0, 2)}${topic}合作框架协议》。`,
    `双方将共同建设${a.slice(0, 2)}${b.slice(0, 2)}${topic}联合中心，并在${pick(PROVINCES)}开展${topic}试点。`,
    `${one}表示，将会同${body(pick(PROVINCES), pick(DEPARTMENTS))}推动第${n}批项目落地。`,
    `会议还通报了${a}${topic}工作进展情况。`,
    '',
  ].join('\n');
}

/** Writes `count` releases into `dir` as doc-000.txt …; returns the file paths in order. */
export async function writeCorpus(dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const file = path.join(dir, `doc-${String(n).padStart(3, '0')}.txt`);
    await writeFile(file, releaseText(n));
    files.push(file);
  }
  return files;
}
