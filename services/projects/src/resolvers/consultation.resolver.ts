import type { RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Consultation, FollowUp } from '../entities/consultation.entity';
import { ConsultationKind } from '../entities/enums';
import { HoldConsultationMeetingInput, RaiseConsultationInput } from '../inputs/consultation.inputs';
import * as consultations from '../services/consultation.service';
import { VenueStub } from './venue.type';

/** 有事来协商: consultations, their meetings and follow-ups. */
@Resolver(() => Consultation)
export class ConsultationResolver {
  @Query(() => [Consultation], { nullable: true, description: '协商列表 (consultations of a village, newest first)' })
  consultations(
    @Arg('divisionCode', () => String, { description: '村代码 (village code, 12 digits)' }) divisionCode: string,
    @Arg('kind', () => ConsultationKind, { nullable: true, description: '协商形式 (only this kind)' }) kind: ConsultationKind | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Consultation[]> {
    return consultations.listConsultations(ctx, divisionCode, kind);
  }

  @Query(() => [FollowUp], { nullable: true, description: '逾期跟进事项 (open follow-ups past their due date in a county, township or village)' })
  overdueFollowUps(@Arg('divisionCode', () => String, { description: '区划代码 (county, township or village code)' }) divisionCode: string, @Ctx() ctx: RequestContext): Promise<FollowUp[]> {
    return consultations.overdueFollowUps(ctx, divisionCode);
  }

  @Mutation(() => Consultation, { description: '提出协商议题 (raise a consultation)' })
  raiseConsultation(@Arg('input', () => RaiseConsultationInput) input: RaiseConsultationInput, @Ctx() ctx: RequestContext): Promise<Consultation> {
    return consultations.raiseConsultation(ctx, input);
  }

  @Mutation(() => Consultation, { description: '召开协商会议 (record the meeting: venue, date, attendance, views, outcome, follow-ups)' })
  holdConsultationMeeting(@Arg('input', () => HoldConsultationMeetingInput) input: HoldConsultationMeetingInput, @Ctx() ctx: RequestContext): Promise<Consultation> {
    return consultations.holdMeeting(ctx, input);
  }

  @Mutation(() => FollowUp, { description: '完成跟进事项 (mark a follow-up done)' })
  completeFollowUp(@Arg('followUpId', () => ID, { description: '事项编号 (follow-up id)' }) followUpId: string, @Ctx() ctx: RequestContext): Promise<FollowUp> {
    return consultations.completeFollowUp(ctx, followUpId);
  }

  @FieldResolver(() => VenueStub, { nullable: true, description: '会议阵地 (the venue of the meeting, resolved by the organizations service)' })
  venue(@Root() c: Consultation): VenueStub | null {
    return c.venueId ? { id: c.venueId } : null;
  }

  @FieldResolver(() => [FollowUp], { description: '跟进事项 (follow-up actions)' })
  followUps(@Root() c: Consultation, @Ctx() ctx: RequestContext): Promise<FollowUp[]> {
    return consultations.loadFollowUps(ctx, c.id);
  }
}
