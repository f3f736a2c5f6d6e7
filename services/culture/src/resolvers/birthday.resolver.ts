import type { RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Activity } from '../entities/activity.entity';
import { BirthdayDay, BirthdayResident } from '../entities/birthday.entity';
import { HoldBirthdayDayInput, SetBirthdayDayInput } from '../inputs/birthday.inputs';
import * as birthdays from '../services/birthday.service';

/** 生日活动: the monthly birthday day and its invitation list from grid's events. */
@Resolver(() => Activity)
export class BirthdayResolver {
  @Query(() => [BirthdayResident], { nullable: true, description: '生日名单 (residents of a village or villager group born in a month: name, group and month only)' })
  birthdayList(
    @Arg('divisionCode', () => String, { description: '村或村民小组代码 (village, 12 digits, or villager group, 15 digits)' }) divisionCode: string,
    @Arg('month', () => Int, { description: '出生月份 (birth month, 1–12)' }) month: number,
    @Ctx() ctx: RequestContext,
  ): Promise<BirthdayResident[]> {
    return birthdays.birthdayList(ctx, divisionCode, month);
  }

  @Query(() => BirthdayDay, { nullable: true, description: '本村集体生日日 (the village’s fixed birthday day; empty if not set)' })
  birthdayDay(@Arg('divisionCode', () => String, { description: '村代码 (village code)' }) divisionCode: string, @Ctx() ctx: RequestContext): Promise<BirthdayDay | null> {
    return birthdays.getBirthdayDay(ctx, divisionCode);
  }

  @Mutation(() => BirthdayDay, { description: '设定集体生日日 (set the fixed day of each month)' })
  setBirthdayDay(@Arg('input', () => SetBirthdayDayInput) input: SetBirthdayDayInput, @Ctx() ctx: RequestContext): Promise<BirthdayDay> {
    return birthdays.setBirthdayDay(ctx, input);
  }

  @Mutation(() => Activity, { description: '生成当月集体生日活动 (generate the month’s birthday activity on the fixed day)' })
  holdBirthdayDay(@Arg('input', () => HoldBirthdayDayInput) input: HoldBirthdayDayInput, @Ctx() ctx: RequestContext): Promise<Activity> {
    return birthdays.holdBirthdayDay(ctx, input);
  }

  @FieldResolver(() => [BirthdayResident], { nullable: true, description: '邀请名单 (for a birthday day: the residents born in its month; for staff who invite)' })
  invitees(@Root() activity: Activity, @Ctx() ctx: RequestContext): Promise<BirthdayResident[] | null> {
    return birthdays.invitees(ctx, activity);
  }
}
