import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AssessmentKind, AssessmentStepKind, CadrePost, DutyListKind, LeaderLevel } from './governance.enums';

/** 村干部: a post held for a term; the secretary may also chair the villagers' committee (一肩挑). */
@Entity({ tableName: 'cadre' })
@ObjectType('Cadre', { description: '村干部 (village cadre: post and term)' })
export class Cadre {
  [OptionalProps]?: 'id' | 'termEnd' | 'holdsBothPosts' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '村干部编号 (cadre id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '所属村代码 (village code)' })
  villageCode!: string;

  @Property({ type: 'string', length: 50 })
  @Field(() => String, { description: '姓名 (name)' })
  name!: string;

  @Enum({ items: () => CadrePost })
  @Field(() => CadrePost, { description: '职务 (post)' })
  post!: CadrePost;

  @Property({ type: 'string', columnType: 'date' })
  @Field(() => String, { description: '任期开始 (term start, YYYY-MM-DD)' })
  termStart!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '任期结束 (term end; null while serving)' })
  termEnd: string | null = null;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: '一肩挑 (the party secretary also chairs the villagers\' committee)' })
  holdsBothPosts: boolean = false;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

/** 权责三张清单: one version of one of the village secretary's three lists; versions are never changed. */
@Entity({ tableName: 'duty_list' })
@Unique({ properties: ['villageCode', 'kind', 'version'] })
@ObjectType('DutyList', { description: '权责清单 (one version of a village party secretary\'s power, responsibility or negative list)' })
export class DutyList {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '版本编号 (id of this version)' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '所属村代码 (village code)' })
  villageCode!: string;

  @Enum({ items: () => DutyListKind })
  @Field(() => DutyListKind, { description: '类别 (kind)' })
  kind!: DutyListKind;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '版本号 (version, 1 for the first)' })
  version!: number;

  @Property({ type: 'json' })
  @Field(() => [String], { description: '清单事项 (items, in order)' })
  items!: string[];

  @Property({ type: 'string', columnType: 'date' })
  @Field(() => String, { description: '发布日期 (published on, YYYY-MM-DD)' })
  publishedOn!: string;

  @Property({ type: 'string', length: 64 })
  @Field(() => String, { description: '发布人 (username who published it)' })
  publishedBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

/** 重点村提级监督: the county flags a village for supervision one level up, for a period. */
@Entity({ tableName: 'elevated_supervision' })
@ObjectType('ElevatedSupervision', { description: '重点村提级监督 (a village under supervision one level up; seen by the county and the township)' })
export class ElevatedSupervision {
  [OptionalProps]?: 'id' | 'endedOn' | 'endReason' | 'endedBy' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '编号 (id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  villageCode!: string;

  @Property({ type: 'string', length: 500 })
  @Field(() => String, { description: '列为重点村的原因 (reason)' })
  reason!: string;

  @Property({ type: 'string', columnType: 'date' })
  @Field(() => String, { description: '监督开始 (from, YYYY-MM-DD)' })
  fromOn!: string;

  @Property({ type: 'string', columnType: 'date' })
  @Field(() => String, { description: '监督结束 (to, YYYY-MM-DD, inclusive)' })
  toOn!: string;

  @Property({ type: 'string', length: 64 })
  @Field(() => String, { description: '设定人 (county admin who set it)' })
  flaggedBy!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '提前结束日期 (ended early on; null unless ended)' })
  endedOn: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: '结束原因 (why it ended early)' })
  endReason: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  endedBy: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '设定时间 (recorded at)' })
  createdAt: Date = new Date();
}

/** 党委班子成员联系点: a county or township leader guides a village party organization. */
@Entity({ tableName: 'liaison_point' })
@ObjectType('LiaisonPoint', { description: '党委班子成员联系点 (a county or township leader linked to a village party organization)' })
export class LiaisonPoint {
  [OptionalProps]?: 'id' | 'endOn' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '联系点编号 (id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '联系村代码 (village code)' })
  villageCode!: string;

  @Property({ type: 'uuid' })
  @Field(() => String, { description: '联系的党组织编号 (village party organization)' })
  partyOrganizationId!: string;

  @Property({ type: 'string', length: 50 })
  @Field(() => String, { description: '领导姓名 (leader\'s name)' })
  leaderName!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '领导职务 (leader\'s title, e.g. 县委常委、组织部部长)' })
  leaderTitle!: string;

  @Enum({ items: () => LeaderLevel })
  @Field(() => LeaderLevel, { description: '层级 (county or township)' })
  leaderLevel!: LeaderLevel;

  @Property({ type: 'string', columnType: 'date' })
  @Field(() => String, { description: '开始日期 (from, YYYY-MM-DD)' })
  startOn!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '结束日期 (until; null while active)' })
  endOn: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

/** 结对帮带: an experienced cadre ("老乡镇", "老支书") mentors a new village party secretary. */
@Entity({ tableName: 'mentorship' })
@ObjectType('Mentorship', { description: '结对帮带 (an experienced cadre mentoring a new village party secretary)' })
export class Mentorship {
  [OptionalProps]?: 'id' | 'endOn' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '帮带编号 (id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '新书记所在村代码 (village code of the mentee)' })
  villageCode!: string;

  @Property({ type: 'string', length: 50 })
  @Field(() => String, { description: '帮带人 (mentor\'s name)' })
  mentorName!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '帮带人身份 (who the mentor is, e.g. 老支书, 老乡镇)' })
  mentorBackground!: string;

  @Property({ type: 'uuid' })
  @Field(() => String, { description: '新任书记的村干部编号 (the mentee, a SECRETARY cadre)' })
  menteeCadreId!: string;

  @Property({ type: 'string', columnType: 'date' })
  @Field(() => String, { description: '开始日期 (start, YYYY-MM-DD)' })
  startOn!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '结束日期 (end; null while ongoing)' })
  endOn: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

/** 政治体检 / 述查谈评改: an assessment of a village's cadres, done step by step. */
@Entity({ tableName: 'assessment' })
@ObjectType('Assessment', { description: '考核 (political checkup or 述查谈评改 assessment of a village\'s cadres)' })
export class Assessment {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '考核编号 (id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  villageCode!: string;

  @Enum({ items: () => AssessmentKind })
  @Field(() => AssessmentKind, { description: '类别 (kind)' })
  kind!: AssessmentKind;

  @Property({ type: 'string', length: 20 })
  @Field(() => String, { description: '考核期 (period, e.g. 2024 or 2024H1)' })
  period!: string;

  @Property({ type: 'string', length: 64 })
  @Field(() => String, { description: '发起人 (username who opened it)' })
  openedBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '发起时间 (opened at)' })
  createdAt: Date = new Date();
}

/** One recorded step of an assessment, with its score and findings; steps are recorded in order, once each. */
@Entity({ tableName: 'assessment_step' })
@Unique({ properties: ['assessmentId', 'step'] })
@ObjectType('AssessmentStep', { description: '考核步骤记录 (one step of an assessment with its score and findings)' })
export class AssessmentStep {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  assessmentId!: string;

  @Enum({ items: () => AssessmentStepKind })
  @Field(() => AssessmentStepKind, { description: '步骤 (step)' })
  step!: AssessmentStepKind;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '得分 (score, 0–100)' })
  score!: number;

  @Property({ type: 'text' })
  @Field(() => String, { description: '发现的问题与结论 (findings)' })
  findings!: string;

  @Property({ type: 'string', columnType: 'date' })
  @Field(() => String, { description: '日期 (date, YYYY-MM-DD)' })
  recordedOn!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

/** 整改事项: a finding to put right, with an owner and a due date; overdue while open after the due date. */
@Entity({ tableName: 'rectification_item' })
@ObjectType('RectificationItem', { description: '整改事项 (a rectification item of an assessment; overdue items are visible to the township)' })
export class RectificationItem {
  [OptionalProps]?: 'id' | 'completedOn' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '整改事项编号 (id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  @Field(() => String, { description: '考核编号 (assessment id)' })
  assessmentId!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  villageCode!: string;

  @Property({ type: 'string', length: 500 })
  @Field(() => String, { description: '整改内容 (what must be put right)' })
  description!: string;

  @Property({ type: 'string', length: 50 })
  @Field(() => String, { description: '责任人 (owner)' })
  owner!: string;

  @Property({ type: 'string', columnType: 'date' })
  @Field(() => String, { description: '整改期限 (due on, YYYY-MM-DD)' })
  dueOn!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '完成日期 (completed on; null while open)' })
  completedOn: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
