import { IsEnum, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { TextField } from '@shanzhi/kit';
import { Field, InputType, Int } from 'type-graphql';
import { ReceptionPeriod } from '../entities/reception-day.entity';

/** Input of `scheduleReceptionDay`. */
@InputType('ScheduleReceptionDayInput', { description: '设立接访日 (schedule a village’s recurring reception day)' })
export class ScheduleReceptionDayInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  @IsString()
  divisionCode!: string;

  @TextField({ type: 'ID', description: '阵地编号 (a venue of the village, as the organizations service knows it)' })
  @IsString()
  venueId!: string;

  @Field(() => Int, { description: '星期 (weekday, 1 = Monday … 7 = Sunday)' })
  @IsInt()
  weekday!: number;

  @Field(() => ReceptionPeriod, { description: '时段 (morning or afternoon)' })
  @IsEnum(ReceptionPeriod)
  period!: ReceptionPeriod;

  @TextField({ description: '接访干部 (the cadres who receive)' })
  @IsString()
  @MaxLength(500, { message: '不超过 500 字 (at most 500 characters)' })
  cadres!: string;

  @TextField({ description: '起始日期 (first day, YYYY-MM-DD)' })
  @IsString()
  startsOn!: string;

  @TextField({ nullable: true, description: '截止日期 (last day, YYYY-MM-DD; leave empty while it continues)' })
  @IsOptional()
  @IsString()
  endsOn?: string | null;
}

/** The order a visit opens. */
@InputType('ReceptionOrderInput', { description: '接访点单 (the service order a visit opens, channel RECEPTION_DAY)' })
export class ReceptionOrderInput {
  @TextField({ type: 'ID', description: '服务事项编号 (catalogue item id)' })
  @IsString()
  itemId!: string;

  @TextField({ multiline: true, description: '诉求描述 (what is asked for)' })
  @IsString()
  @MaxLength(2000, { message: '描述不超过 2000 字 (description is at most 2000 characters)' })
  description!: string;
}

/** Input of `recordReceptionVisit`. */
@InputType('RecordReceptionVisitInput', { description: '记录接访 (record a villager received on a reception day)' })
export class RecordReceptionVisitInput {
  @TextField({ type: 'ID', description: '接访日编号 (reception day id)' })
  @IsString()
  receptionDayId!: string;

  @TextField({ description: '接访日期 (day of the visit, YYYY-MM-DD: one of the reception day’s days, not in the future)' })
  @IsString()
  date!: string;

  @TextField({ type: 'ID', nullable: true, description: '来访户编号 (the visitor’s household; required to open an order)' })
  @IsOptional()
  @IsString()
  householdId?: string | null;

  @TextField({ description: '来访人 (visitor’s name)' })
  @IsString()
  @MaxLength(50, { message: '姓名不超过 50 字 (name is at most 50 characters)' })
  visitorName!: string;

  @TextField({ multiline: true, description: '诉求摘要 (what was raised)' })
  @IsString()
  @MaxLength(2000, { message: '不超过 2000 字 (at most 2000 characters)' })
  summary!: string;

  @Field(() => ReceptionOrderInput, { nullable: true, description: '点单 (open a service order for the household, channel RECEPTION_DAY)' })
  @IsOptional()
  @ValidateNested()
  order?: ReceptionOrderInput | null;
}
