/**
 * 村民 (a phone, 375 px wide): a villager orders a service from the county catalogue and follows it to
 * its rating, signs the household up for activities, votes in star campaigns as a representative, and
 * makes a wish. Everything the page shows comes in one query; each action is one mutation.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Form, Input, List, Rate, Result, Select, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { apiErrors, describe, splitFieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { VillagerHomeQuery, VillagerHomeQueryVariables, WishBeneficiary, WishKind } from '../../gql/graphql';
import { endSession, useSession } from '../../session';
import { ORDER_STATE_COLORS, ORDER_STATE_LABELS, TIME_LIMIT_LABELS } from '../orders/order-states';
import { formatTime, OrderTimeline } from '../orders/OrderTimeline';
import { ACTIVITY_KINDS } from '../village/activity-fields';
import { BENEFICIARIES, STAR_KINDS, WISH_KINDS, WISH_STATES } from '../village/culture-labels';
import { optionsOf } from '../../options';

const HomeQuery = graphql(`
  query VillagerHome($village: String!, $county: String!, $from: DateTimeISO!) {
    myHousehold { id address headName residents { id name } }
    serviceCatalogue(countyCode: $county) { categories { id name items { id name timeLimit } } }
    serviceOrders(divisionCode: $village, first: 20) {
      totalCount
      nodes { ...VillagerOrderFields }
    }
    activities(divisionCode: $village, from: $from) {
      ...ActivitySummaryFields
      signUps { id residentId status position }
    }
    starCampaigns(divisionCode: $village, state: VOTING) {
      id quarter kind votingClosesAt
      nominations { id nomineeName reason struckReason }
    }
    wishes(divisionCode: $village) { id householdId beneficiary kind text state madeAt claimantName }
  }
`);

/** What the villager sees of an order (the mutations return the same, so the card updates in place). */
export const VillagerOrderFields = graphql(`
  fragment VillagerOrderFields on ServiceOrder {
    id
    itemName
    timeLimit
    description
    state
    placedAt
    dueAt
    stars
    ratingComment
    timeline { to at by note }
  }
`);

const PlaceOrder = graphql(`
  mutation PlaceServiceOrder($input: PlaceServiceOrderInput!) {
    placeServiceOrder(input: $input) { ...VillagerOrderFields }
  }
`);

const RateOrder = graphql(`
  mutation RateServiceOrder($input: RateServiceOrderInput!) {
    rateServiceOrder(input: $input) { ...VillagerOrderFields }
  }
`);

const SignUp = graphql(`
  mutation SignUpForActivity($input: SignUpForActivityInput!) {
    signUpForActivity(input: $input) { id residentId status position }
  }
`);

const CastVote = graphql(`
  mutation CastStarVote($input: CastStarVoteInput!) {
    castStarVote(input: $input) { id }
  }
`);

const MakeWish = graphql(`
  mutation MakeWish($input: MakeWishInput!) {
    makeWish(input: $input) { id householdId beneficiary kind text state madeAt claimantName }
  }
`);

type Home = VillagerHomeQuery;
type HomeVars = VillagerHomeQueryVariables;
type Order = NonNullable<Home['serviceOrders']>['nodes'][number];

/** 中国大陆手机号, the rule the grid service applies to a contact phone. */
export const PHONE = /^1[3-9]\d{9}$/;


/** One error line for an action that failed outside any form field. */
function errorText(error: unknown): string {
  return [...new Set(apiErrors(error).map(describe))].join(' ');
}

/** 我要办事: choose an item of the catalogue, say what is needed, send it. */
function OrderForm({ home, vars, onPlaced }: { home: Home; vars: HomeVars; onPlaced: () => void }) {
  const [form] = Form.useForm<{ itemId: string; description: string; contactPhone?: string }>();
  // The new order goes straight into the page's cached list: the page does not depend on a refetch of every service.
  const [place, { loading }] = useMutation(PlaceOrder, {
    update: (cache, { data }) => {
      const order = data?.placeServiceOrder;
      if (!order) return;
      cache.updateQuery({ query: HomeQuery, variables: vars }, (d) =>
        d?.serviceOrders ? { ...d, serviceOrders: { ...d.serviceOrders, totalCount: d.serviceOrders.totalCount + 1, nodes: [order, ...d.serviceOrders.nodes] } } : d,
      );
    },
  });
  const [other, setOther] = useState<string[]>([]);
  const household = home.myHousehold;
  if (!household) return <Alert type="info" showIcon title="您的账户尚未关联到本村的户，请联系村干部。" />;
  const options = (home.serviceCatalogue?.categories ?? []).map((c) => ({
    label: c.name,
    title: c.name,
    options: c.items.map((i) => ({ value: i.id, label: `${i.name}（${TIME_LIMIT_LABELS[i.timeLimit]}）` })),
  }));
  const submit = async (v: { itemId: string; description: string; contactPhone?: string }) => {
    setOther([]);
    try {
      await place({ variables: { input: { householdId: household.id, itemId: v.itemId, description: v.description.trim(), channel: 'APP', contactPhone: v.contactPhone?.trim() || null } } });
      form.resetFields();
      onPlaced();
    } catch (error) {
      const split = splitFieldErrors(error, ['itemId', 'description', 'contactPhone']);
      form.setFields(split.fields);
      setOther(split.other);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} disabled={loading}>
      {other.length > 0 ? <Alert type="error" showIcon title={other.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form.Item label="服务事项" name="itemId" rules={[{ required: true, message: '请选择服务事项' }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={options} placeholder="从服务清单中选择" />
      </Form.Item>
      <Form.Item label="需要办理的事" name="description" rules={[{ required: true, whitespace: true, message: '请说明需要办理的事' }]}>
        <Input.TextArea rows={3} maxLength={500} placeholder="例如：家里老人需要办理高龄补贴" />
      </Form.Item>
      <Form.Item label="联系电话（选填）" name="contactPhone" rules={[{ pattern: PHONE, message: '请输入 11 位手机号' }]}>
        <Input inputMode="tel" maxLength={11} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={loading}>
        提交点单
      </Button>
    </Form>
  );
}

/** 评价: stars and a comment once the order is resolved. */
function RateForm({ order }: { order: Order }) {
  const [form] = Form.useForm<{ stars: number; comment?: string }>();
  const [rate, { loading }] = useMutation(RateOrder);
  const [other, setOther] = useState<string[]>([]);
  const submit = async (v: { stars: number; comment?: string }) => {
    setOther([]);
    try {
      await rate({ variables: { input: { orderId: order.id, stars: v.stars, comment: v.comment?.trim() || null } } });
    } catch (error) {
      const split = splitFieldErrors(error, ['stars', 'comment']);
      form.setFields(split.fields);
      setOther(split.other);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} disabled={loading} data-testid="rate-form">
      {other.length > 0 ? <Alert type="error" showIcon title={other.join(' ')} style={{ marginBottom: 12 }} /> : null}
      <Form.Item label="满意度" name="stars" rules={[{ required: true, message: '请选择星级' }]}>
        <Rate count={5} />
      </Form.Item>
      <Form.Item label="评价（选填）" name="comment">
        <Input maxLength={200} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading}>
        提交评价
      </Button>
    </Form>
  );
}

/** 我的点单: the household's orders with state, timeline, and the rating when resolved. */
function MyOrders({ orders }: { orders: readonly Order[] }) {
  if (orders.length === 0) return <Empty description="还没有点单" />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="my-orders">
      {orders.map((o) => (
        <Card key={o.id} size="small" title={<h3 style={{ fontSize: 15, margin: 0 }}>{o.itemName}</h3>} extra={<Tag color={ORDER_STATE_COLORS[o.state]}>{ORDER_STATE_LABELS[o.state]}</Tag>} data-testid="my-order">
          <Typography.Paragraph style={{ marginBottom: 8 }}>{o.description}</Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            应办结：{formatTime(o.dueAt)}
          </Typography.Paragraph>
          <OrderTimeline steps={o.timeline} showBy={false} />
          {o.state === 'RESOLVED' ? <RateForm order={o} /> : null}
          {o.stars ? <Typography.Text>我的评价：{'★'.repeat(o.stars)}</Typography.Text> : null}
        </Card>
      ))}
    </Space>
  );
}

/** 活动报名: upcoming activities of the village; a member of the household signs up online. */
function Activities({ home }: { home: Home }) {
  const [signUp, { loading }] = useMutation(SignUp, { refetchQueries: ['VillagerHome'] });
  const [who, setWho] = useState<string | undefined>(home.myHousehold?.residents[0]?.id);
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const residents = home.myHousehold?.residents ?? [];
  const activities = home.activities ?? [];
  if (activities.length === 0) return <Empty description="近期没有活动" />;
  const nameOf = (id: string) => residents.find((r) => r.id === id)?.name ?? '';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        <label htmlFor="signup-who">报名人</label>
        <Select id="signup-who" style={{ width: 160 }} value={who} onChange={setWho} options={residents.map((r) => ({ value: r.id, label: r.name }))} />
      </Space>
      {message ? <Alert type={message.type} showIcon title={message.text} data-testid="signup-message" /> : null}
      <List
        dataSource={activities}
        renderItem={(a) => {
          const mine = a.signUps.filter((s) => s.status !== 'CANCELLED');
          return (
            <List.Item
              key={a.id}
              actions={[
                <Button
                  key="sign"
                  size="small"
                  disabled={!who || loading || mine.some((s) => s.residentId === who)}
                  aria-label={`报名 ${a.title}`}
                  onClick={async () => {
                    setMessage(null);
                    try {
                      const r = await signUp({ variables: { input: { activityId: a.id, residentId: who!, channel: 'ONLINE' } } });
                      const s = r.data?.signUpForActivity;
                      setMessage({ type: 'success', text: s?.status === 'WAITLISTED' ? `名额已满，已排在候补第 ${s.position} 位` : `${nameOf(who!)}已报名「${a.title}」` });
                    } catch (error) {
                      setMessage({ type: 'error', text: errorText(error) });
                    }
                  }}
                >
                  报名
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={a.title}
                description={
                  <span>
                    {ACTIVITY_KINDS[a.kind]} · {formatTime(a.startsAt)}
                    {a.venue ? ` · ${a.venue.name}` : ''} · 已报名 {a.signedUp}/{a.capacity}
                    {mine.length > 0 ? ` · 本户已报名：${mine.map((s) => nameOf(s.residentId) || '家人').join('、')}` : ''}
                  </span>
                }
              />
            </List.Item>
          );
        }}
      />
    </Space>
  );
}

/** 百家明星 投票: campaigns in their voting period; a representative votes once per campaign. */
function StarVotes({ home }: { home: Home }) {
  const [vote, { loading }] = useMutation(CastVote);
  const [voted, setVoted] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const campaigns = home.starCampaigns ?? [];
  if (campaigns.length === 0) return <Empty description="目前没有正在投票的评选" />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">由本村村民代表投票，每次评选每人一票。</Typography.Paragraph>
      {message ? <Alert type={message.type} showIcon title={message.text} data-testid="vote-message" /> : null}
      {campaigns.map((c) => (
        <Card key={c.id} size="small" title={<h3 style={{ fontSize: 15, margin: 0 }}>{`${c.quarter} ${STAR_KINDS[c.kind] ?? c.kind}`}</h3>}>
          <Typography.Paragraph type="secondary">投票截止：{formatTime(c.votingClosesAt)}</Typography.Paragraph>
          <List
            dataSource={c.nominations.filter((n) => !n.struckReason)}
            renderItem={(n) => (
              <List.Item
                key={n.id}
                actions={[
                  <Button
                    key="vote"
                    size="small"
                    type={voted[c.id] === n.id ? 'primary' : 'default'}
                    disabled={loading || Boolean(voted[c.id])}
                    aria-label={`投票给 ${n.nomineeName}`}
                    onClick={async () => {
                      setMessage(null);
                      try {
                        await vote({ variables: { input: { campaignId: c.id, nominationId: n.id } } });
                        setVoted((v) => ({ ...v, [c.id]: n.id }));
                        setMessage({ type: 'success', text: `已投票给 ${n.nomineeName}` });
                      } catch (error) {
                        setMessage({ type: 'error', text: apiErrors(error).some((e) => e.code === 'FORBIDDEN') ? '只有本村村民代表可以投票。' : errorText(error) });
                      }
                    }}
                  >
                    {voted[c.id] === n.id ? '已投' : '投票'}
                  </Button>,
                ]}
              >
                <List.Item.Meta title={n.nomineeName} description={n.reason} />
              </List.Item>
            )}
          />
        </Card>
      ))}
    </Space>
  );
}

/** 百家心愿: the household's wishes and a form for a new one (一老一小). */
function Wishes({ home, vars }: { home: Home; vars: HomeVars }) {
  const session = useSession();
  const [form] = Form.useForm<{ wisherName: string; beneficiary: WishBeneficiary; kind: WishKind; text: string }>();
  const [make, { loading }] = useMutation(MakeWish, {
    update: (cache, { data }) => {
      const wish = data?.makeWish;
      if (!wish) return;
      cache.updateQuery({ query: HomeQuery, variables: vars }, (d) => (d ? { ...d, wishes: [wish, ...(d.wishes ?? [])] } : d));
    },
  });
  const [other, setOther] = useState<string[]>([]);
  const household = home.myHousehold;
  if (!household) return <Alert type="info" showIcon title="您的账户尚未关联到本村的户，请联系村干部。" />;
  const mine = (home.wishes ?? []).filter((w) => w.householdId === household.id);
  const submit = async (v: { wisherName: string; beneficiary: WishBeneficiary; kind: WishKind; text: string }) => {
    setOther([]);
    try {
      await make({ variables: { input: { householdId: household.id, wisherName: v.wisherName.trim(), beneficiary: v.beneficiary, kind: v.kind, text: v.text.trim() } } });
      form.resetFields(['text']);
    } catch (error) {
      const split = splitFieldErrors(error, ['wisherName', 'beneficiary', 'kind', 'text']);
      form.setFields(split.fields);
      setOther(split.other);
    }
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form form={form} layout="vertical" onFinish={submit} disabled={loading} initialValues={{ wisherName: household.residents[0]?.name ?? session?.viewer.displayName, beneficiary: 'ELDERLY', kind: 'COMPANIONSHIP' }}>
        {other.length > 0 ? <Alert type="error" showIcon title={other.join(' ')} style={{ marginBottom: 16 }} /> : null}
        <Form.Item label="许愿人" name="wisherName" rules={[{ required: true, whitespace: true, message: '请填写许愿人' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="心愿对象" name="beneficiary" rules={[{ required: true }]}>
          <Select options={optionsOf(BENEFICIARIES)} />
        </Form.Item>
        <Form.Item label="心愿类型" name="kind" rules={[{ required: true }]}>
          <Select options={optionsOf(WISH_KINDS)} />
        </Form.Item>
        <Form.Item label="心愿内容" name="text" rules={[{ required: true, whitespace: true, message: '请写下心愿' }]}>
          <Input.TextArea rows={3} maxLength={300} placeholder="例如：希望有人每周陪奶奶聊聊天" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading}>
          许下心愿
        </Button>
      </Form>
      {mine.length > 0 ? (
        <List
          header={<h3 style={{ fontSize: 15, margin: 0 }}>本户的心愿</h3>}
          dataSource={mine}
          data-testid="my-wishes"
          renderItem={(w) => (
            <List.Item key={w.id} extra={<Tag>{WISH_STATES[w.state] ?? w.state}</Tag>}>
              <List.Item.Meta title={`${BENEFICIARIES[w.beneficiary]} · ${WISH_KINDS[w.kind]}`} description={`${w.text}${w.claimantName ? `（${w.claimantName} 认领）` : ''}`} />
            </List.Item>
          )}
        />
      ) : null}
    </Space>
  );
}

/** The villager's page: a compact header and the four tabs. */
export default function Villager() {
  const session = useSession();
  const navigate = useNavigate();
  const [tab, setTab] = useState('order');
  // Activities from the start of today on: the one moment is fixed for the page's life so the query is stable.
  const [from] = useState(() => new Date(new Date().setHours(0, 0, 0, 0)).toISOString());
  const village = session?.viewer.scope.slice(0, 12) ?? '';
  const vars: HomeVars = { village, county: village.slice(0, 6), from };
  const { data, loading, error, refetch } = useQuery(HomeQuery, { variables: vars, errorPolicy: 'all', skip: !session, notifyOnNetworkStatusChange: true });
  const retry = (
    <Button size="small" onClick={() => void refetch().catch(() => undefined)} loading={loading}>
      重试
    </Button>
  );
  if (!session) return null;
  let body: React.ReactNode;
  if (loading && !data) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (!data) body = <Result status="error" title="加载失败" subTitle={errorText(error)} extra={retry} />;
  else
    body = (
      <>
        {error ? <Alert type="warning" showIcon title="部分内容未能显示" description={errorText(error)} action={retry} style={{ marginBottom: 12 }} /> : null}
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'order', label: '我要办事', children: <OrderForm home={data} vars={vars} onPlaced={() => setTab('orders')} /> },
            { key: 'orders', label: `我的点单${data.serviceOrders ? ` ${data.serviceOrders.totalCount}` : ''}`, children: <MyOrders orders={data.serviceOrders?.nodes ?? []} /> },
            { key: 'activities', label: '活动', children: <Activities home={data} /> },
            { key: 'stars', label: '评星', children: <StarVotes home={data} /> },
            { key: 'wishes', label: '心愿', children: <Wishes home={data} vars={vars} /> },
          ]}
        />
      </>
    );
  return (
    <div className="villager-page">
      <header className="villager-header">
        <span style={{ fontWeight: 600 }}>善治 · 村民</span>
        <span>{session.viewer.displayName}</span>
        <Button
          size="small"
          onClick={() => {
            endSession();
            navigate('/login', { replace: true });
          }}
        >
          退出
        </Button>
      </header>
      <main className="villager-main">{body}</main>
    </div>
  );
}
