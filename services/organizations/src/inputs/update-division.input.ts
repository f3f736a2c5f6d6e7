import { IsOptional, Matches, MaxLength } from 'class-validator';
import { IsDivisionCode, TextField } from '@shanzhi/kit';
import { InputType } from 'type-graphql';

/** Input of `updateDivision`: renames a division; the code, level and parent never change. */
@InputType('UpdateDivisionInput', { description: '修改行政区划名称 (rename a division)' })
export class UpdateDivisionInput {
  @TextField({ description: '行政区划代码 (code of the division to rename)' })
  @IsDivisionCode()
  code!: string;

  @TextField({ description: '新名称 (new name)' })
  @Matches(/\S/, { message: '名称不能为空 (name is required)' })
  @MaxLength(100, { message: '名称不超过 100 字 (name is at most 100 characters)' })
  name!: string;

  @TextField({ nullable: true, description: '新简称 (new short name); unchanged when omitted' })
  @IsOptional()
  @Matches(/\S/, { message: '简称不能为空 (short name must not be blank)' })
  @MaxLength(100, { message: '简称不超过 100 字 (short name is at most 100 characters)' })
  shortName?: string | null;
}
