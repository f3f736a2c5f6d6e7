/**
 * 片区与片区台账: a village's areas with their chief, household count and the 片长制 size warning (20–40
 * households); an area's records of 人、地、事、物、情 and the form that records one, checked as the API checks
 * it, with the API's field errors under the field they name.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Drawer, Empty, Form, Input, List, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { chinesePart, splitFieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { AreaRecordKind, VillageAreasQuery } from '../../gql/graphql';
import { TAG } from '../../tag-colors';
import { ApiErrorResult, PartialDataAlert } from '../ApiErrorResult';
import { optionsOf } from '../../options';

const AreasQuery = graphql(`
  query VillageAreas($code: String!) {
    areas(divisionCode: $code) {
      id
      name
      divisionCode
      chiefName
      chiefPhone
      householdCount
      sizeWarning
    }
  }
`);

const RecordsQuery = graphql(`
  query AreaRecords($areaId: ID!, $kind: AreaRecordKind) {
    areaRecords(areaId: $areaId, kind: $kind) { ...AreaRecordFields }
  }
`);

/** What the console shows of one record (the mutation returns the same). */
export const AreaRecordFields = graphql(`
  fragment AreaRecordFields on AreaRecord {
    id
    kind
    recordedOn
    text
    householdIds
    followUpOn
    recordedBy
  }
`);

const AreaHouseholdsQuery = graphql(`
  query AreaHouseholds($code: String!, $areaId: ID!, $first: Int!) {
    households(divisionCode: $code, areaId: $areaId, first: $first) {
      totalCount
      nodes { id headName address }
    }
  }
`);

/** Households offered for linking: a whole area fits (片长制: at most about 40). */
const AREA_HOUSEHOLDS = 100;

const RecordMutation = graphql(`
  mutation RecordAreaRecord($input: RecordAreaRecordInput!) {
    recordAreaRecord(input: $input) { ...AreaRecordFields }
  }
`);

type Area = NonNullable<VillageAreasQuery['areas']>[number];

/** 人地事物情: the five kinds of an area record. */
export const AREA_RECORD_KINDS: Record<AreaRecordKind, string> = { PERSON: '人', LAND: '地', EVENT: '事', PROPERTY: '物', SENTIMENT: '情' };
const KIND_HINTS: Record<AreaRecordKind, string> = {
  PERSON: '人：住户、需要关注的人',
  LAND: '地：田地、地块、用地',
  EVENT: '事：发生的事、待办的事',
  PROPERTY: '物：设施、物资',
  SENTIMENT: '情：村民的意见和诉求',
};
const KIND_OPTIONS = optionsOf(KIND_HINTS);
/** Longest text the API accepts. */
export const MAX_RECORD_TEXT = 2000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the county (China Standard Time), YYYY-MM-DD, as the API counts days. */
export function todayInCounty(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Whether `v` is a real calendar day YYYY-MM-DD. */
function isDay(v: string): boolean {
  if (!DAY.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

type RecordForm = { kind: AreaRecordKind; text: string; householdIds?: string[]; date?: string; followUpOn?: string };
const FORM_FIELDS = ['kind', 'text', 'householdIds', 'date', 'followUpOn'] as const;

/** The form that records one entry of an area's 台账. */
function RecordAreaForm({ area, onRecorded }: { area: Area; onRecorded: () => void }) {
  const [form] = Form.useForm<RecordForm>();
  const [record, { loading }] = useMutation(RecordMutation);
  const [other, setOther] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const households = useQuery(AreaHouseholdsQuery, { variables: { code: area.divisionCode, areaId: area.id, first: AREA_HOUSEHOLDS } });
  const submit = async (v: RecordForm) => {
    setOther([]);
    setDone(null);
    try {
      await record({ variables: { input: { areaId: area.id, kind: v.kind, text: v.text.trim(), householdIds: v.householdIds ?? [], date: v.date || null, followUpOn: v.followUpOn || null } } });
      form.resetFields(['text', 'householdIds', 'followUpOn']);
      setDone('已记入台账');
      onRecorded();
    } catch (error) {
      const split = splitFieldErrors(error, FORM_FIELDS);
      form.setFields(split.fields);
      setOther(split.other);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} disabled={loading} initialValues={{ kind: 'EVENT', date: todayInCounty() }} data-testid="area-record-form">
      {other.length > 0 ? <Alert type="error" showIcon title={other.join(' ')} style={{ marginBottom: 16 }} /> : null}
      {done ? <Alert type="success" showIcon title={done} style={{ marginBottom: 16 }} role="status" /> : null}
      <Form.Item label="类别" name="kind" rules={[{ required: true, message: '请选择类别' }]}>
        <Select aria-label="类别" options={KIND_OPTIONS} />
      </Form.Item>
      <Form.Item
        label="台账内容"
        name="text"
        rules={[
          { required: true, whitespace: true, message: '请填写台账内容' },
          { max: MAX_RECORD_TEXT, message: `内容不超过 ${MAX_RECORD_TEXT} 字` },
        ]}
      >
        <Input.TextArea rows={3} placeholder="例如：3 组王家老人独居，需每周走访" />
      </Form.Item>
      <Form.Item label="关联户（选填）" name="householdIds">
        <Select
          mode="multiple"
          allowClear
          loading={households.loading}
          placeholder={households.data?.households?.totalCount === 0 ? '本片区暂无登记户' : '选择本片区的户'}
          showSearch={{ optionFilterProp: 'label' }}
          options={(households.data?.households?.nodes ?? []).map((h) => ({ value: h.id, label: `${h.headName} · ${h.address}` }))}
        />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item
          label="记录日期"
          name="date"
          rules={[
            { validator: (_, v: string | undefined) => (!v || isDay(v) ? Promise.resolve() : Promise.reject(new Error('日期格式应为 YYYY-MM-DD'))) },
            { validator: (_, v: string | undefined) => (!v || v <= todayInCounty() ? Promise.resolve() : Promise.reject(new Error('日期不能晚于今天'))) },
          ]}
        >
          <Input type="date" style={{ width: 170 }} />
        </Form.Item>
        <Form.Item
          label="跟进日期（选填）"
          name="followUpOn"
          dependencies={['date']}
          rules={[
            { validator: (_, v: string | undefined) => (!v || isDay(v) ? Promise.resolve() : Promise.reject(new Error('日期格式应为 YYYY-MM-DD'))) },
            ({ getFieldValue }) => ({
              validator: (_, v: string | undefined) => {
                const day = (getFieldValue('date') as string | undefined) || todayInCounty();
                return !v || v >= day ? Promise.resolve() : Promise.reject(new Error('跟进日期不能早于记录日期'));
              },
            }),
          ]}
        >
          <Input type="date" style={{ width: 170 }} />
        </Form.Item>
      </Space>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={loading}>
          记入台账
        </Button>
      </Form.Item>
    </Form>
  );
}

/** One area's records, newest first, by kind, and the form to add one. */
function AreaDrawer({ area, onClose }: { area: Area; onClose: () => void }) {
  const [kind, setKind] = useState<AreaRecordKind | null>(null);
  const { data, loading, error, refetch } = useQuery(RecordsQuery, { variables: { areaId: area.id, kind }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const records = data?.areaRecords;
  return (
    <Drawer open title={`${area.name} · 片区台账`} onClose={onClose} size={560} data-testid="area-drawer">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text>
          片长 {area.chiefName}
          {area.chiefPhone ? ` · ${area.chiefPhone}` : ''} · {area.householdCount} 户
        </Typography.Text>
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          记一笔
        </Typography.Title>
        <RecordAreaForm area={area} onRecorded={() => void refetch()} />
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          台账记录
        </Typography.Title>
        <Select
          aria-label="按类别筛选"
          allowClear
          placeholder="全部类别"
          style={{ width: 220 }}
          value={kind}
          onChange={(v) => setKind(v ?? null)}
          options={KIND_OPTIONS}
        />
        {loading && !data ? (
          <Skeleton active />
        ) : !records ? (
          <ApiErrorResult error={error} />
        ) : (
          <List
            data-testid="area-records"
            locale={{ emptyText: <Empty description="暂无台账记录" /> }}
            dataSource={records}
            pagination={records.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
            renderItem={(r) => (
              <List.Item key={r.id} data-testid="area-record">
                <Space orientation="vertical" size={2}>
                  <Space wrap size="small">
                    <Tag color={TAG.blue}>{AREA_RECORD_KINDS[r.kind]}</Tag>
                    <Typography.Text type="secondary">
                      {r.recordedOn} · {r.recordedBy}
                    </Typography.Text>
                    {r.householdIds.length > 0 ? <Typography.Text type="secondary">关联 {r.householdIds.length} 户</Typography.Text> : null}
                    {r.followUpOn ? <Tag color={TAG.amber}>跟进 {r.followUpOn}</Tag> : null}
                  </Space>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{r.text}</span>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Space>
    </Drawer>
  );
}

/** The areas page of one village. */
export default function Areas() {
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(AreasQuery, { variables: { code }, errorPolicy: 'all' });
  const [openId, setOpenId] = useState<string | null>(null);
  if (loading && !data) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!data?.areas) return <ApiErrorResult error={error} />;
  // 第2片区 before 第10片区: by group, then by name with its numbers read as numbers.
  const areas = [...data.areas].sort((a, b) => a.divisionCode.localeCompare(b.divisionCode) || a.name.localeCompare(b.name, 'zh-CN', { numeric: true }));
  const warned = areas.filter((a) => a.sizeWarning).length;
  const households = areas.reduce((s, a) => s + a.householdCount, 0);
  const open = areas.find((a) => a.id === openId) ?? null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        片区与片区台账
      </Typography.Title>
      <PartialDataAlert error={error} />
      <Typography.Text data-testid="areas-summary">
        共 {areas.length} 个片区、{households} 户；片长制要求每片 20–40 户，{warned > 0 ? `${warned} 个片区不在此范围` : '全部符合'}。
      </Typography.Text>
      <Table
        rowKey="id"
        size="small"
        dataSource={areas}
        pagination={areas.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: <Empty description="本村尚未划分片区" /> }}
        data-testid="areas-table"
        columns={[
          {
            title: '片区',
            key: 'name',
            render: (_, a) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpenId(a.id)}>
                {a.name}
              </Button>
            ),
          },
          { title: '片长', dataIndex: 'chiefName', key: 'chiefName' },
          { title: '片长手机号（已脱敏）', key: 'chiefPhone', render: (_, a) => a.chiefPhone ?? '—' },
          { title: '户数', dataIndex: 'householdCount', key: 'householdCount', align: 'right', sorter: (a, b) => a.householdCount - b.householdCount },
          {
            title: '规模',
            key: 'size',
            render: (_, a) =>
              a.sizeWarning ? (
                <Tag color={TAG.amber} data-testid="size-warning">
                  {chinesePart(a.sizeWarning)}
                </Tag>
              ) : (
                <Tag color={TAG.green}>20–40 户</Tag>
              ),
          },
        ]}
      />
      {open ? <AreaDrawer area={open} onClose={() => setOpenId(null)} /> : null}
    </Space>
  );
}
