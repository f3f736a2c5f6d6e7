import { TextField } from '@shanzhi/kit';
import { Allow, IsOptional, IsString } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

/** Input of `setBirthdayDay`. */
@InputType('SetBirthdayDayInput', { description: '设定集体生日日 (set the village’s fixed birthday day of each month)' })
export class SetBirthdayDayInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  @IsString()
  divisionCode!: string;

  @Field(() => Int, { description: '每月几号 (day of the month, 1–28, so every month has it)' })
  @Allow()
  dayOfMonth!: number;
}

/** Input of `holdBirthdayDay`. */
@InputType('HoldBirthdayDayInput', { description: '生成当月集体生日活动 (generate a month’s birthday activity on the fixed day)' })
export class HoldBirthdayDayInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  @IsString()
  divisionCode!: string;

  @TextField({ description: '月份 (month, YYYY-MM)' })
  @IsString()
  month!: string;

  @TextField({ nullable: true, description: '开始时刻 (local start time HH:MM, China Standard Time; default 10:00)' })
  @IsOptional()
  @IsString()
  time?: string | null;

  @TextField({ type: 'ID', nullable: true, description: '活动阵地编号 (venue id, from the organizations service)' })
  @IsOptional()
  @IsString()
  venueId?: string | null;

  @Field(() => Int, { nullable: true, description: '名额 (capacity; default: everyone invited plus 20 companions)' })
  @Allow()
  @IsOptional()
  capacity?: number | null;
}
