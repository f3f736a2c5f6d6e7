import type { DivisionLevel } from './codes';

/** One division as the committed data files and the importer hold it. */
export interface DivisionRecord {
  code: string;
  /** The official NBS name: 百家池村民委员会. */
  name: string;
  /** What people call it: 百家池村. */
  shortName: string;
  level: DivisionLevel;
  /** Null only for the root of a data file, whose parent the file does not hold. */
  parentCode: string | null;
}

/** A division with the divisions directly below it, sorted by code. */
export interface DivisionNode extends DivisionRecord {
  children: DivisionNode[];
}

/**
 * The JSON text of a data file: an array, one division per line, so that a re-import after a change
 * of the NBS codes shows up in review as a diff of whole divisions.
 */
export function serializeDivisions(records: readonly DivisionRecord[]): string {
  const lines = records.map(({ code, name, shortName, level, parentCode }) =>
    JSON.stringify({ code, name, shortName, level, parentCode }),
  );
  return `[\n${lines.join(',\n')}\n]\n`;
}

/** Counts of a list per level, top down, for the importer's report. */
export function countByLevel(records: readonly DivisionRecord[]): Partial<Record<DivisionLevel, number>> {
  const counts: Partial<Record<DivisionLevel, number>> = {};
  for (const r of records) counts[r.level] = (counts[r.level] ?? 0) + 1;
  return counts;
}
