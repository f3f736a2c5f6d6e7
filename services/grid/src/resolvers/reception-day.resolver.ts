import type { RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ReceptionDay, ReceptionVisit } from '../entities/reception-day.entity';
import { RecordReceptionVisitInput, ScheduleReceptionDayInput } from '../inputs/reception-day.input';
import * as reception from '../services/reception-day.service';

/** Reception days (接访日) and the visits recorded on them. */
@Resolver(() => ReceptionDay)
export class ReceptionDayResolver {
  @Query(() => [ReceptionDay], { nullable: true, description: '接访日 (reception days of a village, or of the villages under a township or county code, inside your scope)' })
  receptionDays(
    @Arg('divisionCode', () => String, { description: '区划代码 (village, township or county code)' }) divisionCode: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ReceptionDay[]> {
    return reception.listReceptionDays(ctx, divisionCode);
  }

  @Query(() => [ReceptionVisit], { nullable: true, description: '接访记录 (visits recorded on a reception day, newest first)' })
  receptionVisits(
    @Arg('receptionDayId', () => ID, { description: '接访日编号 (reception day id)' }) receptionDayId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ReceptionVisit[]> {
    return reception.listReceptionVisits(ctx, receptionDayId);
  }

  @Mutation(() => ReceptionDay, { description: '设立接访日 (schedule a recurring reception day at a venue of the village; village cadres and the township)' })
  scheduleReceptionDay(@Arg('input', () => ScheduleReceptionDayInput) input: ScheduleReceptionDayInput, @Ctx() ctx: RequestContext): Promise<ReceptionDay> {
    return reception.scheduleReceptionDay(ctx, input);
  }

  @Mutation(() => ReceptionVisit, { description: '记录接访 (record a visit on a reception day; it may open a service order with channel RECEPTION_DAY)' })
  recordReceptionVisit(@Arg('input', () => RecordReceptionVisitInput) input: RecordReceptionVisitInput, @Ctx() ctx: RequestContext): Promise<ReceptionVisit> {
    return reception.recordReceptionVisit(ctx, input);
  }

  @FieldResolver(() => String, { nullable: true, description: '下次接访日期 (the next day it is held, today included; null once it has ended)' })
  nextOn(@Root() day: ReceptionDay): string | null {
    return reception.nextReceptionOn(day);
  }
}
