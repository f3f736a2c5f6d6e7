import { Direction, indicator, Normalization, PeriodKind, Rollup } from './catalogue';

/** Chinese label (English) of each normalization, as descriptions and the console show it. */
export const NORMALIZATION_LABELS: Readonly<Record<Normalization, string>> = {
  [Normalization.NONE]: '不归一 (absolute)',
  [Normalization.PER_100_HOUSEHOLDS]: '每百户 (per 100 households)',
  [Normalization.PER_100_RESIDENTS]: '每百人 (per 100 residents)',
  [Normalization.RATE_PERCENT]: '百分比 (percent)',
  [Normalization.MEDIAN_HOURS]: '中位时长 (median hours)',
};

/** Chinese label (English) of each direction. */
export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  [Direction.HIGHER_IS_BETTER]: '越高越好 (higher is better)',
  [Direction.LOWER_IS_BETTER]: '越低越好 (lower is better)',
  [Direction.NEUTRAL]: '中性，不评优劣 (neutral)',
};

/** Chinese label (English) of each period kind. */
export const PERIOD_LABELS: Readonly<Record<PeriodKind, string>> = {
  [PeriodKind.SNAPSHOT]: '实时快照 (snapshot)',
  [PeriodKind.MONTH]: '按月 (monthly)',
  [PeriodKind.QUARTER]: '按季度 (quarterly)',
};

/** Chinese label (English) of each roll-up. */
export const ROLLUP_LABELS: Readonly<Record<Rollup, string>> = {
  [Rollup.SUM]: '求和 (sum)',
  [Rollup.RATIO_OF_SUMS]: '分子分母分别求和再相除 (ratio of sums)',
};

/**
 * The GraphQL description of the `Division` field that serves indicator `id`, generated from its catalogue
 * entry so the schema and the catalogue can never say different things. Needs nothing but the catalogue,
 * so any service (or a script) can call it while declaring its fields. Throws for an unknown id.
 */
export function describeIndicator(id: string): string {
  const d = indicator(id);
  return [
    `${d.name} [${d.id}]：${d.definition}`,
    `单位 (unit)：${d.unit}；归一 (normalization)：${NORMALIZATION_LABELS[d.normalization]}；方向 (direction)：${DIRECTION_LABELS[d.direction]}；` +
      `周期 (period)：${PERIOD_LABELS[d.period]}；汇总 (roll-up)：${ROLLUP_LABELS[d.rollup]}；排名最小样本 (min sample for ranking)：${d.minSample}。`,
    '超出数据范围时返回 FORBIDDEN (FORBIDDEN outside your scope)。',
  ].join('\n');
}
