import {
  catalogueProblems, describeIndicator, Direction, indicator, indicatorsOf, INDICATORS, Normalization, PeriodKind, periodKey, readingData,
  readingOf, Rollup, UnknownIndicatorError,
} from '@shanzhi/indicators';

describe('the catalogue', () => {
  it('obeys its own rules: unique ids and fields, <service>.<name>, one-sentence definitions, consistent roll-ups', () => {
    expect(catalogueProblems()).toEqual([]);
  });

  it('catches what a careless entry would get wrong', () => {
    const good = indicator('grid.areaChiefCoverage');
    const problems = catalogueProblems([
      good,
      { ...good, id: 'grid.areaChiefCoverage' },
      { ...good, id: 'culture.areaChiefCoverage', field: 'other' },
      { ...good, id: 'grid.averageOfRatios', field: 'avg', rollup: Rollup.SUM },
      { ...good, id: 'grid.tiny', field: 'tiny', minSample: 0, definition: '两句。不行。' },
    ]);
    expect(problems).toEqual([
      'grid.areaChiefCoverage: duplicate id',
      'grid.areaChiefCoverage: field areaChiefCoverage already serves another indicator',
      'culture.areaChiefCoverage: id must start with its service "grid."',
      'grid.averageOfRatios: a ratio rolls up as RATIO_OF_SUMS',
      'grid.tiny: the definition is one sentence ending in 。',
      'grid.tiny: a ratio needs a minimum sample for ranking',
    ]);
  });

  it('holds the grid’s indicators, each served by a Division field', () => {
    expect(indicatorsOf('grid').map((d) => [d.id, d.field, d.normalization, d.direction, d.period, d.rollup])).toEqual([
      ['grid.households', 'households', Normalization.NONE, Direction.NEUTRAL, PeriodKind.SNAPSHOT, Rollup.SUM],
      ['grid.residents', 'residents', Normalization.NONE, Direction.NEUTRAL, PeriodKind.SNAPSHOT, Rollup.SUM],
      ['grid.areas', 'areas', Normalization.NONE, Direction.NEUTRAL, PeriodKind.SNAPSHOT, Rollup.SUM],
      ['grid.areaChiefCoverage', 'areaChiefCoverage', Normalization.RATE_PERCENT, Direction.HIGHER_IS_BETTER, PeriodKind.SNAPSHOT, Rollup.RATIO_OF_SUMS],
      ['grid.ordersThisMonth', 'ordersThisMonth', Normalization.PER_100_HOUSEHOLDS, Direction.NEUTRAL, PeriodKind.MONTH, Rollup.RATIO_OF_SUMS],
      ['grid.orderResolutionRate', 'orderResolutionRate', Normalization.RATE_PERCENT, Direction.HIGHER_IS_BETTER, PeriodKind.SNAPSHOT, Rollup.RATIO_OF_SUMS],
      ['grid.orderResolveMedianHours', 'orderResolveMedianHours', Normalization.MEDIAN_HOURS, Direction.LOWER_IS_BETTER, PeriodKind.SNAPSHOT, Rollup.SUM],
      ['grid.overdueOpenOrders', 'overdueOpenOrders', Normalization.PER_100_HOUSEHOLDS, Direction.LOWER_IS_BETTER, PeriodKind.SNAPSHOT, Rollup.RATIO_OF_SUMS],
      ['grid.orderSatisfaction', 'orderSatisfaction', Normalization.RATE_PERCENT, Direction.HIGHER_IS_BETTER, PeriodKind.SNAPSHOT, Rollup.RATIO_OF_SUMS],
      ['grid.areasOutsideSize', 'areasOutsideSize', Normalization.RATE_PERCENT, Direction.LOWER_IS_BETTER, PeriodKind.SNAPSHOT, Rollup.RATIO_OF_SUMS],
    ]);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(INDICATORS)).toBe(true);
    expect(Object.isFrozen(INDICATORS[0])).toBe(true);
  });

  it('refuses an unknown id', () => {
    expect(() => indicator('grid.nope')).toThrow(UnknownIndicatorError);
    expect(() => describeIndicator('grid.nope')).toThrow(UnknownIndicatorError);
  });
});

describe('describeIndicator', () => {
  it('states the name, id, definition, unit, normalization, direction, period, roll-up, minimum sample and the scope rule', () => {
    const text = describeIndicator('grid.areaChiefCoverage');
    const d = indicator('grid.areaChiefCoverage');
    expect(text.startsWith(`片长覆盖率 [grid.areaChiefCoverage]：${d.definition}`)).toBe(true);
    for (const part of ['单位 (unit)：%', '百分比 (percent)', '越高越好 (higher is better)', '实时快照 (snapshot)', 'ratio of sums', '(min sample for ranking)：20', 'FORBIDDEN']) {
      expect(text).toContain(part);
    }
  });
});

describe('readingOf', () => {
  const asOf = new Date('2026-07-01T02:00:00.000Z');

  it('a count is its own numerator and sample, with no denominator', () => {
    expect(readingOf('grid.households', { numerator: 1114, asOf })).toEqual({ value: 1114, numerator: 1114, denominator: null, sample: 1114, asOf });
  });

  it('a rate keeps numerator and denominator, rounds to one decimal and rests on the denominator', () => {
    expect(readingOf('grid.areaChiefCoverage', { numerator: 2, denominator: 3, asOf })).toEqual({
      value: 66.7, numerator: 2, denominator: 3, sample: 3, asOf,
    });
    expect(readingOf('grid.areaChiefCoverage', { numerator: 1114, denominator: 1114, asOf }).value).toBe(100);
  });

  it('a rate over an empty sample has no value (not 0 %)', () => {
    expect(readingOf('grid.areaChiefCoverage', { numerator: 0, denominator: 0, asOf })).toEqual({ value: null, numerator: 0, denominator: 0, sample: 0, asOf });
  });

  it('travels in events with an ISO time', () => {
    expect(readingData(readingOf('grid.areas', { numerator: 38, asOf }))).toEqual({
      value: 38, numerator: 38, denominator: null, sample: 38, asOf: '2026-07-01T02:00:00.000Z',
    });
  });
});

describe('periodKey', () => {
  it('counts periods in China Standard Time: 23:30 UTC on 30 June is already 1 July, 2026Q3, in the county', () => {
    const at = new Date('2026-06-30T23:30:00.000Z');
    expect(periodKey(PeriodKind.SNAPSHOT, at)).toBe('2026-07-01');
    expect(periodKey(PeriodKind.MONTH, at)).toBe('2026-07');
    expect(periodKey(PeriodKind.QUARTER, at)).toBe('2026Q3');
    expect(periodKey(PeriodKind.QUARTER, new Date('2026-12-31T15:59:59.000Z'))).toBe('2026Q4');
    expect(periodKey(PeriodKind.QUARTER, new Date('2026-12-31T16:00:00.000Z'))).toBe('2027Q1');
  });
});
