import fs from 'node:fs';
import path from 'node:path';
import { ancestorsOf, isWithinScope, levelOf } from './codes';
import type { DivisionNode, DivisionRecord } from './division-record';

/** Qingshen county (青神县), Meishan, Sichuan: the county of the demo and of the source report. */
export const DEMO_COUNTY_CODE = '511425';

/** Folder of the committed data files (`<code>.json`, written by the import command). */
export const DATA_DIR = path.join(__dirname, '..', 'data');

/** Raised when no committed data file holds the requested division. */
export class DivisionDataNotFoundError extends Error {
  constructor(readonly code: string) {
    super(`No committed division data holds ${code}; run: node packages/divisions/dist/cli/import-divisions.js <code>`);
    this.name = 'DivisionDataNotFoundError';
  }
}

// Parsed once per process: every service seeds from the same file, and a province file is 30,000 rows.
const cache = new Map<string, readonly DivisionRecord[]>();

function readDataFile(file: string): readonly DivisionRecord[] {
  let records = cache.get(file);
  if (!records) {
    records = JSON.parse(fs.readFileSync(file, 'utf8')) as DivisionRecord[];
    cache.set(file, records);
  }
  return records;
}

/**
 * A division and everything below it, as a flat list sorted by code (the root first), read from the
 * committed data file of the division itself or of the nearest enclosing one: `loadDivisions('511425112')`
 * is 高台镇 and its villages out of 511425.json. Fresh objects each call, so callers may change them.
 */
export function loadDivisions(rootCode: string = DEMO_COUNTY_CODE): DivisionRecord[] {
  levelOf(rootCode);
  for (const code of [rootCode, ...ancestorsOf(rootCode).reverse()]) {
    const file = path.join(DATA_DIR, `${code}.json`);
    if (!fs.existsSync(file)) continue;
    const records = readDataFile(file).filter((d) => isWithinScope(rootCode, d.code));
    if (records.length === 0) break;
    return records.map((d) => ({ ...d }));
  }
  throw new DivisionDataNotFoundError(rootCode);
}

/** The same divisions as loadDivisions, as a tree rooted at `rootCode`. */
export function loadDivisionTree(rootCode: string = DEMO_COUNTY_CODE): DivisionNode {
  const nodes = new Map<string, DivisionNode>();
  for (const d of loadDivisions(rootCode)) nodes.set(d.code, { ...d, children: [] });
  // Sorted input means every parent is created before its children, and children come in code order.
  for (const node of nodes.values()) {
    if (node.code !== rootCode && node.parentCode) nodes.get(node.parentCode)?.children.push(node);
  }
  return nodes.get(rootCode)!;
}
