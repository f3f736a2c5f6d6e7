import { indicator, Normalization, PeriodKind, Rollup, type IndicatorDefinition } from './catalogue';

/**
 * A value as a read model holds it: the reading of a village, or of a division rolled up from its villages.
 * Numerator and denominator may exceed 2^31 for a whole province, so they are plain numbers.
 */
export interface RolledReading {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  sample: number;
  /** The oldest `asOf` it rests on; null when nothing was ever published. */
  asOf: Date | null;
}

/** What a village's per-100 normalizations divide by: its grid.households and grid.residents of the same day. */
export interface NormalizationBase {
  households: number | null;
  residents: number | null;
}

/** 100 × numerator / denominator to one decimal, the way every normalized value is shown. */
function per100(numerator: number, denominator: number): number {
  return Math.round((numerator * 1000) / denominator) / 10;
}

/**
 * The comparable reading of a village from what its owner published. Per-100 indicators are published as
 * plain counts and divided here by the village's households (or residents) of the same day, keeping the
 * numerator and the denominator; rates and medians arrive normalized by their owner and pass through.
 */
export function normalizeReading(def: IndicatorDefinition | string, published: RolledReading, base: NormalizationBase): RolledReading {
  const d = typeof def === 'string' ? indicator(def) : def;
  if (d.normalization !== Normalization.PER_100_HOUSEHOLDS && d.normalization !== Normalization.PER_100_RESIDENTS) return published;
  const numerator = published.numerator ?? published.value;
  const denominator = d.normalization === Normalization.PER_100_HOUSEHOLDS ? base.households : base.residents;
  if (numerator === null || denominator === null) return { ...published, value: null, numerator, denominator, sample: 0 };
  return { value: denominator > 0 ? per100(numerator, denominator) : null, numerator, denominator, sample: denominator, asOf: published.asOf };
}

/**
 * The reading of a division from the readings of its villages, by the indicator's own rule: counts add up;
 * a ratio is the sum of numerators over the sum of denominators (never an average of the villages' ratios).
 * A median cannot be rebuilt from medians: its roll-up has no value, only the cases it would rest on.
 */
export function rollUp(def: IndicatorDefinition | string, readings: readonly RolledReading[]): RolledReading {
  const d = typeof def === 'string' ? indicator(def) : def;
  const present = readings.filter((r) => r.asOf !== null);
  const asOf = present.length ? new Date(Math.min(...present.map((r) => r.asOf!.getTime()))) : null;
  const sample = present.reduce((n, r) => n + r.sample, 0);
  if (d.normalization === Normalization.MEDIAN_HOURS) return { value: null, numerator: null, denominator: null, sample, asOf };
  if (d.rollup === Rollup.SUM) {
    const counted = present.filter((r) => r.numerator !== null || r.value !== null);
    const numerator = counted.length ? counted.reduce((n, r) => n + (r.numerator ?? r.value ?? 0), 0) : null;
    return { value: numerator, numerator, denominator: null, sample, asOf };
  }
  const both = present.filter((r) => r.numerator !== null && r.denominator !== null);
  if (both.length === 0) return { value: null, numerator: null, denominator: null, sample: 0, asOf };
  const numerator = both.reduce((n, r) => n + r.numerator!, 0);
  const denominator = both.reduce((n, r) => n + r.denominator!, 0);
  return { value: denominator > 0 ? per100(numerator, denominator) : null, numerator, denominator, sample: denominator, asOf };
}

/** The median of the values that exist (null when none does): what a village cadre compares itself with. */
export function medianOf(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : Math.round(((v[mid - 1]! + v[mid]!) / 2) * 10) / 10;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * How long a value stays fresh without a new publication. Owners publish after each change, so a snapshot
 * that has not moved for 30 days means its village has gone silent (the supervision alert's threshold);
 * monthly and quarterly values are stale once a whole period passed without one.
 */
export const FRESH_FOR_MS: Readonly<Record<PeriodKind, number>> = {
  [PeriodKind.SNAPSHOT]: 30 * DAY_MS,
  [PeriodKind.MONTH]: 31 * DAY_MS,
  [PeriodKind.QUARTER]: 92 * DAY_MS,
};

/** True when a value is older than its indicator's period allows at `now`, or was never published. */
export function isStale(def: IndicatorDefinition | string, asOf: Date | null, now: Date): boolean {
  const d = typeof def === 'string' ? indicator(def) : def;
  return asOf === null || now.getTime() - asOf.getTime() > FRESH_FOR_MS[d.period];
}
