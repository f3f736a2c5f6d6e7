import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { TextField } from '@shanzhi/kit';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { ServiceChannel, ServiceOrderState } from '../entities/service-enums';

/** Input of `placeServiceOrder`. */
@InputType('PlaceServiceOrderInput', { description: '点单 (order a catalogue item for a household)' })
export class PlaceServiceOrderInput {
  @TextField({ type: 'ID', description: '点单户编号 (the ordering household; a villager orders only for their own)' })
  @IsString()
  householdId!: string;

  @TextField({ type: 'ID', description: '服务事项编号 (catalogue item id)' })
  @IsString()
  itemId!: string;

  @TextField({ multiline: true, description: '诉求描述 (what is asked for)' })
  @IsString()
  @MaxLength(2000, { message: '描述不超过 2000 字 (description is at most 2000 characters)' })
  description!: string;

  @Field(() => ServiceChannel, { description: '点单渠道 (APP when the villager orders; staff record how the request reached them)' })
  @IsEnum(ServiceChannel)
  channel!: ServiceChannel;

  @TextField({ nullable: true, description: '联系电话 (mobile number to call back; stored encrypted, shown masked)' })
  @IsOptional()
  @IsString()
  contactPhone?: string | null;
}

/** Input of `transitionServiceOrder`. */
@InputType('TransitionServiceOrderInput', { description: '办理点单 (move a service order to another state)' })
export class TransitionServiceOrderInput {
  @TextField({ type: 'ID', description: '点单编号 (order id)' })
  @IsString()
  orderId!: string;

  @Field(() => ServiceOrderState, { description: '目标状态 (state to move to; RATED goes through rateServiceOrder)' })
  @IsEnum(ServiceOrderState)
  to!: ServiceOrderState;

  @TextField({ nullable: true, multiline: true, description: '说明 (note; required for REJECTED (reason) and NOT_RESPONSIBLE (where to go instead))' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: '说明不超过 2000 字 (note is at most 2000 characters)' })
  note?: string | null;

  @TextField({ type: 'ID', nullable: true, description: '重复于 (for DUPLICATE: the open order of the same village it duplicates)' })
  @IsOptional()
  @IsString()
  duplicateOfId?: string | null;

  @TextField({ nullable: true, description: '协同部门 (for COORDINATING: the county department involved)' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: '部门名称不超过 100 字 (department is at most 100 characters)' })
  department?: string | null;
}

/** Input of `rateServiceOrder`. */
@InputType('RateServiceOrderInput', { description: '评价点单 (rate a resolved order, once, by the ordering household)' })
export class RateServiceOrderInput {
  @TextField({ type: 'ID', description: '点单编号 (order id)' })
  @IsString()
  orderId!: string;

  @Field(() => Int, { description: '星级 (stars, 1–5)' })
  @IsInt()
  stars!: number;

  @TextField({ nullable: true, multiline: true, description: '评价内容 (comment)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: '评价不超过 1000 字 (comment is at most 1000 characters)' })
  comment?: string | null;
}

/** Page size of `serviceOrders` when none is asked for. */
export const DEFAULT_ORDER_PAGE = 20;

/** Arguments of `serviceOrders`. */
@ArgsType()
export class ServiceOrdersArgs {
  @TextField({ description: '区划代码 (county, township, village or villager group code inside your scope)' })
  @IsString()
  divisionCode!: string;

  @Field(() => ServiceOrderState, { nullable: true, description: '状态 (only orders in this state)' })
  @IsOptional()
  @IsEnum(ServiceOrderState)
  state?: ServiceOrderState | null;

  @Field(() => Boolean, { nullable: true, description: '超期 (true: open orders past their due date; false: all others)' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_ORDER_PAGE, description: '每页条数 (page size, at most 100; default 20)' })
  @IsOptional()
  @IsInt()
  first?: number | null;

  @TextField({ nullable: true, description: '游标 (endCursor of the previous page)' })
  @IsOptional()
  @IsString()
  after?: string | null;
}
