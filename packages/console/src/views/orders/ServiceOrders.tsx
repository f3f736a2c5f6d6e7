/**
 * 点单式办理 for village and township staff: a village's service orders page by page (cursor paging through
 * the API), filtered by state or overdue, each with its timeline and the moves staff may make. Every row's
 * timeline comes in the same query: opening an order fetches nothing.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Descriptions, Drawer, Empty, Form, Input, Modal, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { splitFieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { ServiceOrderState, VillageServiceOrdersQuery } from '../../gql/graphql';
import { CursorPager, useCursorPages } from '../../paging';
import { ApiErrorResult, PartialDataAlert } from '../ApiErrorResult';
import { TAG } from '../../tag-colors';
import { MOVE_LABELS, NOTE_REQUIRED, ORDER_STATE_COLORS, ORDER_STATE_LABELS, STAFF_MOVES, TIME_LIMIT_LABELS } from './order-states';
import { formatTime, OrderTimeline } from './OrderTimeline';
import { optionsOf } from '../../options';

const PAGE_SIZE = 20;

const OrdersQuery = graphql(`
  query VillageServiceOrders($code: String!, $state: ServiceOrderState, $overdue: Boolean, $first: Int!, $after: String) {
    serviceOrders(divisionCode: $code, state: $state, overdue: $overdue, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { ...StaffOrderFields }
    }
  }
`);

/** What the staff list and drawer show of an order (the mutation returns the same, so the cache updates the row). */
export const StaffOrderFields = graphql(`
  fragment StaffOrderFields on ServiceOrder {
    id
    itemName
    timeLimit
    description
    channel
    state
    placedAt
    dueAt
    overdue
    escalationLevel
    department
    stars
    ratingComment
    contactPhone
    timeline { to at by note }
  }
`);

const TransitionMutation = graphql(`
  mutation TransitionServiceOrder($input: TransitionServiceOrderInput!) {
    transitionServiceOrder(input: $input) { ...StaffOrderFields }
  }
`);

type Order = NonNullable<VillageServiceOrdersQuery['serviceOrders']>['nodes'][number];

const ESCALATION: Record<Order['escalationLevel'], string> = { VILLAGE: '', TOWNSHIP: '已上报乡镇', COUNTY: '已上报县级' };

/** The dialog of one move: a note (required when refusing), and the department when handing to one. */
function MoveDialog({ order, to, onClose }: { order: Order; to: ServiceOrderState; onClose: () => void }) {
  const [form] = Form.useForm<{ note?: string; department?: string }>();
  const [move, { loading }] = useMutation(TransitionMutation);
  const [other, setOther] = useState<string[]>([]);
  const submit = async (v: { note?: string; department?: string }) => {
    setOther([]);
    try {
      await move({ variables: { input: { orderId: order.id, to, note: v.note?.trim() || null, department: v.department?.trim() || null } } });
      onClose();
    } catch (error) {
      const split = splitFieldErrors(error, ['note', 'department']);
      form.setFields(split.fields);
      setOther(split.other);
    }
  };
  return (
    <Modal open title={`${MOVE_LABELS[to] ?? ORDER_STATE_LABELS[to]}：${order.itemName}`} onCancel={onClose} footer={null} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} disabled={loading}>
        {other.length > 0 ? <Alert type="error" showIcon title={other.join(' ')} style={{ marginBottom: 16 }} data-testid="move-error" /> : null}
        {to === 'COORDINATING' ? (
          <Form.Item label="协同部门" name="department" rules={[{ required: true, whitespace: true, message: '请注明协同部门' }]}>
            <Input maxLength={100} placeholder="例如：县民政局" />
          </Form.Item>
        ) : null}
        <Form.Item
          label={to === 'REJECTED' ? '不予受理的理由' : to === 'NOT_RESPONSIBLE' ? '应向何处办理' : '办理说明'}
          name="note"
          rules={NOTE_REQUIRED.includes(to) ? [{ required: true, whitespace: true, message: '请填写说明，村民会看到' }] : []}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          确认
        </Button>
      </Form>
    </Modal>
  );
}

/** The drawer of one order: its facts, its timeline and the moves offered from its state. */
function OrderDrawer({ order, onClose }: { order: Order; onClose: () => void }) {
  const [moving, setMoving] = useState<ServiceOrderState | null>(null);
  const moves = STAFF_MOVES[order.state] ?? [];
  return (
    <Drawer open title={order.itemName} onClose={onClose} size={480} data-testid="order-drawer">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label="状态">
            <Tag color={ORDER_STATE_COLORS[order.state]} data-testid="order-state">
              {ORDER_STATE_LABELS[order.state]}
            </Tag>
            {order.overdue ? <Tag color={TAG.red}>已超期</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label="诉求">{order.description}</Descriptions.Item>
          <Descriptions.Item label="办理时限">{TIME_LIMIT_LABELS[order.timeLimit]}</Descriptions.Item>
          <Descriptions.Item label="应办结时间">{formatTime(order.dueAt)}</Descriptions.Item>
          {order.department ? <Descriptions.Item label="协同部门">{order.department}</Descriptions.Item> : null}
          {order.stars ? <Descriptions.Item label="评价">{`${'★'.repeat(order.stars)}${order.ratingComment ? ` ${order.ratingComment}` : ''}`}</Descriptions.Item> : null}
        </Descriptions>
        {moves.length > 0 ? (
          <Space wrap>
            {moves.map((to) => (
              <Button key={to} type={to === moves[0] ? 'primary' : 'default'} danger={NOTE_REQUIRED.includes(to)} onClick={() => setMoving(to)}>
                {MOVE_LABELS[to]}
              </Button>
            ))}
          </Space>
        ) : null}
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          办理过程
        </Typography.Title>
        <OrderTimeline steps={order.timeline} />
      </Space>
      {moving ? <MoveDialog order={order} to={moving} onClose={() => setMoving(null)} /> : null}
    </Drawer>
  );
}

const STATE_OPTIONS = optionsOf(ORDER_STATE_LABELS);

/** The service orders page of one village. */
export default function ServiceOrders() {
  const { code = '' } = useParams();
  const [state, setState] = useState<ServiceOrderState | null>(null);
  const [overdue, setOverdue] = useState(false);
  const paging = useCursorPages();
  const after = paging.after;
  const { data, loading, error } = useQuery(OrdersQuery, {
    variables: { code, state, overdue: overdue || null, first: PAGE_SIZE, after },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const [openId, setOpenId] = useState<string | null>(null);
  if (loading && !data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const page = data?.serviceOrders;
  if (!page) return <ApiErrorResult error={error} />;
  const open = page.nodes.find((o) => o.id === openId) ?? null;
  const restart = paging.restart;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        点单式办理
      </Typography.Title>
      <PartialDataAlert error={error} />
      <Space wrap>
        <Select
          aria-label="按状态筛选"
          allowClear
          placeholder="全部状态"
          style={{ width: 160 }}
          options={STATE_OPTIONS}
          value={state}
          onChange={(v: ServiceOrderState | undefined) => {
            setState(v ?? null);
            restart();
          }}
        />
        <Checkbox
          checked={overdue}
          onChange={(e) => {
            setOverdue(e.target.checked);
            restart();
          }}
        >
          只看超期
        </Checkbox>
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={page.nodes}
        locale={{ emptyText: <Empty description={state || overdue ? '没有符合条件的点单' : '本村暂无点单'} /> }}
        data-testid="orders-table"
        columns={[
          {
            title: '服务事项',
            key: 'item',
            render: (_, o) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpenId(o.id)}>
                {o.itemName}
              </Button>
            ),
          },
          { title: '诉求', dataIndex: 'description', key: 'description', ellipsis: true },
          {
            title: '状态',
            key: 'state',
            width: 200,
            render: (_, o) => (
              <Space size={4} wrap>
                <Tag color={ORDER_STATE_COLORS[o.state]}>{ORDER_STATE_LABELS[o.state]}</Tag>
                {o.overdue ? <Tag color={TAG.red}>已超期</Tag> : null}
                {ESCALATION[o.escalationLevel] ? <Tag color={TAG.amber}>{ESCALATION[o.escalationLevel]}</Tag> : null}
              </Space>
            ),
          },
          { title: '提交时间', key: 'placedAt', width: 170, render: (_, o) => formatTime(o.placedAt) },
          { title: '应办结', key: 'dueAt', width: 170, render: (_, o) => formatTime(o.dueAt) },
        ]}
      />
      <CursorPager paging={paging} page={page} pageSize={PAGE_SIZE} loading={loading} unit="件" />
      {open ? <OrderDrawer order={open} onClose={() => setOpenId(null)} /> : null}
    </Space>
  );
}
