/**
 * 预警 (county and township): the supervision read model's alerts in the viewer's scope, page by page
 * through the API's cursors, filterable by kind; a supervisor acknowledges one with a note. The village each
 * alert is about comes in the same query (no fetch per row).
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Empty, Form, Input, Modal, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { chinesePart, splitFieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { AlertKind, ScopeAlertsQuery } from '../../gql/graphql';
import { CursorPager, useCursorPages } from '../../paging';
import { ApiErrorResult, PartialDataAlert } from '../ApiErrorResult';
import { TAG } from '../../tag-colors';
import { formatTime } from '../orders/OrderTimeline';
import { optionsOf } from '../../options';

const PAGE_SIZE = 20;

const AlertsQuery = graphql(`
  query ScopeAlerts($scope: String!, $kinds: [AlertKind!], $first: Int!, $after: String) {
    alerts(scope: $scope, kinds: $kinds, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { ...AlertFields }
    }
  }
`);

/** What the alerts table shows of one alert (the acknowledgement returns the same). */
export const AlertFields = graphql(`
  fragment AlertFields on Alert {
    id
    kind
    since
    detail
    events
    acknowledgedBy
    acknowledgedAt
    note
    division { code name shortName }
  }
`);

const AcknowledgeMutation = graphql(`
  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {
    acknowledgeAlert(input: $input) { ...AlertFields }
  }
`);

type AlertRow = NonNullable<ScopeAlertsQuery['alerts']>['nodes'][number];

/** 预警类型 in Chinese, as the supervision service describes them. */
export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  ORDER_OVERDUE: '点单超期升级',
  SILENT_VILLAGE: '村 30 天无动态',
  LATE_DISCLOSURE: '逾期公开',
  MEETING_WITHOUT_QUORUM: '会议未达法定人数',
  NO_SECRETARY_MEETING: '当月未开书记坝坝会',
  WISH_CLAIM_LAPSED: '心愿认领后 30 天未实现',
  AREAS_OUTSIDE_SIZE: '片区户数超出 20–40 户',
  OVERDUE_RECTIFICATION: '整改事项逾期',
  MISSED_DISCLOSURE: '三公开逾期未公开',
  WISH_UNCLAIMED: '心愿 30 天无人认领',
  SUPERVISED_VILLAGE_WORSENING: '提级监督村指标变差',
};

/** The acknowledgement dialog: an optional note on what was done. */
function AcknowledgeDialog({ alert, onClose }: { alert: AlertRow; onClose: () => void }) {
  const [form] = Form.useForm<{ note?: string }>();
  const [acknowledge, { loading }] = useMutation(AcknowledgeMutation);
  const [other, setOther] = useState<string[]>([]);
  const submit = async (v: { note?: string }) => {
    setOther([]);
    try {
      await acknowledge({ variables: { input: { alertId: alert.id, note: v.note?.trim() || null } } });
      onClose();
    } catch (error) {
      const split = splitFieldErrors(error, ['note']);
      form.setFields(split.fields);
      setOther(split.other);
    }
  };
  return (
    <Modal open title={`确认预警：${alert.division.shortName || alert.division.name} · ${ALERT_KIND_LABELS[alert.kind]}`} onCancel={onClose} footer={null} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} disabled={loading}>
        {other.length > 0 ? <Alert type="error" showIcon title={other.join(' ')} style={{ marginBottom: 16 }} /> : null}
        <Typography.Paragraph>{chinesePart(alert.detail)}</Typography.Paragraph>
        <Form.Item label="督办说明（选填）" name="note">
          <Input.TextArea rows={2} maxLength={500} placeholder="例如：已电话督办，本周办结" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          确认
        </Button>
      </Form>
    </Modal>
  );
}

/** The alerts page of a county or township. */
export default function Alerts() {
  const { code = '' } = useParams();
  const [kinds, setKinds] = useState<AlertKind[]>([]);
  const paging = useCursorPages();
  const after = paging.after;
  const { data, loading, error } = useQuery(AlertsQuery, {
    variables: { scope: code, kinds: kinds.length > 0 ? kinds : null, first: PAGE_SIZE, after },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const [acknowledging, setAcknowledging] = useState<AlertRow | null>(null);
  if (loading && !data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const page = data?.alerts;
  if (!page) return <ApiErrorResult error={error} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        预警
      </Typography.Title>
      <PartialDataAlert error={error} />
      <Select
        mode="multiple"
        allowClear
        aria-label="按预警类型筛选"
        placeholder="全部类型"
        style={{ minWidth: 280, maxWidth: 600 }}
        value={kinds}
        onChange={(v: AlertKind[]) => {
          setKinds(v);
          paging.restart();
        }}
        options={optionsOf(ALERT_KIND_LABELS)}
      />
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={page.nodes}
        locale={{ emptyText: <Empty description="没有预警" /> }}
        data-testid="alerts-table"
        columns={[
          { title: '村', key: 'division', width: 120, render: (_, a) => <Link to={`/village/${a.division.code}`}>{a.division.shortName || a.division.name}</Link> },
          { title: '类型', key: 'kind', width: 170, render: (_, a) => <Tag color={TAG.amber}>{ALERT_KIND_LABELS[a.kind]}</Tag> },
          { title: '详情', key: 'detail', render: (_, a) => chinesePart(a.detail) },
          { title: '起始', key: 'since', width: 170, render: (_, a) => formatTime(a.since) },
          {
            title: '确认',
            key: 'ack',
            width: 220,
            render: (_, a) =>
              a.acknowledgedBy ? (
                <Typography.Text data-testid="acknowledged">
                  {a.acknowledgedBy} 已确认{a.note ? `：${a.note}` : ''}
                </Typography.Text>
              ) : (
                <Button size="small" onClick={() => setAcknowledging(a)} aria-label={`确认 ${a.division.shortName || a.division.name} 的预警`}>
                  确认
                </Button>
              ),
          },
        ]}
      />
      <CursorPager paging={paging} page={page} pageSize={PAGE_SIZE} loading={loading} unit="条" />
      {acknowledging ? <AcknowledgeDialog alert={acknowledging} onClose={() => setAcknowledging(null)} /> : null}
    </Space>
  );
}
