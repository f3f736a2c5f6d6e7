/**
 * 四议两公开: a village's decisions with the stage each has reached; one decision's stages with the votes and
 * the quorum of each meeting, its objections, and the form that records the next stage. The form shows the
 * outcome the figures give (法定人数 2/3, 过半数) as they are typed and checks them as the API does; the API's
 * field errors show under the field they name.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Descriptions, Drawer, Form, Input, InputNumber, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { splitFieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { DecisionStage, VillageDecisionQuery } from '../../gql/graphql';
import { TAG } from '../../tag-colors';
import { ApiErrorResult } from '../ApiErrorResult';
import { formatTime } from '../orders/OrderTimeline';
import { QueryTable } from '../QueryTable';
import { DECISION_STATUS_LABELS, explainVote, OUTCOME_LABELS, STAGE_LABELS, voteOutcome, VOTING_STAGES } from './decision-stages';

const DecisionsQuery = graphql(`
  query VillageDecisions($code: String!) {
    decisions(divisionCode: $code) {
      id
      title
      major
      stage
      nextStage
      status
      createdAt
      resolutionDisclosureOverdue
    }
  }
`);

const DecisionQuery = graphql(`
  query VillageDecision($id: ID!) {
    decision(id: $id) {
      id
      title
      matter
      major
      stage
      nextStage
      status
      createdAt
      resolutionDisclosureDueAt
      resolutionDisclosureOverdue
      records { id stage outcome heldAt eligible present votesFor votesAgainst abstentions implementedAt late }
      objections { id atStage text answer raisedAt answeredAt }
    }
  }
`);

const RecordStageMutation = graphql(`
  mutation RecordDecisionStage($input: RecordDecisionStageInput!) {
    recordDecisionStage(input: $input) { id stage outcome }
  }
`);

type Decision = NonNullable<VillageDecisionQuery['decision']>;
type StageForm = { heldAt: string; eligible?: number | null; present?: number | null; votesFor?: number | null; votesAgainst?: number | null; abstentions?: number | null; implementedAt?: string };
const FORM_FIELDS = ['heldAt', 'eligible', 'present', 'votesFor', 'votesAgainst', 'abstentions', 'implementedAt', 'stage'] as const;

/** `datetime-local` value of now, in the browser's zone (the county's, for its users). */
function localNow(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

const count = (label: string, name: keyof StageForm, extra: object[] = []) => (
  <Form.Item label={label} name={name} rules={[{ required: true, message: `请填写${label}` }, ...extra]}>
    <InputNumber min={0} precision={0} style={{ width: 110 }} />
  </Form.Item>
);

/** Records the next stage of a decision; for a voting stage, with its figures and the outcome they give. */
function RecordStageForm({ decision, stage, onRecorded }: { decision: Decision; stage: DecisionStage; onRecorded: () => void }) {
  const [form] = Form.useForm<StageForm>();
  const [recordStage, { loading }] = useMutation(RecordStageMutation);
  const [other, setOther] = useState<string[]>([]);
  const voting = VOTING_STAGES.has(stage);
  const eligible = Form.useWatch('eligible', form);
  const present = Form.useWatch('present', form);
  const votesFor = Form.useWatch('votesFor', form);
  const complete = voting && eligible != null && present != null && votesFor != null && eligible >= 1 && present <= eligible;
  const preview = complete ? { eligible, present, votesFor } : null;
  const submit = async (v: StageForm) => {
    setOther([]);
    try {
      await recordStage({
        variables: {
          input: {
            decisionId: decision.id,
            stage,
            heldAt: new Date(v.heldAt).toISOString(),
            ...(voting ? { eligible: v.eligible, present: v.present, votesFor: v.votesFor, votesAgainst: v.votesAgainst, abstentions: v.abstentions } : {}),
            ...(stage === 'RESULT_DISCLOSED' && v.implementedAt ? { implementedAt: new Date(v.implementedAt).toISOString() } : {}),
          },
        },
      });
      form.resetFields();
      onRecorded();
    } catch (error) {
      const split = splitFieldErrors(error, FORM_FIELDS);
      form.setFields(split.fields.filter((f) => f.name !== 'stage') as { name: keyof StageForm; errors: string[] }[]);
      setOther([...split.other, ...split.fields.filter((f) => f.name === 'stage').flatMap((f) => f.errors)]);
    }
  };
  const notFuture = { validator: (_: unknown, v: string | undefined) => (!v || new Date(v).getTime() <= Date.now() ? Promise.resolve() : Promise.reject(new Error('时间不能晚于现在'))) };
  return (
    <Form form={form} layout="vertical" onFinish={submit} disabled={loading} initialValues={{ heldAt: localNow() }} data-testid="stage-form">
      {other.length > 0 ? <Alert type="error" showIcon title={other.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form.Item label={stage.endsWith('DISCLOSED') ? '公开时间' : '召开时间'} name="heldAt" rules={[{ required: true, message: '请填写时间' }, notFuture]}>
        <Input type="datetime-local" style={{ width: 220 }} />
      </Form.Item>
      {stage === 'RESULT_DISCLOSED' ? (
        <Form.Item label="实施完成时间" name="implementedAt" rules={[{ required: true, message: '实施结果公开须填写实施完成时间' }, notFuture]}>
          <Input type="datetime-local" style={{ width: 220 }} />
        </Form.Item>
      ) : null}
      {voting ? (
        <>
          <Space wrap align="start">
            {count('应到人数', 'eligible', [{ type: 'number', min: 1, message: '应到人数至少为 1' }])}
            {count('实到人数', 'present', [
              ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
                validator: (_: unknown, v: number | null | undefined) => (v == null || v <= ((getFieldValue('eligible') as number | null) ?? Infinity) ? Promise.resolve() : Promise.reject(new Error('实到人数不能超过应到人数'))),
              }),
            ])}
            {count('赞成票', 'votesFor')}
            {count('反对票', 'votesAgainst')}
            {count('弃权票', 'abstentions', [
              ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
                validator: (_: unknown, v: number | null | undefined) => {
                  const sum = (v ?? 0) + ((getFieldValue('votesFor') as number | null) ?? 0) + ((getFieldValue('votesAgainst') as number | null) ?? 0);
                  const p = getFieldValue('present') as number | null;
                  return p == null || sum <= p ? Promise.resolve() : Promise.reject(new Error('票数合计不能超过实到人数'));
                },
              }),
            ])}
          </Space>
          <div aria-live="polite" data-testid="vote-preview" style={{ marginBottom: 16 }}>
            {preview ? (
              <Space wrap>
                <Tag color={OUTCOME_LABELS[voteOutcome(preview)].color}>{OUTCOME_LABELS[voteOutcome(preview)].label}</Tag>
                <Typography.Text>{explainVote(preview)}</Typography.Text>
              </Space>
            ) : (
              <Typography.Text type="secondary">法定人数：实到须不少于应到的三分之二；通过：赞成须超过实到人数的一半。</Typography.Text>
            )}
          </div>
        </>
      ) : null}
      <Button type="primary" htmlType="submit" loading={loading}>
        记录「{STAGE_LABELS[stage]}」
      </Button>
    </Form>
  );
}

/** One decision: its matter, stages with votes and quorum, objections, and the next stage to record. */
function DecisionDrawer({ id, onClose, onChanged }: { id: string; onClose: () => void; onChanged: () => void }) {
  const { data, loading, error, refetch } = useQuery(DecisionQuery, { variables: { id }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const d = data?.decision;
  return (
    <Drawer open title={d?.title ?? '决策'} onClose={onClose} size={620} data-testid="decision-drawer">
      {loading && !data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : !d ? (
        <ApiErrorResult error={error} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="事项">{d.matter}</Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag color={DECISION_STATUS_LABELS[d.status].color} data-testid="decision-status">
                {DECISION_STATUS_LABELS[d.status].label}
              </Tag>
              {d.major ? <Tag color={TAG.purple}>重大事项</Tag> : null}
              {d.resolutionDisclosureOverdue ? <Tag color={TAG.red}>决议逾期未公开</Tag> : null}
            </Descriptions.Item>
            {d.resolutionDisclosureDueAt ? <Descriptions.Item label="决议公开期限">{formatTime(d.resolutionDisclosureDueAt)}</Descriptions.Item> : null}
          </Descriptions>
          <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
            四议两公开
          </Typography.Title>
          <Timeline
            data-testid="decision-stages"
            items={d.records.map((r) => ({
              key: r.id,
              content: (
                <div data-testid="decision-stage">
                  <Space wrap size="small">
                    <Typography.Text strong>{STAGE_LABELS[r.stage]}</Typography.Text>
                    <Tag color={OUTCOME_LABELS[r.outcome].color}>{OUTCOME_LABELS[r.outcome].label}</Tag>
                    {r.late ? <Tag color={TAG.red}>逾期公开</Tag> : null}
                    <Typography.Text type="secondary">{formatTime(r.heldAt)}</Typography.Text>
                  </Space>
                  {r.eligible != null && r.present != null && r.votesFor != null ? (
                    <div>
                      {explainVote({ eligible: r.eligible, present: r.present, votesFor: r.votesFor })}；反对 {r.votesAgainst ?? 0} 票，弃权 {r.abstentions ?? 0} 票
                    </div>
                  ) : null}
                  {r.implementedAt ? <div>实施完成：{formatTime(r.implementedAt)}</div> : null}
                </div>
              ),
            }))}
          />
          {d.status === 'IN_PROGRESS' && d.nextStage ? (
            <>
              <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
                下一步：{STAGE_LABELS[d.nextStage]}
              </Typography.Title>
              <RecordStageForm
                key={d.nextStage}
                decision={d}
                stage={d.nextStage}
                onRecorded={() => {
                  void refetch();
                  onChanged();
                }}
              />
            </>
          ) : null}
          <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
            村务监督意见（{d.objections.length}）
          </Typography.Title>
          {d.objections.length === 0 ? (
            <Typography.Text type="secondary">暂无监督意见</Typography.Text>
          ) : (
            d.objections.map((o) => (
              <div key={o.id}>
                <Typography.Text>
                  {o.atStage ? `${STAGE_LABELS[o.atStage]}后：` : ''}
                  {o.text}
                </Typography.Text>
                <div>
                  <Typography.Text type="secondary">{o.answer ? `答复：${o.answer}` : '待答复'}</Typography.Text>
                </div>
              </div>
            ))
          )}
        </Space>
      )}
    </Drawer>
  );
}

/** The decisions of one village. */
export default function DecisionsTab({ code }: { code: string }) {
  const { data, loading, error, refetch } = useQuery(DecisionsQuery, { variables: { code }, errorPolicy: 'all' });
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <>
      <QueryTable
        query={{ data, loading, error }}
        rows={data?.decisions}
        rowKey="id"
        testId="decisions-table"
        empty="暂无决策事项"
        skeletonRows={6}
        columns={[
          {
            title: '事项',
            key: 'title',
            render: (_, d) => (
              <Button type="link" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setOpenId(d.id)}>
                {d.title}
              </Button>
            ),
          },
          { title: '已完成阶段', key: 'stage', render: (_, d) => (d.stage ? STAGE_LABELS[d.stage] : '—') },
          { title: '下一步', key: 'next', render: (_, d) => (d.status === 'IN_PROGRESS' && d.nextStage ? STAGE_LABELS[d.nextStage] : '—') },
          {
            title: '状态',
            key: 'status',
            render: (_, d) => (
              <Space size={4} wrap>
                <Tag color={DECISION_STATUS_LABELS[d.status].color}>{DECISION_STATUS_LABELS[d.status].label}</Tag>
                {d.resolutionDisclosureOverdue ? <Tag color={TAG.red}>决议逾期未公开</Tag> : null}
              </Space>
            ),
          },
          { title: '提出时间', key: 'createdAt', render: (_, d) => formatTime(d.createdAt) },
        ]}
      />
      {openId ? <DecisionDrawer id={openId} onClose={() => setOpenId(null)} onChanged={() => void refetch()} /> : null}
    </>
  );
}
