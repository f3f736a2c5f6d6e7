/**
 * 村务公开 (public, no sign-in): what a village has published — its 党务、村务、财务 disclosures (the quarterly
 * 需求、资源、项目清单 are published as 村务 disclosures) and the winners of its star campaigns — for a QR code on
 * the venue wall. Asked without a token, even in a signed-in tab, so it shows exactly what anyone sees.
 */
import { useQuery } from '@apollo/client/react';
import { Card, Empty, List, Result, Segmented, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { apiErrors, describe } from '../../errors';
import { graphql } from '../../gql';
import type { DisclosureKind } from '../../gql/graphql';
import { CursorPager, useCursorPages } from '../../paging';
import { STAR_KINDS } from '../village/culture-labels';
import { DisclosureItem, DISCLOSURE_KINDS } from '../village/DisclosureItem';
import { optionsOf } from '../../options';

const PAGE_SIZE = 10;

const PublicQuery = graphql(`
  query PublicVillage($code: String!, $kind: DisclosureKind, $first: Int!, $after: String) {
    publicDivision(code: $code) { code name }
    disclosures(divisionCode: $code, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { ...DisclosureItemFields }
    }
    starCampaigns(divisionCode: $code, state: PUBLISHED) {
      id
      quarter
      kind
      publishedAt
      winners { id nomineeName rank reason }
    }
  }
`);


/** The public page of one village. */
export default function PublicVillage() {
  const { code = '' } = useParams();
  const valid = /^\d{12}$/.test(code);
  const [kind, setKind] = useState<DisclosureKind | 'ALL'>('ALL');
  const paging = useCursorPages();
  const after = paging.after;
  const { data, loading, error } = useQuery(PublicQuery, {
    variables: { code, kind: kind === 'ALL' ? null : kind, first: PAGE_SIZE, after },
    skip: !valid,
    errorPolicy: 'all',
    context: { anonymous: true },
  });
  const page = data?.disclosures;
  const campaigns = (data?.starCampaigns ?? []).filter((c) => c.winners.length > 0).slice(0, 4);
  const problem = error ? [...new Set(apiErrors(error).map(describe))].join(' ') : '';
  return (
    <main className="public-page">
      <Typography.Title level={1} style={{ fontSize: 24 }} data-testid="public-title">
        {data?.publicDivision ? `${data.publicDivision.name} · ` : ''}村务公开
      </Typography.Title>
      {valid ? (
        <Typography.Paragraph type="secondary">
          {data && !data.publicDivision ? `没有区划代码为 ${code} 的村。` : `区划代码 ${code}`}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="danger">村代码应为 12 位数字。</Typography.Paragraph>
      )}
      {valid ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>党务、村务、财务公开</h2>} data-testid="public-disclosures">
            <Segmented<DisclosureKind | 'ALL'>
              block
              value={kind}
              onChange={(k) => {
                setKind(k);
                paging.restart();
              }}
              options={[{ value: 'ALL', label: '全部' }, ...optionsOf(DISCLOSURE_KINDS)]}
              style={{ marginBottom: 12 }}
            />
            {loading && !data ? (
              <Skeleton active paragraph={{ rows: 4 }} />
            ) : !page ? (
              <Result status="warning" title="暂时无法显示" subTitle={problem} />
            ) : page.nodes.length === 0 ? (
              <Empty description="暂无公开事项" />
            ) : (
              <>
                <List
                  dataSource={page.nodes}
                  renderItem={(d) => (
                    <List.Item key={d.id} data-testid="public-disclosure">
                      <DisclosureItem d={d} />
                    </List.Item>
                  )}
                />
                <div style={{ marginTop: 8 }}>
                  <CursorPager paging={paging} page={page} pageSize={PAGE_SIZE} loading={loading} unit="条" />
                </div>
              </>
            )}
          </Card>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>百家明星</h2>} data-testid="public-stars">
            {loading && !data ? (
              <Skeleton active />
            ) : campaigns.length === 0 ? (
              <Empty description="暂无评选结果" />
            ) : (
              campaigns.map((c) => (
                <div key={c.id} style={{ marginBottom: 12 }} data-testid="public-star-campaign">
                  <Typography.Text strong>
                    {c.quarter} {STAR_KINDS[c.kind] ?? c.kind}
                  </Typography.Text>
                  <ol style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                    {[...c.winners].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99)).map((w) => (
                      <li key={w.id}>
                        {w.nomineeName}
                        <Typography.Text type="secondary">：{w.reason}</Typography.Text>
                      </li>
                    ))}
                  </ol>
                </div>
              ))
            )}
          </Card>
        </Space>
      ) : null}
    </main>
  );
}
