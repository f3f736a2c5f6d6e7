import { TextField } from '@shanzhi/kit';
import { Allow, IsBoolean, IsEnum, IsInt, IsOptional } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DecisionStage } from '../entities/enums';
import { DateTimeScalar } from '@shanzhi/kit';

/** Input of `proposeDecision`. */
@InputType('ProposeDecisionInput', { description: '提出决策事项 (open a 四议两公开 decision on a village matter)' })
export class ProposeDecisionInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  divisionCode!: string;

  @TextField({ maxLength: 200, description: '议题 (title)' })
  title!: string;

  @TextField({ multiline: true, description: '事项内容 (the matter to decide)' })
  matter!: string;

  @Field(() => Boolean, { description: '是否重大事项 (a major matter)' })
  @IsBoolean()
  major!: boolean;

  @TextField({ type: 'ID', nullable: true, description: '关联项目 (the project the decision approves, if any)' })
  projectId?: string | null;
}

/** Input of `recordDecisionStage`: the next stage, with votes at the two voting meetings. */
@InputType('RecordDecisionStageInput', { description: '记录决策阶段 (record the next stage of a decision)' })
export class RecordDecisionStageInput {
  @TextField({ type: 'ID', description: '决策编号 (decision id)' })
  decisionId!: string;

  @Field(() => DecisionStage, { description: '阶段 (the stage recorded; must be the next one)' })
  @IsEnum(DecisionStage)
  stage!: DecisionStage;

  @Field(() => DateTimeScalar, { description: '召开或公开时间 (when the meeting was held or the disclosure made)' })
  // Whitelisted for validation: a scalar the schema already parsed, no class-validator rule of its own.
  @Allow()
  heldAt!: Date;

  @Field(() => Int, { nullable: true, description: '应到人数 (eligible; voting stages only)' })
  @IsOptional()
  @IsInt()
  eligible?: number | null;

  @Field(() => Int, { nullable: true, description: '实到人数 (present; voting stages only)' })
  @IsOptional()
  @IsInt()
  present?: number | null;

  @Field(() => Int, { nullable: true, description: '赞成票 (votes for; voting stages only)' })
  @IsOptional()
  @IsInt()
  votesFor?: number | null;

  @Field(() => Int, { nullable: true, description: '反对票 (votes against; voting stages only)' })
  @IsOptional()
  @IsInt()
  votesAgainst?: number | null;

  @Field(() => Int, { nullable: true, description: '弃权票 (abstentions; voting stages only)' })
  @IsOptional()
  @IsInt()
  abstentions?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '实施完成时间 (when implementation completed; required for RESULT_DISCLOSED)' })
  // Whitelisted for validation: a scalar the schema already parsed, no class-validator rule of its own.
  @Allow()
  implementedAt?: Date | null;
}

/** Input of `raiseDecisionObjection`. */
@InputType('RaiseDecisionObjectionInput', { description: '提出监督意见 (raise an objection of the village affairs supervision committee)' })
export class RaiseDecisionObjectionInput {
  @TextField({ type: 'ID', description: '决策编号 (decision id)' })
  decisionId!: string;

  @TextField({ multiline: true, description: '意见内容 (the objection)' })
  text!: string;
}

/** Input of `answerDecisionObjection`. */
@InputType('AnswerDecisionObjectionInput', { description: '答复监督意见 (answer an objection)' })
export class AnswerDecisionObjectionInput {
  @TextField({ type: 'ID', description: '意见编号 (objection id)' })
  objectionId!: string;

  @TextField({ multiline: true, description: '答复 (the answer)' })
  answer!: string;
}
