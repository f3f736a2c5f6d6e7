/**
 * 村级比较: every village under a county or township, side by side on the indicators of the catalogue
 * (grouped 一领 / 微阵地 / 微组织 / 微服务 / 微活动), filterable by township, sortable by any indicator, a
 * ranking chart and export to Excel. One query for all villages (the gateway batches the indicators).
 */
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, Button, Card, Empty, Select, Skeleton, Space, Table, Typography, type TableColumnsType } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import type { DivisionIndicatorsFragment } from '../../gql/graphql';
import { GROUPS, groupOf, IndicatorCell, IndicatorLabel, servedIndicators, valueOf, type ShownIndicator } from '../../indicators';
import { ApiErrorResult, PartialDataAlert } from '../ApiErrorResult';

const RankingChart = lazy(() => import('./RankingChart'));

const ComparisonQuery = graphql(`
  query VillageComparison($parentCode: String!, $withTownships: Boolean!) {
    parent: division(code: $parentCode) { code name level }
    townships: divisions(parentCode: $parentCode, level: TOWNSHIP) @include(if: $withTownships) { code name shortName }
    villages: divisions(parentCode: $parentCode, level: VILLAGE) {
      code
      name
      ...DivisionIndicators
    }
    indicatorCatalogue { ...CatalogueFields }
  }
`);

/** One row of the comparison: a village, its township and its indicator values. */
export type ComparisonRow = { code: string; name: string; townshipCode: string; townshipName: string } & Partial<DivisionIndicatorsFragment>;

/** Sorts nulls (no data) last whichever way the column is sorted. */
function compareValues(a: number | null | undefined, b: number | null | undefined): number {
  if (a == null && b == null) return 0;
  if (a == null) return -Infinity;
  if (b == null) return Infinity;
  return a - b;
}

/** The comparison view of the county (or of one township). */
export default function Comparison() {
  const { code = '' } = useParams();
  const isCounty = code.length === 6;
  const { data, loading, error } = useQuery(ComparisonQuery, { variables: { parentCode: code, withTownships: isCounty }, errorPolicy: 'all' });
  const [township, setTownship] = useState<string | undefined>(undefined);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [rankBy, setRankBy] = useState<string | null>(null);

  const indicators = useMemo(() => servedIndicators(data?.indicatorCatalogue, data?.villages?.[0]), [data]);
  const shown = indicators.filter((i) => chosen === null || chosen.includes(i.id));
  const townshipNames = useMemo(() => new Map((data?.townships ?? []).map((t) => [t.code, t.shortName || t.name])), [data]);
  const rows: ComparisonRow[] = useMemo(
    () =>
      (data?.villages ?? []).map((v) => ({
        ...v,
        townshipCode: v.code.slice(0, 9),
        townshipName: townshipNames.get(v.code.slice(0, 9)) ?? (data?.parent?.level === 'TOWNSHIP' ? data.parent.name : v.code.slice(0, 9)),
      })),
    [data, townshipNames],
  );
  const filtered = useMemo(() => (township ? rows.filter((r) => r.townshipCode === township) : rows), [rows, township]);
  const ranking = indicators.find((i) => i.id === rankBy) ?? indicators.find((i) => i.direction !== 'NEUTRAL') ?? indicators[0];

  if (loading && !data) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (!data?.villages) return <ApiErrorResult error={error} />;

  const columns: TableColumnsType<ComparisonRow> = [
    {
      title: '村（社区）',
      dataIndex: 'name',
      key: 'name',
      width: 140,
      render: (name: string, r) => <Link to={`/village/${r.code}`}>{name}</Link>,
    },
    { title: '乡镇（街道）', dataIndex: 'townshipName', key: 'township', width: 110 },
    ...GROUPS.map((group) => ({ group, members: shown.filter((i) => groupOf(i) === group) }))
      .filter((g) => g.members.length > 0)
      .map((g) => ({
        title: g.group,
        key: g.group,
        children: g.members.map((i: ShownIndicator) => ({
          title: <IndicatorLabel indicator={i} />,
          key: i.id,
          align: 'right' as const,
          width: 120,
          sorter: (a: ComparisonRow, b: ComparisonRow) => compareValues(valueOf(a, i)?.value, valueOf(b, i)?.value),
          sortDirections: ['descend', 'ascend'] as ('descend' | 'ascend')[],
          render: (_: unknown, r: ComparisonRow) => <IndicatorCell value={valueOf(r, i)} indicator={i} />,
        })),
      })),
  ];

  const exportExcel = async () => {
    const { exportComparison } = await import('./export-excel');
    await exportComparison(filtered, shown, `村级比较-${data.parent?.name ?? code}${township ? `-${townshipNames.get(township)}` : ''}`);
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Breadcrumb
        items={[
          { title: data.parent?.name ?? code },
          ...(township ? [{ title: townshipNames.get(township) }] : []),
        ]}
      />
      <Typography.Title level={2} style={{ margin: 0 }}>
        村级比较 · {data.parent?.name ?? code}（{rows.length} 个村）
      </Typography.Title>
      <PartialDataAlert error={error} />
      <Space wrap>
        {isCounty ? (
          <label>
            <span style={{ marginRight: 8 }}>乡镇（街道）</span>
            <Select
              allowClear
              placeholder="全部乡镇"
              style={{ width: 180 }}
              value={township}
              onChange={(v) => setTownship(v)}
              options={(data.townships ?? []).map((t) => ({ value: t.code, label: t.name }))}
              aria-label="按乡镇筛选"
              data-testid="township-filter"
            />
          </label>
        ) : null}
        <label>
          <span style={{ marginRight: 8 }}>指标</span>
          <Select
            mode="multiple"
            style={{ minWidth: 320 }}
            value={chosen ?? indicators.map((i) => i.id)}
            onChange={(v) => setChosen(v)}
            aria-label="选择比较的指标"
            options={GROUPS.map((g) => ({ label: g, options: indicators.filter((i) => groupOf(i) === g).map((i) => ({ value: i.id, label: i.name })) })).filter((g) => g.options.length > 0)}
          />
        </label>
        <Button onClick={() => void exportExcel()} disabled={filtered.length === 0}>
          导出 Excel
        </Button>
      </Space>
      {/* Scrolls in its own box rather than with antd's fixed columns, whose hidden measure row axe flags. */}
      <div style={{ overflowX: 'auto' }}>
      <Table<ComparisonRow>
        rowKey="code"
        size="small"
        bordered
        columns={columns}
        dataSource={filtered}
        pagination={false}
        locale={{ emptyText: <Empty description="没有村级数据" /> }}
        data-testid="comparison-table"
        showSorterTooltip={false}
      />
      </div>
      <Typography.Text type="secondary">* 样本不足（低于指标目录规定的最小样本），不参与排名。“暂无”表示没有数据，不按 0 计。</Typography.Text>
      {ranking ? (
        <Card
          title={
            <Space>
              <span>排名</span>
              <Select
                value={ranking.id}
                onChange={(v) => setRankBy(v)}
                style={{ width: 200 }}
                aria-label="排名指标"
                options={indicators.map((i) => ({ value: i.id, label: i.name }))}
              />
            </Space>
          }
        >
          <Suspense fallback={<Skeleton active />}>
            <RankingChart rows={filtered} indicator={ranking} />
          </Suspense>
        </Card>
      ) : null}
    </Space>
  );
}
