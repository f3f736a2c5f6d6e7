import { DateTimeScalar, type RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Decision, DecisionObjection, DecisionStageRecord } from '../entities/decision.entity';
import { DecisionStage } from '../entities/enums';
import { AnswerDecisionObjectionInput, ProposeDecisionInput, RaiseDecisionObjectionInput, RecordDecisionStageInput } from '../inputs/decision.inputs';
import * as decisions from '../services/decision.service';
import { expectedStage } from '../services/decision-machine';

/** 四议两公开一监督 decisions. */
@Resolver(() => Decision)
export class DecisionResolver {
  @Query(() => Decision, { nullable: true, description: '决策 (one decision)' })
  decision(@Arg('id', () => ID, { description: '决策编号 (decision id)' }) id: string, @Ctx() ctx: RequestContext): Promise<Decision> {
    return decisions.getDecision(ctx, id);
  }

  @Query(() => [Decision], { nullable: true, description: '决策列表 (decisions of a village, newest first)' })
  decisions(@Arg('divisionCode', () => String, { description: '村代码 (village code, 12 digits)' }) divisionCode: string, @Ctx() ctx: RequestContext): Promise<Decision[]> {
    return decisions.listDecisions(ctx, divisionCode);
  }

  @Mutation(() => Decision, { description: '提出决策事项 (open a 四议两公开 decision)' })
  proposeDecision(@Arg('input', () => ProposeDecisionInput) input: ProposeDecisionInput, @Ctx() ctx: RequestContext): Promise<Decision> {
    return decisions.proposeDecision(ctx, input);
  }

  @Mutation(() => DecisionStageRecord, { description: '记录决策阶段 (record the next stage; a skipped or repeated stage is CONFLICT)' })
  recordDecisionStage(@Arg('input', () => RecordDecisionStageInput) input: RecordDecisionStageInput, @Ctx() ctx: RequestContext): Promise<DecisionStageRecord> {
    return decisions.recordDecisionStage(ctx, input);
  }

  @Mutation(() => DecisionObjection, { description: '提出监督意见 (raise an objection; it blocks the next stage until answered)' })
  raiseDecisionObjection(@Arg('input', () => RaiseDecisionObjectionInput) input: RaiseDecisionObjectionInput, @Ctx() ctx: RequestContext): Promise<DecisionObjection> {
    return decisions.raiseObjection(ctx, input);
  }

  @Mutation(() => DecisionObjection, { description: '答复监督意见 (answer an objection)' })
  answerDecisionObjection(@Arg('input', () => AnswerDecisionObjectionInput) input: AnswerDecisionObjectionInput, @Ctx() ctx: RequestContext): Promise<DecisionObjection> {
    return decisions.answerObjection(ctx, input);
  }

  @FieldResolver(() => DecisionStage, { nullable: true, description: '下一阶段 (the stage expected next; null when ended)' })
  nextStage(@Root() d: Decision): DecisionStage | null {
    return d.status === 'IN_PROGRESS' ? expectedStage(d.stage) : null;
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: '决议公开期限 (when the resolution must be disclosed: 7 days after the passed villagers\' meeting; null otherwise)' })
  async resolutionDisclosureDueAt(@Root() d: Decision, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return (await decisions.loadDisclosureDue(ctx, d)).dueAt;
  }

  @FieldResolver(() => Boolean, { description: '决议逾期未公开 (the resolution is past its 7-day deadline and not yet disclosed: a supervision signal)' })
  async resolutionDisclosureOverdue(@Root() d: Decision, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await decisions.loadDisclosureDue(ctx, d)).overdue;
  }

  @FieldResolver(() => [DecisionStageRecord], { description: '阶段记录 (stage records, oldest first: the decision\'s timeline)' })
  records(@Root() d: Decision, @Ctx() ctx: RequestContext): Promise<DecisionStageRecord[]> {
    return decisions.loadStageRecords(ctx, d.id);
  }

  @FieldResolver(() => [DecisionObjection], { description: '监督意见 (objections)' })
  objections(@Root() d: Decision, @Ctx() ctx: RequestContext): Promise<DecisionObjection[]> {
    return decisions.loadObjections(ctx, d.id);
  }
}
