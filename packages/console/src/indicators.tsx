/**
 * Indicators as the console shows them: labels with their catalogue definition on hover, values with their
 * sample and age, and the 一领四微 group each belongs to.
 */
import { Tooltip, Typography } from 'antd';
import type { CatalogueFieldsFragment, DivisionIndicatorsFragment, IndicatorValueFieldsFragment } from './gql/graphql';

/** The five groups of the 一领四微 model, in display order. */
export const GROUPS = ['一领', '微阵地', '微组织', '微服务', '微活动'] as const;
/** One of GROUPS. */
export type Group = (typeof GROUPS)[number];

/** Which 一领四微 group an indicator belongs to, from its owning service and id. */
export function groupOf(i: Pick<CatalogueFieldsFragment, 'id' | 'service'>): Group {
  if (i.service === 'grid' || i.service === 'projects') return '微服务';
  if (i.service === 'culture') return '微活动';
  if (/venue/i.test(i.id)) return '微阵地';
  if (/organization|fund/i.test(i.id)) return '微组织';
  return '一领';
}

/** A catalogue entry together with how to read its value off a Division. */
export type ShownIndicator = CatalogueFieldsFragment & { field: keyof DivisionIndicatorsFragment & string };

/** The catalogue entries whose Division field the console's fragment selects, in catalogue order. */
export function servedIndicators(catalogue: readonly CatalogueFieldsFragment[] | undefined, sample: object | undefined): ShownIndicator[] {
  if (!catalogue) return [];
  const fields = new Set(Object.keys(sample ?? { households: 1, residents: 1, areas: 1, areaChiefCoverage: 1 }));
  return catalogue.filter((i): i is ShownIndicator => fields.has(i.field));
}

/** The value of one indicator on a division, or null when the service did not answer. */
export function valueOf(d: Partial<DivisionIndicatorsFragment> | null | undefined, i: ShownIndicator): IndicatorValueFieldsFragment | null {
  return (d?.[i.field] as IndicatorValueFieldsFragment | null | undefined) ?? null;
}

/** A value as people read it: thousands separators, one decimal for rates. */
export function formatValue(v: IndicatorValueFieldsFragment | null, i: Pick<CatalogueFieldsFragment, 'unit'>): string {
  if (!v || v.value == null) return '—';
  const digits = i.unit === '%' ? 1 : Number.isInteger(v.value) ? 0 : 1;
  return `${v.value.toLocaleString('zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${i.unit === '%' ? '%' : ''}`;
}

/** Whether a village's value may be ranked: enough sample for the catalogue's minimum. */
export function rankable(v: IndicatorValueFieldsFragment | null, i: Pick<CatalogueFieldsFragment, 'minSample'>): v is IndicatorValueFieldsFragment & { value: number } {
  return v != null && v.value != null && v.sample >= i.minSample;
}

/** An indicator's name with its unit; hovering or focusing shows its definition from the catalogue. */
export function IndicatorLabel({ indicator }: { indicator: CatalogueFieldsFragment }) {
  return (
    <Tooltip title={<span>{indicator.definition}</span>}>
      <span tabIndex={0} className="indicator-label" data-indicator={indicator.id} aria-label={`${indicator.name}：${indicator.definition}`}>
        {indicator.name}
        {indicator.unit && indicator.unit !== '%' ? <Typography.Text type="secondary">（{indicator.unit}）</Typography.Text> : null}
      </span>
    </Tooltip>
  );
}

/** A value with its sample size, or a plain "no data" mark (never a zero) when the service did not answer. */
export function IndicatorCell({ value, indicator }: { value: IndicatorValueFieldsFragment | null; indicator: ShownIndicator }) {
  if (!value) {
    return (
      <Tooltip title="暂无数据（服务未返回或数据过期），不按 0 计">
        <Typography.Text type="secondary">暂无</Typography.Text>
      </Tooltip>
    );
  }
  const small = value.sample < indicator.minSample;
  return (
    <Tooltip title={`样本 ${value.sample}${value.denominator != null ? `，分子 ${value.numerator ?? '—'} / 分母 ${value.denominator}` : ''}；时点 ${new Date(value.asOf).toLocaleString('zh-CN')}${small ? '；样本不足，不参与排名' : ''}`}>
      <span>
        {formatValue(value, indicator)}
        {small ? <Typography.Text type="secondary"> *</Typography.Text> : null}
      </span>
    </Tooltip>
  );
}
