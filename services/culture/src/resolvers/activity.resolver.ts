import { DateTimeScalar, type RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Activity } from '../entities/activity.entity';
import { ActivitySignUp } from '../entities/activity-sign-up.entity';
import { ActivityKind } from '../entities/enums';
import { VolunteerHours } from '../entities/volunteer-hours.entity';
import { CancelActivitySignUpInput, PublishActivitySummaryInput, RecordAttendanceInput, ScheduleActivityInput, SignUpForActivityInput } from '../inputs/activity.inputs';
import * as activities from '../services/activity.service';
import { VenueStub } from './venue.type';

/** 微活动: scheduling, sign-up with a waiting list, attendance, volunteer hours and the summary. */
@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => [Activity], { nullable: true, description: '活动列表 (activities of a division inside your scope, by start time; at most 500)' })
  activities(
    @Arg('divisionCode', () => String, { description: '区划代码 (division code: village, township or county)' }) divisionCode: string,
    @Arg('kind', () => ActivityKind, { nullable: true, description: '活动类型 (only this kind)' }) kind: ActivityKind | null,
    @Arg('from', () => DateTimeScalar, { nullable: true, description: '起始时间 (starting at or after)' }) from: Date | null,
    @Arg('to', () => DateTimeScalar, { nullable: true, description: '截止时间 (starting before)' }) to: Date | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Activity[]> {
    return activities.listActivities(ctx, divisionCode, kind, from, to);
  }

  @Query(() => Activity, { nullable: true, description: '活动详情 (one activity inside your scope)' })
  activity(@Arg('id', () => String, { description: '活动编号 (activity id)' }) id: string, @Ctx() ctx: RequestContext): Promise<Activity> {
    return activities.getActivity(ctx, id);
  }

  @Mutation(() => Activity, { description: '安排活动 (schedule an activity of a village inside your scope)' })
  scheduleActivity(@Arg('input', () => ScheduleActivityInput) input: ScheduleActivityInput, @Ctx() ctx: RequestContext): Promise<Activity> {
    return activities.scheduleActivity(ctx, input);
  }

  @Mutation(() => ActivitySignUp, { description: '活动报名 (sign up: CONFIRMED while places remain, else WAITLISTED with a position)' })
  signUpForActivity(@Arg('input', () => SignUpForActivityInput) input: SignUpForActivityInput, @Ctx() ctx: RequestContext): Promise<ActivitySignUp> {
    return activities.signUp(ctx, input);
  }

  @Mutation(() => ActivitySignUp, { description: '取消报名 (cancel a sign-up; the first on the waiting list gets the place)' })
  cancelActivitySignUp(@Arg('input', () => CancelActivitySignUpInput) input: CancelActivitySignUpInput, @Ctx() ctx: RequestContext): Promise<ActivitySignUp> {
    return activities.cancelSignUp(ctx, input);
  }

  @Mutation(() => Activity, { description: '登记出勤与志愿时长 (record attendance and volunteer hours after the activity)' })
  recordAttendance(@Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput, @Ctx() ctx: RequestContext): Promise<Activity> {
    return activities.recordAttendance(ctx, input);
  }

  @Mutation(() => Activity, { description: '发布活动小结 (publish the summary and photos after the event)' })
  publishActivitySummary(@Arg('input', () => PublishActivitySummaryInput) input: PublishActivitySummaryInput, @Ctx() ctx: RequestContext): Promise<Activity> {
    return activities.publishSummary(ctx, input);
  }

  @FieldResolver(() => [ActivitySignUp], { description: '报名名单 (sign-ups: confirmed and waitlisted in order, then cancelled)' })
  signUps(@Root() activity: Activity, @Ctx() ctx: RequestContext): Promise<ActivitySignUp[]> {
    return activities.listSignUps(ctx, activity);
  }

  @FieldResolver(() => VenueStub, { nullable: true, description: '活动阵地 (the venue, resolved by the organizations service)' })
  venue(@Root() activity: Activity): VenueStub | null {
    return activity.venueId ? { id: activity.venueId } : null;
  }

  @FieldResolver(() => [VolunteerHours], { description: '志愿服务时长 (volunteer hours recorded for this activity)' })
  volunteerHours(@Root() activity: Activity, @Ctx() ctx: RequestContext): Promise<VolunteerHours[]> {
    return activities.listVolunteerHours(ctx, activity);
  }
}
