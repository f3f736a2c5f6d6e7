import { IsDivisionCode, TextField } from '@shanzhi/kit';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { AssessmentKind, AssessmentStepKind, CadrePost, DutyListKind, LeaderLevel } from '../entities/governance.enums';

/** Input of `recordCadre`. */
@InputType('RecordCadreInput', { description: '登记村干部 (record a cadre\'s post and term)' })
export class RecordCadreInput {
  @TextField({ description: '村代码 (village code)' })
  @IsDivisionCode()
  divisionCode!: string;

  @TextField({ maxLength: 50, description: '姓名 (name)' })
  name!: string;

  @Field(() => CadrePost, { description: '职务 (post)' })
  @IsEnum(CadrePost)
  post!: CadrePost;

  @TextField({ description: '任期开始 (term start, YYYY-MM-DD)' })
  termStart!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: '一肩挑 (the secretary also chairs the villagers\' committee; only for SECRETARY)' })
  @IsOptional()
  @IsBoolean()
  holdsBothPosts?: boolean | null;
}

/** Input of `endCadreTerm`. */
@InputType('EndCadreTermInput', { description: '结束任期 (end a cadre\'s term)' })
export class EndCadreTermInput {
  @TextField({ type: 'ID', description: '村干部编号 (cadre id)' })
  cadreId!: string;

  @TextField({ description: '任期结束 (term end, YYYY-MM-DD)' })
  termEnd!: string;
}

/** Input of `publishDutyList`. */
@InputType('PublishDutyListInput', { description: '发布权责清单新版本 (publish the next version of a duty list)' })
export class PublishDutyListInput {
  @TextField({ description: '村代码 (village code)' })
  @IsDivisionCode()
  divisionCode!: string;

  @Field(() => DutyListKind, { description: '类别 (kind)' })
  @IsEnum(DutyListKind)
  kind!: DutyListKind;

  @Field(() => [String], { description: '清单事项 (items, 1–100, each at most 500 characters)' })
  @ArrayMinSize(1, { message: '清单至少一项 (a list has at least one item)' })
  @ArrayMaxSize(100)
  items!: string[];

  @TextField({ description: '发布日期 (published on, YYYY-MM-DD)' })
  publishedOn!: string;
}

/** Input of `flagElevatedSupervision`. */
@InputType('FlagElevatedSupervisionInput', { description: '列为重点村提级监督 (flag a village for elevated supervision; county admins only)' })
export class FlagElevatedSupervisionInput {
  @TextField({ description: '村代码 (village code)' })
  @IsDivisionCode()
  divisionCode!: string;

  @TextField({ maxLength: 500, description: '原因 (reason)' })
  reason!: string;

  @TextField({ description: '开始 (from, YYYY-MM-DD)' })
  from!: string;

  @TextField({ description: '结束 (to, YYYY-MM-DD, inclusive)' })
  to!: string;
}

/** Input of `endElevatedSupervision`. */
@InputType('EndElevatedSupervisionInput', { description: '结束提级监督 (end a flag early; county admins only)' })
export class EndElevatedSupervisionInput {
  @TextField({ type: 'ID', description: '编号 (id of the flag)' })
  id!: string;

  @TextField({ maxLength: 500, description: '原因 (reason)' })
  reason!: string;
}

/** Input of `createLiaisonPoint`. */
@InputType('CreateLiaisonPointInput', { description: '建立联系点 (link a county or township leader to a village party organization)' })
export class CreateLiaisonPointInput {
  @TextField({ type: 'ID', description: '村级党组织编号 (the village party organization)' })
  partyOrganizationId!: string;

  @TextField({ maxLength: 50, description: '领导姓名 (leader\'s name)' })
  leaderName!: string;

  @TextField({ maxLength: 100, description: '领导职务 (leader\'s title)' })
  leaderTitle!: string;

  @Field(() => LeaderLevel, { description: '层级 (county or township)' })
  @IsEnum(LeaderLevel)
  leaderLevel!: LeaderLevel;

  @TextField({ description: '开始日期 (from, YYYY-MM-DD)' })
  startOn!: string;
}

/** Input of `createMentorship`. */
@InputType('CreateMentorshipInput', { description: '建立结对帮带 (pair an experienced cadre with a new village party secretary)' })
export class CreateMentorshipInput {
  @TextField({ type: 'ID', description: '新任书记的村干部编号 (the mentee: a serving SECRETARY)' })
  menteeCadreId!: string;

  @TextField({ maxLength: 50, description: '帮带人 (mentor\'s name)' })
  mentorName!: string;

  @TextField({ maxLength: 100, description: '帮带人身份 (who the mentor is, e.g. 老支书, 老乡镇)' })
  mentorBackground!: string;

  @TextField({ description: '开始日期 (start, YYYY-MM-DD)' })
  startOn!: string;

  @TextField({ nullable: true, description: '结束日期 (planned end, YYYY-MM-DD)' })
  @IsOptional()
  endOn?: string | null;
}

/** Input of `openAssessment`. */
@InputType('OpenAssessmentInput', { description: '发起考核 (open a political checkup or 述查谈评改 assessment of a village\'s cadres)' })
export class OpenAssessmentInput {
  @TextField({ description: '村代码 (village code)' })
  @IsDivisionCode()
  divisionCode!: string;

  @Field(() => AssessmentKind, { description: '类别 (kind)' })
  @IsEnum(AssessmentKind)
  kind!: AssessmentKind;

  @TextField({ maxLength: 20, description: '考核期 (period, e.g. 2024)' })
  period!: string;
}

/** Input of `recordAssessmentStep`. */
@InputType('RecordAssessmentStepInput', { description: '记录考核步骤 (record the next step with its score and findings)' })
export class RecordAssessmentStepInput {
  @TextField({ type: 'ID', description: '考核编号 (assessment id)' })
  assessmentId!: string;

  @Field(() => AssessmentStepKind, { description: '步骤 (the next step: REPORT, CHECK, TALK, EVALUATE, RECTIFY in order)' })
  @IsEnum(AssessmentStepKind)
  step!: AssessmentStepKind;

  @Field(() => Int, { description: '得分 (score, 0–100)' })
  @IsInt()
  @Min(0, { message: '得分须在 0 到 100 之间 (score must be 0–100)' })
  @Max(100, { message: '得分须在 0 到 100 之间 (score must be 0–100)' })
  score!: number;

  @TextField({ multiline: true, maxLength: 5000, description: '发现的问题与结论 (findings)' })
  findings!: string;

  @TextField({ description: '日期 (date, YYYY-MM-DD)' })
  date!: string;
}

/** Input of `addRectificationItem`. */
@InputType('AddRectificationItemInput', { description: '添加整改事项 (add an item to put right, after the evaluation)' })
export class AddRectificationItemInput {
  @TextField({ type: 'ID', description: '考核编号 (assessment id)' })
  assessmentId!: string;

  @TextField({ maxLength: 500, description: '整改内容 (what must be put right)' })
  description!: string;

  @TextField({ maxLength: 50, description: '责任人 (owner)' })
  owner!: string;

  @TextField({ description: '整改期限 (due on, YYYY-MM-DD)' })
  dueOn!: string;
}

/** Input of `completeRectificationItem`. */
@InputType('CompleteRectificationItemInput', { description: '完成整改 (mark a rectification item done)' })
export class CompleteRectificationItemInput {
  @TextField({ type: 'ID', description: '整改事项编号 (item id)' })
  itemId!: string;

  @TextField({ description: '完成日期 (completed on, YYYY-MM-DD)' })
  completedOn!: string;
}
