import { IsDivisionCode, TextField } from '@shanzhi/kit';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { CharterKind, CommunityOrganizationKind, CommunityOrganizationStatus, FundSource, VenueFunction, VenueKind } from '../entities/village.enums';

/** Input of `createVenue`. */
@InputType('CreateVenueInput', { description: '新建阵地 (record a venue)' })
export class CreateVenueInput {
  @TextField({ description: '区划代码 (the village for a MAIN venue; the villager group, or the village, for a GROUP venue)' })
  @IsDivisionCode()
  divisionCode!: string;

  @Field(() => VenueKind, { description: '阵地类别 (kind: one MAIN per village)' })
  @IsEnum(VenueKind)
  kind!: VenueKind;

  @TextField({ maxLength: 100, description: '名称 (name, e.g. 邻里百家, 村民议事坝)' })
  name!: string;

  @TextField({ maxLength: 200, description: '地址 (address)' })
  address!: string;

  @Field(() => [VenueFunction], { description: '功能 (functions, at least one)' })
  @ArrayMinSize(1, { message: '至少选择一项功能 (choose at least one function)' })
  @ArrayMaxSize(3)
  @IsEnum(VenueFunction, { each: true })
  functions!: VenueFunction[];

  @Field(() => Int, { description: '容纳人数 (capacity, 1–10000 people)' })
  @IsInt()
  @Min(1, { message: '容纳人数至少为 1 (capacity must be at least 1)' })
  @Max(10000, { message: '容纳人数不超过 10000 (capacity is at most 10000)' })
  capacity!: number;

  @TextField({ maxLength: 200, description: '开放时间 (opening hours, e.g. 每日 8:30–17:30)' })
  openingHours!: string;
}

/** Input of `updateVenue`: the fields given change; the kind and the division stay. */
@InputType('UpdateVenueInput', { description: '修改阵地 (change a venue)' })
export class UpdateVenueInput {
  @TextField({ type: 'ID', description: '阵地编号 (venue id)' })
  id!: string;

  @TextField({ nullable: true, maxLength: 100, description: '名称 (name)' })
  @IsOptional()
  name?: string | null;

  @TextField({ nullable: true, maxLength: 200, description: '地址 (address)' })
  @IsOptional()
  address?: string | null;

  @Field(() => [VenueFunction], { nullable: true, description: '功能 (functions, at least one)' })
  @IsOptional()
  @ArrayMinSize(1, { message: '至少选择一项功能 (choose at least one function)' })
  @ArrayMaxSize(3)
  @IsEnum(VenueFunction, { each: true })
  functions?: VenueFunction[] | null;

  @Field(() => Int, { nullable: true, description: '容纳人数 (capacity, 1–10000 people)' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: '容纳人数至少为 1 (capacity must be at least 1)' })
  @Max(10000, { message: '容纳人数不超过 10000 (capacity is at most 10000)' })
  capacity?: number | null;

  @TextField({ nullable: true, maxLength: 200, description: '开放时间 (opening hours)' })
  @IsOptional()
  openingHours?: string | null;
}

/** Input of `createCommunityOrganization`. */
@InputType('CreateCommunityOrganizationInput', { description: '登记微组织 (record a community organization)' })
export class CreateCommunityOrganizationInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  @IsDivisionCode()
  divisionCode!: string;

  @TextField({ maxLength: 100, description: '名称 (name)' })
  name!: string;

  @Field(() => CommunityOrganizationKind, { description: '类别 (kind)' })
  @IsEnum(CommunityOrganizationKind)
  kind!: CommunityOrganizationKind;

  @TextField({ nullable: true, multiline: true, maxLength: 2000, description: '简介 (what it does)' })
  @IsOptional()
  description?: string | null;
}

/** Input of `setCommunityOrganizationStatus`. */
@InputType('SetCommunityOrganizationStatusInput', { description: '变更微组织状态 (change the status of a community organization)' })
export class SetCommunityOrganizationStatusInput {
  @TextField({ type: 'ID', description: '组织编号 (organization id)' })
  organizationId!: string;

  @Field(() => CommunityOrganizationStatus, { description: '新状态 (new status)' })
  @IsEnum(CommunityOrganizationStatus)
  status!: CommunityOrganizationStatus;
}

/** Input of `addCommunityOrganizationMember`. */
@InputType('AddCommunityOrganizationMemberInput', { description: '加入微组织 (add a member to a community organization)' })
export class AddCommunityOrganizationMemberInput {
  @TextField({ type: 'ID', description: '组织编号 (organization id)' })
  organizationId!: string;

  @TextField({ maxLength: 50, description: '姓名 (name)' })
  name!: string;

  @TextField({ nullable: true, maxLength: 50, description: '职务 (role, e.g. 会长)' })
  @IsOptional()
  role?: string | null;

  @TextField({ description: '加入日期 (joined, YYYY-MM-DD)' })
  joinedOn!: string;
}

/** Input of `recordCommunityOrganizationMeeting`. */
@InputType('RecordCommunityOrganizationMeetingInput', { description: '登记微组织会议 (record a meeting of a community organization)' })
export class RecordCommunityOrganizationMeetingInput {
  @TextField({ type: 'ID', description: '组织编号 (organization id)' })
  organizationId!: string;

  @TextField({ description: '会议日期 (date, YYYY-MM-DD)' })
  heldOn!: string;

  @TextField({ type: 'ID', nullable: true, description: '阵地编号 (venue of the same village where it met)' })
  @IsOptional()
  venueId?: string | null;

  @TextField({ maxLength: 200, description: '议题 (topic)' })
  topic!: string;

  @Field(() => Int, { description: '参会人数 (attendance)' })
  @IsInt()
  @Min(1, { message: '参会人数至少为 1 (attendance must be at least 1)' })
  @Max(100000)
  attendance!: number;
}

/** Input of `publishCharter`. */
@InputType('PublishCharterInput', { description: '发布章程新版本 (publish a new version of a village charter)' })
export class PublishCharterInput {
  @TextField({ description: '村代码 (village code)' })
  @IsDivisionCode()
  divisionCode!: string;

  @Field(() => CharterKind, { description: '类别 (kind)' })
  @IsEnum(CharterKind)
  kind!: CharterKind;

  @TextField({ multiline: true, maxLength: 50000, description: '正文 (text)' })
  text!: string;

  @TextField({ maxLength: 100, description: '通过机构 (who adopted it, e.g. 村民会议)' })
  adoptedBy!: string;

  @TextField({ description: '通过日期 (adopted on, YYYY-MM-DD)' })
  adoptedOn!: string;
}

/** Input of `contributeToFund`. */
@InputType('ContributeToFundInput', { description: '基金筹集 (money into a village\'s incubation fund)' })
export class ContributeToFundInput {
  @TextField({ description: '村代码 (village code)' })
  @IsDivisionCode()
  divisionCode!: string;

  @Field(() => Int, { description: '金额（分）(amount in fen, positive)' })
  @IsInt()
  amountFen!: number;

  @Field(() => FundSource, { description: '资金来源 (source)' })
  @IsEnum(FundSource)
  source!: FundSource;

  @TextField({ nullable: true, maxLength: 100, description: '捐赠人 (donor; required for a local worthy\'s donation)' })
  @IsOptional()
  donor?: string | null;
}

/** Input of `grantFromFund`. */
@InputType('GrantFromFundInput', { description: '基金资助 (grant from the fund to a social or mass organization)' })
export class GrantFromFundInput {
  @TextField({ description: '村代码 (village code)' })
  @IsDivisionCode()
  divisionCode!: string;

  @TextField({ type: 'ID', description: '受助组织编号 (a SOCIAL or MASS community organization of the village)' })
  organizationId!: string;

  @Field(() => Int, { description: '金额（分）(amount in fen, positive; at most the balance)' })
  @IsInt()
  amountFen!: number;

  @TextField({ maxLength: 200, description: '用途 (purpose)' })
  purpose!: string;
}

/** Input of `reverseFundTransaction`. */
@InputType('ReverseFundTransactionInput', { description: '冲正 (correct a ledger entry with a reversing entry)' })
export class ReverseFundTransactionInput {
  @TextField({ type: 'ID', description: '被冲正的收支编号 (entry to reverse)' })
  transactionId!: string;

  @TextField({ maxLength: 200, description: '冲正原因 (reason)' })
  reason!: string;
}
