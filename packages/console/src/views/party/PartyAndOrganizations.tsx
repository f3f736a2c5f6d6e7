/**
 * 党组织与微组织 (village, tenant-scoped): the village's party organizations (党委/党总支/党支部/党小组) and the
 * member roll page by page through the API's cursors, the community organizations (自治、群众、社会组织) and the
 * social-organization incubation fund (孵化基金) with its ledger. One request for the page, one per members page.
 */
import { useQuery } from '@apollo/client/react';
import { Card, Col, Descriptions, Empty, Row, Skeleton, Space, Statistic, Table, Tag, Tree, Typography } from 'antd';
import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import type { CommunityOrganizationKind, CommunityOrganizationStatus, FundSource, FundTransactionKind, PartyOrganizationKind, VillagePartyQuery } from '../../gql/graphql';
import { CursorPager, useCursorPages } from '../../paging';
import { TAG } from '../../tag-colors';
import { ApiErrorResult, PartialDataAlert } from '../ApiErrorResult';
import { formatTime } from '../orders/OrderTimeline';
import { QueryTable } from '../QueryTable';

const MEMBERS_PAGE = 20;

const PartyQuery = graphql(`
  query VillageParty($code: String!) {
    division(code: $code) { code name }
    partyOrganizations(divisionCode: $code) { id name kind divisionCode memberCount parent { id } }
    communityOrganizations(divisionCode: $code) { id name kind status description active lastMetOn memberCount }
    incubationFund(divisionCode: $code) {
      balanceFen
      contributedFen
      grantedFen
      transactions { id kind amountFen deltaFen source donor organizationId purpose reason recordedBy createdAt }
    }
  }
`);

const MembersQuery = graphql(`
  query VillagePartyMembers($code: String!, $first: Int!, $after: String) {
    partyMembers(divisionCode: $code, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id name status joinedOn organization { id name } }
    }
  }
`);

type PartyOrg = NonNullable<VillagePartyQuery['partyOrganizations']>[number];
type Fund = NonNullable<VillagePartyQuery['incubationFund']>;

const ORG_KINDS: Record<PartyOrganizationKind, string> = { COMMITTEE: '党委', GENERAL_BRANCH: '党总支', BRANCH: '党支部', GROUP: '党小组' };
const CO_KINDS: Record<CommunityOrganizationKind, string> = { SELF_GOVERNANCE: '自治组织', MASS: '群众组织', SOCIAL: '社会组织' };
const CO_STATUS: Record<CommunityOrganizationStatus, { label: string; color: string }> = {
  OPERATING: { label: '运行中', color: TAG.green },
  SUSPENDED: { label: '暂停', color: TAG.amber },
  DISSOLVED: { label: '已撤销', color: TAG.grey },
};
const FUND_KINDS: Record<FundTransactionKind, string> = { CONTRIBUTION: '筹集', GRANT: '资助', REVERSAL: '冲正' };
const FUND_SOURCES: Record<FundSource, string> = { TOWNSHIP_VILLAGE: '镇村筹集', LOCAL_WORTHY: '乡贤捐赠', OTHER: '其他' };

/** 元 from fen, always two decimals. */
function yuan(fen: number): string {
  return `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}

type TreeNode = { key: string; title: string; children: TreeNode[] };

/** The party organizations as a tree by their parent, the village's own organization at the root. */
function orgTree(orgs: readonly PartyOrg[]): TreeNode[] {
  const nodes = new Map<string, TreeNode>(orgs.map((o) => [o.id, { key: o.id, title: `${o.name}（${ORG_KINDS[o.kind]}，${o.memberCount} 名党员）`, children: [] }]));
  const roots: TreeNode[] = [];
  for (const o of orgs) {
    const parent = o.parent ? nodes.get(o.parent.id) : undefined;
    (parent ? parent.children : roots).push(nodes.get(o.id)!);
  }
  return roots;
}

/** The member roll, a page at a time. */
function Members({ code }: { code: string }) {
  const paging = useCursorPages();
  const { data, loading, error } = useQuery(MembersQuery, { variables: { code, first: MEMBERS_PAGE, after: paging.after }, errorPolicy: 'all' });
  const page = data?.partyMembers;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <QueryTable
        query={{ data, loading, error }}
        rows={page?.nodes}
        rowKey="id"
        testId="party-members"
        empty="没有党员"
        skeletonRows={5}
        pagination={false}
        columns={[
          { title: '姓名', dataIndex: 'name', key: 'name', width: 120 },
          { title: '类别', key: 'status', width: 100, render: (_, m) => (m.status === 'PROBATIONARY' ? <Tag color={TAG.amber}>预备党员</Tag> : <Tag color={TAG.blue}>正式党员</Tag>) },
          { title: '所在组织', key: 'org', render: (_, m) => m.organization?.name ?? '—' },
          { title: '入党日期', key: 'joinedOn', width: 120, render: (_, m) => m.joinedOn ?? '—' },
        ]}
      />
      {page ? <CursorPager paging={paging} page={page} pageSize={MEMBERS_PAGE} loading={loading} unit="名" /> : null}
    </Space>
  );
}

/** The fund's totals and ledger. */
function FundCard({ fund }: { fund: Fund | null | undefined }) {
  if (!fund) return <Empty description="本村尚未设立孵化基金" />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Statistic title="余额" value={yuan(fund.balanceFen)} data-testid="fund-balance" />
        </Col>
        <Col xs={24} md={8}>
          <Statistic title="累计筹集" value={yuan(fund.contributedFen)} />
        </Col>
        <Col xs={24} md={8}>
          <Statistic title="累计资助" value={yuan(fund.grantedFen)} />
        </Col>
      </Row>
      <Table
        rowKey="id"
        size="small"
        dataSource={fund.transactions}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <Empty description="没有收支记录" /> }}
        data-testid="fund-ledger"
        columns={[
          { title: '时间', key: 'at', width: 170, render: (_, t) => formatTime(t.createdAt) },
          { title: '类别', key: 'kind', width: 80, render: (_, t) => FUND_KINDS[t.kind] },
          { title: '金额', key: 'delta', width: 140, align: 'right', render: (_, t) => `${t.deltaFen >= 0 ? '+' : '−'}${yuan(Math.abs(t.deltaFen))}` },
          {
            title: '说明',
            key: 'detail',
            render: (_, t) => [t.source ? FUND_SOURCES[t.source] : null, t.donor, t.purpose, t.reason].filter(Boolean).join(' · ') || '—',
          },
          { title: '经办人', dataIndex: 'recordedBy', key: 'recordedBy', width: 150 },
        ]}
      />
    </Space>
  );
}

/** The party and organizations page of a village. */
export default function PartyAndOrganizations() {
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(PartyQuery, { variables: { code }, errorPolicy: 'all' });
  const tree = useMemo(() => orgTree(data?.partyOrganizations ?? []), [data]);
  if (loading && !data) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!data?.partyOrganizations && !data?.communityOrganizations) return <ApiErrorResult error={error} />;
  const orgs = data.communityOrganizations ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }} data-testid="party-title">
        党组织与微组织 · {data.division?.name ?? code}
      </Typography.Title>
      <PartialDataAlert error={error} />
      <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>党组织</h3>}>
        {tree.length === 0 ? <Empty description="没有党组织" /> : <Tree treeData={tree} defaultExpandAll selectable={false} aria-label="党组织结构" data-testid="party-tree" />}
      </Card>
      <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>党员</h3>}>
        <Members code={code} />
      </Card>
      <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>微组织（{orgs.length} 个）</h3>}>
        <Table
          rowKey="id"
          size="small"
          dataSource={orgs}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <Empty description="没有微组织" /> }}
          data-testid="community-organizations"
          expandable={{
            expandedRowRender: (o) => (
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="简介">{o.description || '—'}</Descriptions.Item>
              </Descriptions>
            ),
            rowExpandable: (o) => Boolean(o.description),
          }}
          columns={[
            { title: '名称', dataIndex: 'name', key: 'name' },
            { title: '类别', key: 'kind', width: 100, render: (_, o) => CO_KINDS[o.kind] },
            { title: '状态', key: 'status', width: 90, render: (_, o) => <Tag color={CO_STATUS[o.status].color}>{CO_STATUS[o.status].label}</Tag> },
            { title: '成员', dataIndex: 'memberCount', key: 'members', width: 70, align: 'right' },
            { title: '最近开会', key: 'met', width: 150, render: (_, o) => (o.lastMetOn ? `${o.lastMetOn}${o.active ? '' : '（超 90 天）'}` : '—') },
          ]}
        />
      </Card>
      <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>社会组织孵化基金</h3>}>
        <FundCard fund={data.incubationFund} />
      </Card>
    </Space>
  );
}
