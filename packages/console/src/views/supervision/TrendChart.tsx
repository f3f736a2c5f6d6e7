/**
 * 趋势 (line chart) of one indicator for a village or a township, from the supervision read model's daily
 * snapshots: the last year by month, or the last 90 days by week. A gap is a period without data (shown as a
 * break, never as zero). ECharts loads with this chunk only.
 */
import { useQuery } from '@apollo/client/react';
import { Empty, Result, Segmented, Select, Skeleton, Space, Typography } from 'antd';
import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef, useState } from 'react';
import { apiErrors, describe } from '../../errors';
import { graphql } from '../../gql';
import type { CatalogueFieldsFragment, TrendInterval } from '../../gql/graphql';

echarts.use([LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

const TrendQuery = graphql(`
  query IndicatorTrend($code: String!, $indicators: [String!]!, $from: Date!, $to: Date!, $interval: TrendInterval!) {
    trend(code: $code, indicators: $indicators, from: $from, to: $to, interval: $interval) {
      indicator
      points { date value sample }
    }
  }
`);

const RANGES: Record<'MONTH' | 'WEEK', { days: number; label: string }> = { MONTH: { days: 365, label: '近一年（按月）' }, WEEK: { days: 91, label: '近 90 天（按周）' } };

/** `YYYY-MM-DD` of a moment, China Standard Time. */
function cstDate(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The trend card: choose an indicator and a range; one query per choice. */
export default function TrendChart({ code, name, catalogue }: { code: string; name: string; catalogue: readonly CatalogueFieldsFragment[] }) {
  const [indicatorId, setIndicatorId] = useState(catalogue[0]?.id ?? '');
  const [interval, setInterval] = useState<'MONTH' | 'WEEK'>('MONTH');
  const indicator = catalogue.find((i) => i.id === indicatorId);
  const [to] = useState(() => cstDate(Date.now()));
  const from = useMemo(() => cstDate(Date.parse(`${to}T00:00:00Z`) - RANGES[interval].days * 86_400_000), [to, interval]);
  const { data, loading, error } = useQuery(TrendQuery, {
    variables: { code, indicators: [indicatorId], from, to, interval: interval as TrendInterval },
    skip: !indicatorId,
    errorPolicy: 'all',
  });
  const points = useMemo(() => data?.trend?.[0]?.points ?? [], [data]);
  const ref = useRef<HTMLDivElement>(null);
  const hasData = points.some((p) => p.value != null);

  useEffect(() => {
    if (!ref.current || !hasData) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      grid: { left: 60, right: 30, top: 20, bottom: 40 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map((p) => p.date) },
      yAxis: { type: 'value', name: indicator?.unit ?? '' },
      series: [{ type: 'line', name: indicator?.name ?? indicatorId, data: points.map((p) => p.value), connectNulls: false, itemStyle: { color: '#1f5fbf' } }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [points, hasData, indicator, indicatorId]);

  const last = [...points].reverse().find((p) => p.value != null);
  let body: React.ReactNode;
  if (loading && !data) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (!data?.trend) body = <Result status="warning" title="趋势暂不可用" subTitle={[...new Set(apiErrors(error).map(describe))].join(' ')} />;
  else if (!hasData) body = <Empty description="这段时间暂无快照数据" />;
  else
    body = (
      <div
        ref={ref}
        style={{ width: '100%', height: 260 }}
        role="img"
        data-testid="trend-chart"
        aria-label={`${name}${indicator?.name ?? ''}趋势，${points.length} 个点${last ? `，最近 ${last.date} 为 ${last.value}${indicator?.unit ?? ''}` : ''}`}
      />
    );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select aria-label="趋势指标" style={{ width: 220 }} showSearch={{ optionFilterProp: 'label' }} value={indicatorId} onChange={setIndicatorId} options={catalogue.map((i) => ({ value: i.id, label: i.name }))} />
        <Segmented<'MONTH' | 'WEEK'> value={interval} onChange={setInterval} options={(['MONTH', 'WEEK'] as const).map((v) => ({ value: v, label: RANGES[v].label }))} />
      </Space>
      {indicator ? <Typography.Text type="secondary">{indicator.definition}</Typography.Text> : null}
      {body}
    </Space>
  );
}
