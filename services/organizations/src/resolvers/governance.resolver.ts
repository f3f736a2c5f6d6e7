import type { RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DutyListKind } from '../entities/governance.enums';
import { Assessment, AssessmentStep, Cadre, DutyList, ElevatedSupervision, LiaisonPoint, Mentorship, RectificationItem } from '../entities/governance.entity';
import {
  AddRectificationItemInput,
  CompleteRectificationItemInput,
  CreateLiaisonPointInput,
  CreateMentorshipInput,
  EndCadreTermInput,
  EndElevatedSupervisionInput,
  FlagElevatedSupervisionInput,
  OpenAssessmentInput,
  PublishDutyListInput,
  RecordAssessmentStepInput,
  RecordCadreInput,
} from '../inputs/governance.inputs';
import * as gov from '../services/governance.service';

const DIVISION_ARG = { description: '区划代码 (division code; its whole subtree is listed)' };

/** 村干部 and 权责三张清单. */
@Resolver(() => Cadre)
export class CadreResolver {
  @Query(() => [Cadre], { nullable: true, description: '村干部 (cadres of the villages in the subtree, serving ones first)' })
  cadres(@Arg('divisionCode', () => String, DIVISION_ARG) divisionCode: string, @Ctx() ctx: RequestContext) {
    return gov.listCadres(ctx, divisionCode);
  }

  @Mutation(() => Cadre, { description: '登记村干部 (record a cadre; one serving secretary per village; 一肩挑 only for the secretary)' })
  recordCadre(@Arg('input', () => RecordCadreInput) input: RecordCadreInput, @Ctx() ctx: RequestContext) {
    return gov.recordCadre(ctx, input);
  }

  @Mutation(() => Cadre, { description: '结束任期 (end a cadre\'s term)' })
  endCadreTerm(@Arg('input', () => EndCadreTermInput) input: EndCadreTermInput, @Ctx() ctx: RequestContext) {
    return gov.endCadreTerm(ctx, input);
  }

  @Query(() => [DutyList], { nullable: true, description: '权责三张清单 (every version of a village secretary\'s duty lists, newest first)' })
  dutyLists(
    @Arg('divisionCode', () => String, { description: '村代码 (village code)' }) divisionCode: string,
    @Arg('kind', () => DutyListKind, { nullable: true, description: '类别 (kind; all three when omitted)' }) kind: DutyListKind | null,
    @Ctx() ctx: RequestContext,
  ) {
    return gov.listDutyLists(ctx, divisionCode, kind ?? null);
  }

  @Mutation(() => DutyList, { description: '发布权责清单新版本 (publish the next version; earlier versions stay readable)' })
  publishDutyList(@Arg('input', () => PublishDutyListInput) input: PublishDutyListInput, @Ctx() ctx: RequestContext) {
    return gov.publishDutyList(ctx, input);
  }
}

/** 重点村提级监督: set and ended by the county, seen by the county and the township. */
@Resolver(() => ElevatedSupervision)
export class ElevatedSupervisionResolver {
  @Query(() => [ElevatedSupervision], { nullable: true, description: '重点村提级监督 (flags of villages in the subtree; county admins and township officers)' })
  elevatedSupervisions(@Arg('divisionCode', () => String, DIVISION_ARG) divisionCode: string, @Ctx() ctx: RequestContext) {
    return gov.listElevatedSupervisions(ctx, divisionCode);
  }

  @FieldResolver(() => Boolean, { description: '是否生效中 (in force today)' })
  inForce(@Root() flag: ElevatedSupervision): boolean {
    return gov.supervisionInForce(flag);
  }

  @Mutation(() => ElevatedSupervision, { description: '列为重点村提级监督 (flag a village with a reason and a period; county admins only)' })
  flagElevatedSupervision(@Arg('input', () => FlagElevatedSupervisionInput) input: FlagElevatedSupervisionInput, @Ctx() ctx: RequestContext) {
    return gov.flagElevatedSupervision(ctx, input);
  }

  @Mutation(() => ElevatedSupervision, { description: '结束提级监督 (end a flag early; county admins only)' })
  endElevatedSupervision(@Arg('input', () => EndElevatedSupervisionInput) input: EndElevatedSupervisionInput, @Ctx() ctx: RequestContext) {
    return gov.endElevatedSupervision(ctx, input);
  }
}

/** 党委班子成员联系点 and 结对帮带. */
@Resolver(() => LiaisonPoint)
export class LiaisonResolver {
  @Query(() => [LiaisonPoint], { nullable: true, description: '党委班子成员联系点 (liaison points of villages in the subtree)' })
  liaisonPoints(@Arg('divisionCode', () => String, DIVISION_ARG) divisionCode: string, @Ctx() ctx: RequestContext) {
    return gov.listLiaisonPoints(ctx, divisionCode);
  }

  @Mutation(() => LiaisonPoint, { description: '建立联系点 (link a county or township leader to a village party organization)' })
  createLiaisonPoint(@Arg('input', () => CreateLiaisonPointInput) input: CreateLiaisonPointInput, @Ctx() ctx: RequestContext) {
    return gov.createLiaisonPoint(ctx, input);
  }

  @Query(() => [Mentorship], { nullable: true, description: '结对帮带 (mentorships of new secretaries in the subtree)' })
  mentorships(@Arg('divisionCode', () => String, DIVISION_ARG) divisionCode: string, @Ctx() ctx: RequestContext) {
    return gov.listMentorships(ctx, divisionCode);
  }

  @Mutation(() => Mentorship, { description: '建立结对帮带 (pair an experienced cadre with a serving new secretary)' })
  createMentorship(@Arg('input', () => CreateMentorshipInput) input: CreateMentorshipInput, @Ctx() ctx: RequestContext) {
    return gov.createMentorship(ctx, input);
  }
}

/** 政治体检 and 述查谈评改 with their rectification items. */
@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => [Assessment], { nullable: true, description: '考核 (assessments of villages in the subtree)' })
  assessments(@Arg('divisionCode', () => String, DIVISION_ARG) divisionCode: string, @Ctx() ctx: RequestContext) {
    return gov.listAssessments(ctx, divisionCode);
  }

  @FieldResolver(() => [AssessmentStep], { description: '已记录的步骤 (steps recorded so far, in order)' })
  steps(@Root() a: Assessment, @Ctx() ctx: RequestContext) {
    return gov.loadAssessmentSteps(ctx, a.id);
  }

  @FieldResolver(() => [RectificationItem], { description: '整改事项 (rectification items, earliest due first)' })
  rectificationItems(@Root() a: Assessment, @Ctx() ctx: RequestContext) {
    return gov.loadAssessmentItems(ctx, a.id);
  }

  @Mutation(() => Assessment, { description: '发起考核 (open an assessment of a village; county and township)' })
  openAssessment(@Arg('input', () => OpenAssessmentInput) input: OpenAssessmentInput, @Ctx() ctx: RequestContext) {
    return gov.openAssessment(ctx, input);
  }

  @Mutation(() => Assessment, { description: '记录考核步骤 (record the next step: REPORT, CHECK, TALK, EVALUATE, RECTIFY in order)' })
  recordAssessmentStep(@Arg('input', () => RecordAssessmentStepInput) input: RecordAssessmentStepInput, @Ctx() ctx: RequestContext) {
    return gov.recordAssessmentStep(ctx, input);
  }
}

/** Rectification items: overdue ones are what the township follows up. */
@Resolver(() => RectificationItem)
export class RectificationItemResolver {
  @Query(() => [RectificationItem], { nullable: true, description: '整改事项 (rectification items of villages in the subtree; overdueOnly for the township\'s follow-up)' })
  rectificationItems(
    @Arg('divisionCode', () => String, DIVISION_ARG) divisionCode: string,
    @Arg('overdueOnly', () => Boolean, { nullable: true, defaultValue: false, description: '只看逾期 (only items open after their due date)' }) overdueOnly: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return gov.listRectificationItems(ctx, divisionCode, overdueOnly ?? false);
  }

  @FieldResolver(() => Boolean, { description: '是否逾期 (open after its due date)' })
  overdue(@Root() item: RectificationItem): boolean {
    return gov.isOverdue(item);
  }

  @Mutation(() => RectificationItem, { description: '添加整改事项 (add an item to put right, with owner and due date, after the evaluation)' })
  addRectificationItem(@Arg('input', () => AddRectificationItemInput) input: AddRectificationItemInput, @Ctx() ctx: RequestContext) {
    return gov.addRectificationItem(ctx, input);
  }

  @Mutation(() => RectificationItem, { description: '完成整改 (mark an item done)' })
  completeRectificationItem(@Arg('input', () => CompleteRectificationItemInput) input: CompleteRectificationItemInput, @Ctx() ctx: RequestContext) {
    return gov.completeRectificationItem(ctx, input);
  }
}
