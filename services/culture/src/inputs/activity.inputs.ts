import { TextField } from '@shanzhi/kit';
import { Allow, IsOptional, IsString, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateTimeScalar } from '@shanzhi/kit';
import { ActivityKind, SignUpChannel } from '../entities/enums';

/** Input of `scheduleActivity`; the rules are checked in activity.service. */
@InputType('ScheduleActivityInput', { description: '安排活动 (schedule an activity)' })
export class ScheduleActivityInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  @IsString()
  divisionCode!: string;

  @Field(() => ActivityKind, { description: '活动类型 (kind)' })
  @Allow()
  kind!: ActivityKind;

  @TextField({ description: '活动名称 (title, at most 100 characters)', maxLength: 100 })
  @IsString()
  title!: string;

  @Field(() => DateTimeScalar, { description: '开始时间 (when it starts)' })
  @Allow()
  startsAt!: Date;

  @TextField({ type: 'ID', nullable: true, description: '活动阵地编号 (venue id, from the organizations service)' })
  @IsOptional()
  @IsString()
  venueId?: string | null;

  @Field(() => Int, { description: '名额 (capacity, 1–10000)' })
  @Allow()
  capacity!: number;

  @TextField({ type: 'ID', nullable: true, description: '组织方 (a community organization id; empty = the village)' })
  @IsOptional()
  @IsString()
  organizerId?: string | null;

  @Field(() => [String], { nullable: true, description: '面向的村民小组代码 (audience: villager-group codes of this village; empty = the whole village)' })
  @Allow()
  @IsOptional()
  audienceGroupCodes?: string[] | null;
}

/** Input of `signUpForActivity`. */
@InputType('SignUpForActivityInput', { description: '活动报名 (sign a villager up for an activity)' })
export class SignUpForActivityInput {
  @TextField({ type: 'ID', description: '活动编号 (activity id)' })
  @IsString()
  activityId!: string;

  @TextField({ type: 'ID', description: '村民编号 (resident id, from the grid)' })
  @IsString()
  residentId!: string;

  @Field(() => SignUpChannel, { description: '报名渠道 (channel: a villager’s own account signs up ONLINE; staff record IN_PERSON or CADRE)' })
  @Allow()
  channel!: SignUpChannel;
}

/** Input of `cancelActivitySignUp`. */
@InputType('CancelActivitySignUpInput', { description: '取消报名 (cancel a sign-up; the first on the waiting list moves up)' })
export class CancelActivitySignUpInput {
  @TextField({ type: 'ID', description: '活动编号 (activity id)' })
  @IsString()
  activityId!: string;

  @TextField({ type: 'ID', description: '村民编号 (resident id)' })
  @IsString()
  residentId!: string;
}

/** Hours of one volunteer. */
@InputType('VolunteerHoursInput', { description: '志愿服务时长 (hours of one volunteer)' })
export class VolunteerHoursInput {
  @TextField({ type: 'ID', description: '志愿者（村民）编号 (resident id of the volunteer)' })
  @IsString()
  residentId!: string;

  @Field(() => Float, { description: '时长（小时，最小单位 1 分钟，不超过 24） (hours, more than 0 and at most 24)' })
  @Allow()
  hours!: number;
}

/** Input of `recordAttendance`. */
@InputType('RecordAttendanceInput', { description: '登记出勤 (record attendance after the activity)' })
export class RecordAttendanceInput {
  @TextField({ type: 'ID', description: '活动编号 (activity id)' })
  @IsString()
  activityId!: string;

  @Field(() => [ID], { description: '出席者村民编号 (resident ids of confirmed sign-ups who attended; the other confirmed sign-ups are absent)' })
  @Allow()
  attended!: string[];

  @Field(() => [VolunteerHoursInput], { nullable: true, description: '志愿服务时长 (volunteer hours per volunteer)' })
  @ValidateNested({ each: true })
  @IsOptional()
  volunteerHours?: VolunteerHoursInput[] | null;
}

/** A photo in `publishActivitySummary`. */
@InputType('ActivityPhotoInput', { description: '活动照片 (a photo with its caption)' })
export class ActivityPhotoInput {
  @TextField({ description: '照片地址 (http(s) URL)', maxLength: 500 })
  @IsString()
  url!: string;

  @TextField({ description: '说明 (caption, at most 200 characters)', maxLength: 200 })
  @IsString()
  caption!: string;
}

/** Input of `publishActivitySummary`. */
@InputType('PublishActivitySummaryInput', { description: '发布活动小结 (publish the summary and photos after the event)' })
export class PublishActivitySummaryInput {
  @TextField({ type: 'ID', description: '活动编号 (activity id)' })
  @IsString()
  activityId!: string;

  @TextField({ description: '活动小结 (summary, at most 2000 characters)', multiline: true, maxLength: 2000 })
  @IsString()
  summary!: string;

  @Field(() => [ActivityPhotoInput], { nullable: true, description: '照片 (photos, at most 30)' })
  @ValidateNested({ each: true })
  @IsOptional()
  photos?: ActivityPhotoInput[] | null;
}
