/**
 * 排名 (bar) and 分布 (box plot) of one indicator over the villages shown. Villages below the catalogue's
 * minimum sample are left out of the ranking and named under it. ECharts loads with this chunk only.
 */
import { Typography } from 'antd';
import { BarChart, BoxplotChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { rankable, valueOf, type ShownIndicator } from '../../indicators';
import type { ComparisonRow } from './Comparison';

echarts.use([BarChart, BoxplotChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** The five numbers of a box plot (min, Q1, median, Q3, max) by linear interpolation. */
export function fiveNumbers(sorted: number[]): [number, number, number, number, number] {
  const q = (p: number) => {
    const pos = (sorted.length - 1) * p;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
  };
  return [sorted[0]!, q(0.25), q(0.5), q(0.75), sorted[sorted.length - 1]!];
}

/** Ranking bars and the distribution of one indicator. */
export default function RankingChart({ rows, indicator }: { rows: ComparisonRow[]; indicator: ShownIndicator }) {
  const barRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  // Memoized: the charts are rebuilt only when the villages shown or the indicator change.
  const { ranked, unranked } = useMemo(() => {
    const ranked = rows
      .map((r) => ({ r, v: valueOf(r, indicator) }))
      .filter((x): x is { r: ComparisonRow; v: NonNullable<typeof x.v> & { value: number } } => rankable(x.v, indicator));
    // Lower-is-better ranks the smallest first; neutral and higher-is-better the largest first.
    ranked.sort((a, b) => (indicator.direction === 'LOWER_IS_BETTER' ? a.v.value - b.v.value : b.v.value - a.v.value));
    return { ranked, unranked: rows.filter((r) => !rankable(valueOf(r, indicator), indicator)) };
  }, [rows, indicator]);
  const height = Math.max(200, ranked.length * 20 + 60);

  useEffect(() => {
    if (!barRef.current || !boxRef.current) return;
    const bar = echarts.init(barRef.current, undefined, { renderer: 'canvas' });
    // Top of the chart is rank 1: ECharts draws category axes bottom-up, so the data goes in reverse.
    const top = [...ranked].reverse();
    bar.setOption({
      grid: { left: 100, right: 40, top: 10, bottom: 30 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', name: indicator.unit },
      yAxis: { type: 'category', data: top.map((x) => x.r.name), axisLabel: { interval: 0 } },
      series: [{ type: 'bar', name: indicator.name, data: top.map((x) => x.v.value), itemStyle: { color: '#1f5fbf' } }],
    });
    const box = echarts.init(boxRef.current, undefined, { renderer: 'canvas' });
    const values = ranked.map((x) => x.v.value).sort((a, b) => a - b);
    box.setOption({
      grid: { left: 100, right: 40, top: 10, bottom: 30 },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', name: indicator.unit },
      yAxis: { type: 'category', data: [indicator.name] },
      series: [{ type: 'boxplot', name: '分布', data: values.length > 0 ? [fiveNumbers(values)] : [] }],
    });
    const resize = () => {
      bar.resize();
      box.resize();
    };
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      bar.dispose();
      box.dispose();
    };
  }, [ranked, indicator]);

  return (
    <div>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {indicator.name}排名（{ranked.length} 个村）
      </Typography.Title>
      <div ref={barRef} style={{ width: '100%', height }} role="img" aria-label={`${indicator.name}排名：${ranked.slice(0, 5).map((x, i) => `第${i + 1}名 ${x.r.name} ${x.v.value}`).join('，')}`} data-testid="ranking-chart" />
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {indicator.name}分布
      </Typography.Title>
      <div ref={boxRef} style={{ width: '100%', height: 140 }} role="img" aria-label={`${indicator.name}在各村的分布（箱线图）`} />
      {unranked.length > 0 ? (
        <Typography.Paragraph type="secondary">未排名（样本不足或暂无数据）：{unranked.map((r) => r.name).join('、')}</Typography.Paragraph>
      ) : null}
    </div>
  );
}
