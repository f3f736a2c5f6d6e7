/**
 * 户籍与村民: a village's households page by page (cursor paging through the API), ID numbers and phones
 * masked; a cadre reveals one resident's identity by giving a reason, which the API audits.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Descriptions, Empty, Form, Input, Modal, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { splitFieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { RelationToHead } from '../../gql/graphql';
import { CursorPager, useCursorPages } from '../../paging';
import { ApiErrorResult, PartialDataAlert } from '../ApiErrorResult';

const PAGE_SIZE = 20;
/** Shortest reason the API accepts for a reveal. */
export const MIN_REVEAL_REASON = 4;

const HouseholdsQuery = graphql(`
  query VillageHouseholds($code: String!, $first: Int!, $after: String) {
    households(divisionCode: $code, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id
        address
        headName
        divisionCode
        residents { id name gender birthYear relation idNumber phone }
      }
    }
  }
`);

const RevealMutation = graphql(`
  mutation RevealResidentIdentity($input: RevealResidentIdentityInput!) {
    revealResidentIdentity(input: $input) { residentId idNumber phone auditId }
  }
`);

const RELATIONS: Record<RelationToHead, string> = {
  HEAD: '户主',
  SPOUSE: '配偶',
  CHILD: '子女',
  CHILD_IN_LAW: '儿媳/女婿',
  GRANDCHILD: '孙子女',
  PARENT: '父母',
  GRANDPARENT: '祖父母',
  SIBLING: '兄弟姐妹',
  OTHER: '其他',
};

type Resident = { id: string; name: string; idNumber: string; phone: string | null };

/** The dialog that asks for a reason and shows the plain identity once the API has audited the reveal. */
function RevealDialog({ resident, onClose }: { resident: Resident; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const [reveal, { data, loading }] = useMutation(RevealMutation);
  const [other, setOther] = useState<string[]>([]);
  const submit = async ({ reason }: { reason: string }) => {
    setOther([]);
    try {
      await reveal({ variables: { input: { residentId: resident.id, reason: reason.trim() } } });
    } catch (error) {
      const split = splitFieldErrors(error, ['reason']);
      form.setFields(split.fields);
      setOther(split.other);
    }
  };
  const revealed = data?.revealResidentIdentity;
  return (
    <Modal open title={`查看身份信息：${resident.name}`} onCancel={onClose} footer={revealed ? <Button onClick={onClose}>关闭</Button> : null} destroyOnHidden>
      {revealed ? (
        <Descriptions column={1} bordered size="small" data-testid="revealed">
          <Descriptions.Item label="身份证号">{revealed.idNumber}</Descriptions.Item>
          <Descriptions.Item label="手机号">{revealed.phone ?? '未登记'}</Descriptions.Item>
          <Descriptions.Item label="审计编号">{revealed.auditId}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Form form={form} layout="vertical" onFinish={submit} disabled={loading}>
          <Typography.Paragraph type="secondary">查看明文身份证号和手机号须填写事由，每次查看都会记入审计。</Typography.Paragraph>
          {other.length > 0 ? <Alert type="error" showIcon title={other.join(' ')} style={{ marginBottom: 16 }} /> : null}
          <Form.Item
            label="查看事由"
            name="reason"
            rules={[
              { required: true, whitespace: true, message: '请填写查看事由' },
              { validator: (_, v: string | undefined) => ((v ?? '').trim().length >= MIN_REVEAL_REASON ? Promise.resolve() : Promise.reject(new Error(`事由至少 ${MIN_REVEAL_REASON} 个字`))) },
            ]}
          >
            <Input.TextArea rows={2} maxLength={200} placeholder="例如：核实低保申请" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading}>
            确认查看
          </Button>
        </Form>
      )}
    </Modal>
  );
}

/** The households page of one village. */
export default function Households() {
  const { code = '' } = useParams();
  // Cursors of the pages before the current one: "上一页" pops, "下一页" pushes the current end cursor.
  const paging = useCursorPages();
  const after = paging.after;
  const { data, loading, error } = useQuery(HouseholdsQuery, { variables: { code, first: PAGE_SIZE, after }, errorPolicy: 'all' });
  const [revealing, setRevealing] = useState<Resident | null>(null);
  if (loading && !data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const page = data?.households;
  if (!page) return <ApiErrorResult error={error} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        户籍与村民
      </Typography.Title>
      <PartialDataAlert error={error} />
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={page.nodes}
        locale={{ emptyText: <Empty description="本村尚未登记户" /> }}
        data-testid="households-table"
        columns={[
          { title: '户主', dataIndex: 'headName', key: 'headName', width: 100 },
          { title: '住址', dataIndex: 'address', key: 'address', width: 200 },
          {
            title: '家庭成员（身份证号、手机号已脱敏）',
            key: 'residents',
            render: (_, h) => (
              <Space orientation="vertical" size={2}>
                {h.residents.map((r) => (
                  <Space key={r.id} wrap size="small">
                    <span>{r.name}</span>
                    <Tag>{RELATIONS[r.relation]}</Tag>
                    <Typography.Text type="secondary">{r.birthYear} 年生</Typography.Text>
                    <Typography.Text code>{r.idNumber}</Typography.Text>
                    {r.phone ? <Typography.Text code>{r.phone}</Typography.Text> : null}
                    <Button size="small" type="link" onClick={() => setRevealing(r)} aria-label={`查看 ${r.name} 的身份信息`}>
                      查看
                    </Button>
                  </Space>
                ))}
              </Space>
            ),
          },
        ]}
      />
      <CursorPager paging={paging} page={page} pageSize={PAGE_SIZE} loading={loading} unit="户" />
      {revealing ? <RevealDialog resident={revealing} onClose={() => setRevealing(null)} /> : null}
    </Space>
  );
}
