import { ArrayMaxSize, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { TextField } from '@shanzhi/kit';
import { Field, InputType } from 'type-graphql';
import { RelationToHead } from '../entities/relation-to-head';

/** Maximum members of one household; a larger register is a data-entry error. */
export const MAX_RESIDENTS_PER_HOUSEHOLD = 30;

/** One member of a household being registered. */
@InputType('RegisterResidentInput', { description: '登记村民 (a member of the household being registered)' })
export class RegisterResidentInput {
  @TextField({ description: '姓名 (name)' })
  @IsString()
  @MaxLength(50, { message: '姓名不超过 50 字 (name is at most 50 characters)' })
  name!: string;

  @TextField({ description: '身份证号 (18-character ID-card number, GB 11643; stored encrypted)' })
  @IsString()
  idNumber!: string;

  @TextField({ nullable: true, description: '手机号 (mainland mobile number; stored encrypted)' })
  @IsOptional()
  @IsString()
  phone?: string | null;

  @Field(() => RelationToHead, { description: '与户主关系 (relation to the head of the household)' })
  @IsEnum(RelationToHead)
  relation!: RelationToHead;
}

/** Input of `registerHousehold`; validation of ID numbers and phones happens in household.service. */
@InputType('RegisterHouseholdInput', { description: '登记户 (register a household with its members)' })
export class RegisterHouseholdInput {
  @TextField({ description: '所属区划代码 (code of the villager group, 15 digits, or village, 12 digits)' })
  @IsString()
  divisionCode!: string;

  @TextField({ type: 'ID', nullable: true, description: '所属片区编号 (id of the area, in the same village)' })
  @IsOptional()
  @IsString()
  areaId?: string | null;

  @TextField({ description: '住址 (address)' })
  @IsString()
  @MaxLength(200, { message: '住址不超过 200 字 (address is at most 200 characters)' })
  address!: string;

  @TextField({ description: '户主姓名 (name of the head of the household)' })
  @IsString()
  @MaxLength(50, { message: '户主姓名不超过 50 字 (head name is at most 50 characters)' })
  headName!: string;

  @Field(() => [RegisterResidentInput], { description: '家庭成员 (members of the household, the head included)' })
  @ArrayMaxSize(MAX_RESIDENTS_PER_HOUSEHOLD, { message: `每户最多 ${MAX_RESIDENTS_PER_HOUSEHOLD} 人 (at most ${MAX_RESIDENTS_PER_HOUSEHOLD} members)` })
  @ValidateNested({ each: true })
  residents!: RegisterResidentInput[];
}
