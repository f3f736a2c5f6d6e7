import { indicator, INDICATORS, Normalization, PeriodKind, type IndicatorDefinition } from '@shanzhi/indicators';
import { BadUserInputError } from '@shanzhi/kit';

/** Most indicators one comparison may ask for: the whole catalogue of a county fits. */
export const MAX_INDICATORS = 60;

const KNOWN = new Set(INDICATORS.map((d) => d.id));

/** The catalogue entries of the requested ids, de-duplicated in request order; unknown ids are BAD_USER_INPUT. */
export function requireIndicators(ids: readonly string[], field = 'indicators'): IndicatorDefinition[] {
  if (ids.length === 0) throw new BadUserInputError(field, '至少选择一个指标 (at least one indicator is required)');
  const unique = [...new Set(ids.map((i) => i.trim()))];
  if (unique.length > MAX_INDICATORS) throw new BadUserInputError(field, `一次最多比较 ${MAX_INDICATORS} 个指标 (at most ${MAX_INDICATORS} indicators)`);
  for (const id of unique) {
    if (!KNOWN.has(id)) throw new BadUserInputError(field, `指标目录中没有 ${JSON.stringify(id).slice(0, 90)} (unknown indicator; see indicatorCatalogue)`);
  }
  return unique.map((id) => indicator(id));
}

/** The ids to read for these indicators: themselves plus the households/residents their normalization divides by. */
export function idsToRead(defs: readonly IndicatorDefinition[]): string[] {
  const ids = new Set(defs.map((d) => d.id));
  if (defs.some((d) => d.normalization === Normalization.PER_100_HOUSEHOLDS)) ids.add('grid.households');
  if (defs.some((d) => d.normalization === Normalization.PER_100_RESIDENTS)) ids.add('grid.residents');
  return [...ids];
}

const CST_OFFSET_MS = 8 * 3600 * 1000;

/** A period key and the last day it covers (`2026-07-01` → itself, `2026-07` → `2026-07-31`, `2026Q3` → `2026-09-30`). */
export interface PeriodArg {
  key: string;
  kind: PeriodKind;
  lastDay: string;
  /** The instant the period ends (the next day's midnight in China Standard Time). */
  end: Date;
}

/** Parses the `period` argument; anything but a day, a month or a quarter is BAD_USER_INPUT on `period`. */
export function requirePeriod(value: string | null | undefined): PeriodArg | null {
  if (value === null || value === undefined) return null;
  const v = value.trim();
  const bad = () => new BadUserInputError('period', '期间须为日 2026-07-01、月 2026-07 或季度 2026Q3 (period must be a day, a month or a quarter)');
  let kind: PeriodKind;
  let endExclusive: Date;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) {
    kind = PeriodKind.SNAPSHOT;
    endExclusive = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]! + 1));
    if (new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).toISOString().slice(0, 10) !== v) throw bad();
  } else if ((m = /^(\d{4})-(\d{2})$/.exec(v))) {
    kind = PeriodKind.MONTH;
    if (+m[2]! < 1 || +m[2]! > 12) throw bad();
    endExclusive = new Date(Date.UTC(+m[1]!, +m[2]!, 1));
  } else if ((m = /^(\d{4})Q([1-4])$/.exec(v))) {
    kind = PeriodKind.QUARTER;
    endExclusive = new Date(Date.UTC(+m[1]!, +m[2]! * 3, 1));
  } else {
    throw bad();
  }
  if (endExclusive.getUTCFullYear() < 2000 || endExclusive.getUTCFullYear() > 2100) throw bad();
  const lastDay = new Date(endExclusive.getTime() - 24 * 3600 * 1000).toISOString().slice(0, 10);
  return { key: v, kind, lastDay, end: new Date(endExclusive.getTime() - CST_OFFSET_MS) };
}
