import { DateTimeScalar, TextField } from '@shanzhi/kit';
import { Allow, ArrayMaxSize, IsOptional, IsEnum, IsInt, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ConsultationKind } from '../entities/enums';

/** Input of `raiseConsultation`. */
@InputType('RaiseConsultationInput', { description: '提出协商议题 (raise a consultation, 有事来协商)' })
export class RaiseConsultationInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  divisionCode!: string;

  @TextField({ maxLength: 200, description: '议题 (topic)' })
  topic!: string;

  @Field(() => ConsultationKind, { description: '协商形式 (kind)' })
  @IsEnum(ConsultationKind)
  kind!: ConsultationKind;

  @TextField({ nullable: true, maxLength: 100, description: '提出方 (who raised it: 村民, 村干部 or an organization name)' })
  raisedBy?: string | null;
}

/** A follow-up action of an outcome. */
@InputType('FollowUpInput', { description: '跟进事项 (a follow-up action)' })
export class FollowUpInput {
  @TextField({ maxLength: 500, description: '事项 (action)' })
  action!: string;

  @TextField({ maxLength: 100, description: '责任人 (owner)' })
  owner!: string;

  @TextField({ description: '期限 (due date, YYYY-MM-DD)' })
  dueOn!: string;
}

/** A need the outcome creates in the current quarter's list. */
@InputType('OutcomeNeedInput', { description: '形成需求 (a need created from the outcome)' })
export class OutcomeNeedInput {
  @TextField({ maxLength: 200, description: '需求标题 (title)' })
  title!: string;

  @TextField({ nullable: true, maxLength: 50, description: '需求类别 (category)' })
  category?: string | null;

  @TextField({ nullable: true, multiline: true, description: '需求描述 (description)' })
  description?: string | null;
}

/** Input of `holdConsultationMeeting`. */
@InputType('HoldConsultationMeetingInput', { description: '召开协商会议 (hold the meeting of a consultation and record its outcome)' })
export class HoldConsultationMeetingInput {
  @TextField({ type: 'ID', description: '协商编号 (consultation id)' })
  consultationId!: string;

  @TextField({ type: 'ID', maxLength: 64, description: '阵地编号 (venue id in the organizations service)' })
  venueId!: string;

  @Field(() => DateTimeScalar, { description: '召开时间 (when it was held)' })
  // Whitelisted for validation: a scalar the schema already parsed, no class-validator rule of its own.
  @Allow()
  heldAt!: Date;

  @Field(() => Int, { description: '参会人数 (attendance)' })
  @IsInt()
  @Min(0)
  attendance!: number;

  @Field(() => [String], { nullable: true, description: '到会村民小组代码 (codes of the villager groups present, 15 digits)' })
  @IsOptional()
  @ArrayMaxSize(20)
  groupsPresent?: string[] | null;

  @Field(() => [String], { nullable: true, description: '收集的意见 (views raised)' })
  @IsOptional()
  @ArrayMaxSize(200)
  views?: string[] | null;

  @TextField({ multiline: true, description: '协商结果 (outcome)' })
  outcome!: string;

  @Field(() => [FollowUpInput], { nullable: true, description: '跟进事项 (follow-up actions)' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  followUps?: FollowUpInput[] | null;

  @Field(() => OutcomeNeedInput, { nullable: true, description: '形成需求 (a need to create in the current quarter\'s list)' })
  @IsOptional()
  @ValidateNested()
  need?: OutcomeNeedInput | null;
}
