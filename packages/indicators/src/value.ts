import { indicator, Normalization, PeriodKind } from './catalogue';

/**
 * One value of one indicator for one division, with what it was computed from. This is the one form every
 * service serves (as the GraphQL `IndicatorValue`) and publishes (with `asOf` as an ISO string).
 */
export interface IndicatorReading {
  /** The normalized value; null when it is undefined (a rate over an empty sample). */
  value: number | null;
  /** What was counted (a count, or the numerator of a ratio); null for medians. */
  numerator: number | null;
  /** What it is divided by; null for counts and medians. */
  denominator: number | null;
  /** How many units the value rests on: the denominator of a ratio, the count itself, the cases of a median. */
  sample: number;
  /** When the value was true (the database time of the computation). */
  asOf: Date;
}

/** An IndicatorReading as it travels in events (JSON). */
export interface IndicatorReadingData {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  sample: number;
  asOf: string;
}

/** What a service measures for one indicator; `readingOf` turns it into a value by the catalogue's rule. */
export type Measurement =
  | { numerator: number; denominator?: number | null; asOf: Date }
  | { median: number | null; cases: number; asOf: Date };

/** 100 × numerator / denominator to one decimal, as every normalized value is shown (66.7, not 66.666…). */
function per100(numerator: number, denominator: number): number {
  return Math.round((numerator * 1000) / denominator) / 10;
}

/**
 * The value of indicator `id` from a measurement, normalized the way the catalogue says. A ratio over a
 * zero denominator has no value (null, sample 0): a village without households has no coverage, not 0 %.
 */
export function readingOf(id: string, m: Measurement): IndicatorReading {
  const d = indicator(id);
  if (d.normalization === Normalization.MEDIAN_HOURS) {
    if (!('median' in m)) throw new Error(`${id}: a median indicator needs { median, cases }`);
    return { value: m.cases > 0 ? m.median : null, numerator: null, denominator: null, sample: m.cases, asOf: m.asOf };
  }
  if (!('numerator' in m)) throw new Error(`${id}: needs { numerator, denominator }`);
  if (d.normalization === Normalization.NONE) {
    return { value: m.numerator, numerator: m.numerator, denominator: null, sample: m.numerator, asOf: m.asOf };
  }
  const denominator = m.denominator ?? 0;
  return {
    value: denominator > 0 ? per100(m.numerator, denominator) : null,
    numerator: m.numerator,
    denominator,
    sample: denominator,
    asOf: m.asOf,
  };
}

/** The JSON form of a reading, as events carry it. */
export function readingData(r: IndicatorReading): IndicatorReadingData {
  return { value: r.value, numerator: r.numerator, denominator: r.denominator, sample: r.sample, asOf: r.asOf.toISOString() };
}

// The county's calendar: China Standard Time, UTC+8 all year (no daylight saving).
const CST_OFFSET_MS = 8 * 3600 * 1000;

/**
 * The key of the period of kind `kind` that contains `at`, in the county's calendar: `2026-07-01` for a
 * snapshot (its day), `2026-07` for a month, `2026Q3` for a quarter.
 */
export function periodKey(kind: PeriodKind, at: Date): string {
  const local = new Date(at.getTime() + CST_OFFSET_MS).toISOString();
  const year = local.slice(0, 4);
  const month = Number(local.slice(5, 7));
  switch (kind) {
    case PeriodKind.SNAPSHOT:
      return local.slice(0, 10);
    case PeriodKind.MONTH:
      return local.slice(0, 7);
    case PeriodKind.QUARTER:
      return `${year}Q${Math.ceil(month / 3)}`;
  }
}
