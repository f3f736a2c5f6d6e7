import fs from 'node:fs';
import path from 'node:path';
import type { DivisionRecord } from './importer';

/** Qingshen county (青神县), Meishan, Sichuan: the county of the demo and of the source report. */
export const DEMO_COUNTY_CODE = '511425';

/** Folder of the committed data files (`<code>.json`, written by the import command). */
export const DATA_DIR = path.join(__dirname, '..', 'data');

/** A committed division tree as a flat list sorted by code: the root and everything below it. */
export function loadDivisions(rootCode: string = DEMO_COUNTY_CODE): DivisionRecord[] {
  const file = path.join(DATA_DIR, `${rootCode}.json`);
  if (!fs.existsSync(file)) throw new Error(`No committed division data for ${rootCode}; run the import command`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as DivisionRecord[];
}
