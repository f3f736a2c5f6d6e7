/**
 * 本村概况: a village's indicators with their definitions, sample and age, and the way down to its
 * households. The end of the county → township → village drill-down.
 */
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, Button, Card, Col, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { formatValue, IndicatorLabel, servedIndicators, valueOf } from '../../indicators';
import { currentSession } from '../../session';
import { ApiErrorResult, PartialDataAlert } from '../ApiErrorResult';

// The trend chart brings ECharts: its own chunk, loaded when the overview renders it.
const TrendChart = lazy(() => import('../supervision/TrendChart'));

const VillageQuery = graphql(`
  query VillageOverview($code: String!) {
    division(code: $code) {
      code
      name
      level
      parent { code name parent { code name } }
      ...DivisionIndicators
    }
    indicatorCatalogue { ...CatalogueFields }
  }
`);

/** The village detail page. */
export default function VillageOverview() {
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(VillageQuery, { variables: { code }, errorPolicy: 'all' });
  if (loading && !data) return <Skeleton active paragraph={{ rows: 6 }} />;
  const village = data?.division;
  if (!village) return <ApiErrorResult error={error ?? { errors: [] }} />;
  // Village data behind FORBIDDEN: the name of an ancestor is readable, its indicators are not.
  const indicators = servedIndicators(data.indicatorCatalogue, undefined);
  const refused = indicators.every((i) => valueOf(village, i) === null) && error;
  if (refused) return <ApiErrorResult error={error} />;
  const role = currentSession()?.viewer.role;
  const township = village.parent;
  const county = township?.parent;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Breadcrumb
        items={[
          ...(county ? [{ title: role === 'COUNTY_ADMIN' ? <Link to={`/county/${county.code}`}>{county.name}</Link> : county.name }] : []),
          ...(township ? [{ title: role === 'COUNTY_ADMIN' || role === 'TOWNSHIP_OFFICER' ? <Link to={`/township/${township.code}`}>{township.name}</Link> : township.name }] : []),
          { title: village.name },
        ]}
      />
      <Typography.Title level={2} style={{ margin: 0 }} data-testid="village-title">
        {village.name}
      </Typography.Title>
      <PartialDataAlert error={error} />
      <Row gutter={[16, 16]}>
        {indicators.map((i) => {
          const v = valueOf(village, i);
          return (
            <Col key={i.id} xs={24} sm={12} lg={6}>
              <Card>
                <Statistic title={<IndicatorLabel indicator={i} />} value={formatValue(v, i)} />
                <Typography.Text type="secondary">{v ? `样本 ${v.sample} · ${new Date(v.asOf).toLocaleString('zh-CN')}` : '暂无数据'}</Typography.Text>
              </Card>
            </Col>
          );
        })}
      </Row>
      <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>指标趋势</h3>}>
        <Suspense fallback={<Skeleton active />}>
          <TrendChart code={village.code} name={village.name} catalogue={data.indicatorCatalogue} />
        </Suspense>
      </Card>
      {role !== 'VILLAGER' ? (
        <Space wrap>
          <Link to={`/village/${village.code}/households`}>
            <Button type="primary">户籍与村民</Button>
          </Link>
          <Link to={`/village/${village.code}/import`}>
            <Button>户籍导入导出</Button>
          </Link>
          <Link to={`/village/${village.code}/orders`}>
            <Button>点单式办理</Button>
          </Link>
          <Link to={`/village/${village.code}/areas`}>
            <Button>片区台账</Button>
          </Link>
          <Link to={`/village/${village.code}/council`}>
            <Button>四议两公开</Button>
          </Link>
          <Link to={`/village/${village.code}/venues`}>
            <Button>阵地与活动</Button>
          </Link>
          <Link to={`/public/village/${village.code}`}>
            <Button>村务公开页</Button>
          </Link>
        </Space>
      ) : null}
    </Space>
  );
}
