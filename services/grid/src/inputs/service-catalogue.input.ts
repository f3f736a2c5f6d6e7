import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { TextField } from '@shanzhi/kit';
import { Field, InputType } from 'type-graphql';
import { ResponsibleLevel, TimeLimit } from '../entities/service-enums';

/** Input of `updateServiceItem`: only the fields given change; each edit raises the item's version. */
@InputType('UpdateServiceItemInput', { description: '修改服务事项 (edit a catalogue item; raises its version)' })
export class UpdateServiceItemInput {
  @TextField({ type: 'ID', description: '事项编号 (item id)' })
  @IsString()
  itemId!: string;

  @TextField({ nullable: true, description: '事项名称 (item name)' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: '事项名称不超过 100 字 (name is at most 100 characters)' })
  name?: string | null;

  @Field(() => TimeLimit, { nullable: true, description: '办理时限 (time-limit class)' })
  @IsOptional()
  @IsEnum(TimeLimit)
  timeLimit?: TimeLimit | null;

  @Field(() => ResponsibleLevel, { nullable: true, description: '责任层级 (responsible level)' })
  @IsOptional()
  @IsEnum(ResponsibleLevel)
  responsibleLevel?: ResponsibleLevel | null;

  @TextField({ nullable: true, description: '责任部门 (the county department, for DEPARTMENT items)' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: '部门名称不超过 100 字 (department is at most 100 characters)' })
  department?: string | null;
}
