import { IsOptional, Matches, MaxLength } from 'class-validator';
import { IsDivisionCode, TextField } from '@shanzhi/kit';
import { Field, InputType } from 'type-graphql';
import { DivisionLevel } from '../entities/division-level';

/** Input of `createDivision`: mostly used to add villager groups below a village. */
@InputType('CreateDivisionInput', { description: '新增行政区划 (create a division, usually a villager group)' })
export class CreateDivisionInput {
  @TextField({ description: '行政区划代码 (code; a villager group is the village code + 3 digits)' })
  @IsDivisionCode()
  code!: string;

  @TextField({ description: '名称 (name, e.g. 第五村民小组)' })
  @Matches(/\S/, { message: '名称不能为空 (name is required)' })
  @MaxLength(100, { message: '名称不超过 100 字 (name is at most 100 characters)' })
  name!: string;

  @TextField({ nullable: true, description: '简称 (short name, e.g. 五组); defaults to the name' })
  @IsOptional()
  @Matches(/\S/, { message: '简称不能为空 (short name must not be blank)' })
  @MaxLength(100, { message: '简称不超过 100 字 (short name is at most 100 characters)' })
  shortName?: string | null;

  @Field(() => DivisionLevel, { nullable: true, description: '区划层级 (level); derived from the code length when omitted, and must match it' })
  @IsOptional()
  level?: DivisionLevel | null;

  @TextField({ nullable: true, description: '上级区划代码 (parent code); derived from the code when omitted, and must match it' })
  @IsOptional()
  @IsDivisionCode()
  parentCode?: string | null;
}
