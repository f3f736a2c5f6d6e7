import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { TextField } from '@shanzhi/kit';
import { Field, ID, InputType } from 'type-graphql';
import { AreaRecordKind } from '../entities/area-record.entity';

/** Input of `recordAreaRecord`. */
@InputType('RecordAreaRecordInput', { description: '记片区台账 (record one entry of 人、地、事、物、情 for an area)' })
export class RecordAreaRecordInput {
  @TextField({ type: 'ID', description: '片区编号 (area id)' })
  @IsString()
  areaId!: string;

  @Field(() => AreaRecordKind, { description: '类别 (kind)' })
  @IsEnum(AreaRecordKind)
  kind!: AreaRecordKind;

  @TextField({ multiline: true, description: '内容 (text)' })
  @IsString()
  @MaxLength(2000, { message: '内容不超过 2000 字 (text is at most 2000 characters)' })
  text!: string;

  @Field(() => [ID], { nullable: true, description: '关联户 (ids of households of the same village it concerns)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50, { message: '最多关联 50 户 (at most 50 households)' })
  householdIds?: string[] | null;

  @TextField({ nullable: true, description: '日期 (day of the record, YYYY-MM-DD; default today)' })
  @IsOptional()
  @IsString()
  date?: string | null;

  @TextField({ nullable: true, description: '跟进日期 (day to follow up, YYYY-MM-DD, not before the record’s day)' })
  @IsOptional()
  @IsString()
  followUpOn?: string | null;
}

/** Input of `changeAreaChief`. */
@InputType('ChangeAreaChiefInput', { description: '更换片长 (change an area’s chief; the history is kept)' })
export class ChangeAreaChiefInput {
  @TextField({ type: 'ID', description: '片区编号 (area id)' })
  @IsString()
  areaId!: string;

  @TextField({ description: '新片长姓名 (name of the new chief)' })
  @IsString()
  @MaxLength(50, { message: '片长姓名不超过 50 字 (chief name is at most 50 characters)' })
  chiefName!: string;

  @TextField({ nullable: true, description: '新片长手机号 (mobile number; stored encrypted, shown masked)' })
  @IsOptional()
  @IsString()
  chiefPhone?: string | null;

  @TextField({ nullable: true, description: '新片长账户 (username of the new chief’s AREA_CHIEF account, if any)' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: '账户名不超过 100 字 (username is at most 100 characters)' })
  chiefUsername?: string | null;
}
