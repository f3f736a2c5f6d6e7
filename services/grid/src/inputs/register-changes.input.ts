import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { TextField } from '@shanzhi/kit';
import { Field, InputType } from 'type-graphql';
import { RelationToHead } from '../entities/relation-to-head';
import { ResidencyEndReason, ResidentAddedReason } from '../entities/residency-end-reason';

/** Input of `addResident`: a birth or a person moving in from elsewhere, into an existing household. */
@InputType('AddResidentInput', { description: '增员 (add a member to an existing household: birth or moving in)' })
export class AddResidentInput {
  @TextField({ type: 'ID', description: '户编号 (household id)' })
  @IsString()
  householdId!: string;

  @TextField({ description: '姓名 (name)' })
  @IsString()
  @MaxLength(50, { message: '姓名不超过 50 字 (name is at most 50 characters)' })
  name!: string;

  @TextField({ description: '身份证号 (18-character ID-card number; stored encrypted)' })
  @IsString()
  idNumber!: string;

  @TextField({ nullable: true, description: '手机号 (mainland mobile number; stored encrypted)' })
  @IsOptional()
  @IsString()
  phone?: string | null;

  @Field(() => RelationToHead, { description: '与户主关系 (relation to the head; not HEAD — change the head separately)' })
  @IsEnum(RelationToHead)
  relation!: RelationToHead;

  @Field(() => ResidentAddedReason, { description: '增员原因 (birth or moving in)' })
  @IsEnum(ResidentAddedReason)
  reason!: ResidentAddedReason;

  @TextField({ description: '日期 (day of the birth or the move, YYYY-MM-DD; a birth must match the ID number)' })
  @IsString()
  date!: string;
}

/** Input of `endResidency`: moving out or death; the row is kept with the reason and day. */
@InputType('EndResidencyInput', { description: '减员 (end a residency: moving out or death)' })
export class EndResidencyInput {
  @TextField({ type: 'ID', description: '村民编号 (resident id)' })
  @IsString()
  residentId!: string;

  @Field(() => ResidencyEndReason, { description: '注销原因 (MOVED_OUT or DECEASED)' })
  @IsEnum(ResidencyEndReason)
  reason!: ResidencyEndReason;

  @TextField({ description: '日期 (day it took effect, YYYY-MM-DD, not in the future)' })
  @IsString()
  date!: string;

  @TextField({ nullable: true, multiline: true, description: '说明 (note; for MOVED_OUT, where the resident moved to — required)' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: '说明不超过 500 字 (note is at most 500 characters)' })
  note?: string | null;
}

/** Input of `moveResident`: a move between two households of the same village. */
@InputType('MoveResidentInput', { description: '户间迁移 (move a resident to another household of the same village)' })
export class MoveResidentInput {
  @TextField({ type: 'ID', description: '村民编号 (resident id)' })
  @IsString()
  residentId!: string;

  @TextField({ type: 'ID', description: '迁入户编号 (id of the household the resident joins)' })
  @IsString()
  toHouseholdId!: string;

  @Field(() => RelationToHead, { description: '与新户主关系 (relation to the head of the new household; not HEAD)' })
  @IsEnum(RelationToHead)
  relation!: RelationToHead;
}

/** Input of `updateHousehold`: only the fields given change. */
@InputType('UpdateHouseholdInput', { description: '变更户信息 (change a household’s address, head or area)' })
export class UpdateHouseholdInput {
  @TextField({ type: 'ID', description: '户编号 (household id)' })
  @IsString()
  householdId!: string;

  @TextField({ nullable: true, description: '新住址 (new address)' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '住址不超过 200 字 (address is at most 200 characters)' })
  address?: string | null;

  @TextField({ type: 'ID', nullable: true, description: '新户主的村民编号 (resident id of the new head, an active member of this household)' })
  @IsOptional()
  @IsString()
  headResidentId?: string | null;

  @Field(() => RelationToHead, { nullable: true, description: '原户主的新关系 (relation of the former head to the new one; default OTHER)' })
  @IsOptional()
  @IsEnum(RelationToHead)
  formerHeadRelation?: RelationToHead | null;

  @TextField({ type: 'ID', nullable: true, description: '新片区编号 (id of the area to move the household to, in the same village)' })
  @IsOptional()
  @IsString()
  areaId?: string | null;
}

/** Input of `dissolveHousehold`. */
@InputType('DissolveHouseholdInput', { description: '销户 (dissolve a household whose members have all ended or moved)' })
export class DissolveHouseholdInput {
  @TextField({ type: 'ID', description: '户编号 (household id)' })
  @IsString()
  householdId!: string;

  @TextField({ description: '日期 (day it took effect, YYYY-MM-DD, not in the future)' })
  @IsString()
  date!: string;
}

/** Input of `linkVillagerAccount`. */
@InputType('LinkVillagerAccountInput', { description: '绑定村民账户 (link a VILLAGER account to a resident)' })
export class LinkVillagerAccountInput {
  @TextField({ type: 'ID', description: '村民编号 (resident id)' })
  @IsString()
  residentId!: string;

  @TextField({ description: '账户名 (username of the VILLAGER account)' })
  @IsString()
  @MaxLength(100, { message: '账户名不超过 100 字 (username is at most 100 characters)' })
  username!: string;
}
