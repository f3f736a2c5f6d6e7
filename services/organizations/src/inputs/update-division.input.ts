import { IsOptional, Matches, MaxLength } from 'class-validator';
import { TextField } from '@shanzhi/kit';
import { InputType } from 'type-graphql';
import { DIVISION_CODE_MESSAGE, DIVISION_CODE_PATTERN, NON_BLANK } from './division-code';

/** Input of `updateDivision`: renames a division; the code, level and parent never change. */
@InputType('UpdateDivisionInput', { description: '修改行政区划名称 (rename a division)' })
export class UpdateDivisionInput {
  @TextField({ description: '行政区划代码 (code of the division to rename)' })
  @Matches(DIVISION_CODE_PATTERN, { message: DIVISION_CODE_MESSAGE })
  code!: string;

  @TextField({ description: '新名称 (new name)' })
  @Matches(NON_BLANK, { message: '名称不能为空 (name is required)' })
  @MaxLength(100, { message: '名称不超过 100 字 (name is at most 100 characters)' })
  name!: string;

  @TextField({ nullable: true, description: '新简称 (new short name); unchanged when omitted' })
  @IsOptional()
  @Matches(NON_BLANK, { message: '简称不能为空 (short name must not be blank)' })
  @MaxLength(100, { message: '简称不超过 100 字 (short name is at most 100 characters)' })
  shortName?: string | null;
}
