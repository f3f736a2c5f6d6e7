import { Direction, isStale, medianOf, normalizeReading, Normalization, PeriodKind, Rollup, rollUp, type IndicatorDefinition } from '../src';

const base = { name: '测试', definition: '测试。', unit: '个', direction: Direction.HIGHER_IS_BETTER, service: 'grid', period: PeriodKind.SNAPSHOT, field: 'x', minSample: 1 };
const count: IndicatorDefinition = { ...base, id: 'grid.x', normalization: Normalization.NONE, rollup: Rollup.SUM };
const rate: IndicatorDefinition = { ...base, id: 'grid.y', normalization: Normalization.RATE_PERCENT, rollup: Rollup.RATIO_OF_SUMS };
const perHh: IndicatorDefinition = { ...base, id: 'grid.z', normalization: Normalization.PER_100_HOUSEHOLDS, rollup: Rollup.RATIO_OF_SUMS };
const at = new Date('2026-07-01T00:00:00Z');
const r = (numerator: number | null, denominator: number | null, value: number | null = numerator) => ({ value, numerator, denominator, sample: denominator ?? numerator ?? 0, asOf: at });

describe('roll-ups and normalization', () => {
  it('a count sums its villages', () => {
    expect(rollUp(count, [r(3, null), r(4, null)])).toMatchObject({ value: 7, numerator: 7, denominator: null, sample: 7 });
  });

  it('a rate is the ratio of sums, never the average of the ratios', () => {
    // 1/1 = 100 % and 1/99 ≈ 1 %: the average of ratios would say 50.5 %, the county's truth is 2 %.
    const out = rollUp(rate, [r(1, 1, 100), r(1, 99, 1)]);
    expect(out).toMatchObject({ value: 2, numerator: 2, denominator: 100, sample: 100 });
  });

  it('per 100 households divides by the village households and keeps numerator and denominator', () => {
    expect(normalizeReading(perHh, r(7, null), { households: 200, residents: 600 })).toMatchObject({ value: 3.5, numerator: 7, denominator: 200, sample: 200 });
    expect(normalizeReading(perHh, r(7, null), { households: null, residents: null })).toMatchObject({ value: null, numerator: 7, denominator: null, sample: 0 });
    const a = normalizeReading(perHh, r(1, null), { households: 10, residents: null });
    const b = normalizeReading(perHh, r(9, null), { households: 290, residents: null });
    expect(rollUp(perHh, [a, b])).toMatchObject({ value: 3.3, numerator: 10, denominator: 300 });
  });

  it('a division whose villages never published has no value, not zero', () => {
    expect(rollUp(count, [{ value: null, numerator: null, denominator: null, sample: 0, asOf: null }])).toMatchObject({ value: null, asOf: null });
  });

  it('medians and staleness', () => {
    expect(medianOf([3, null, 1, 2])).toBe(2);
    expect(medianOf([1, 2])).toBe(1.5);
    expect(medianOf([null])).toBeNull();
    expect(isStale(count, at, new Date('2026-07-20T00:00:00Z'))).toBe(false);
    expect(isStale(count, at, new Date('2026-08-20T00:00:00Z'))).toBe(true);
    expect(isStale(count, null, at)).toBe(true);
  });
});
