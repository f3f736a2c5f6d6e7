import { IsDivisionCode, TextField } from '@shanzhi/kit';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DevelopmentSource, DevelopmentStage, PartyMemberStatus, PartyOrganizationKind } from '../entities/party.enums';

/** Input of `createPartyOrganization`. */
@InputType('CreatePartyOrganizationInput', { description: '建立党组织 (record a party organization)' })
export class CreatePartyOrganizationInput {
  @TextField({ description: '区划代码 (village code for the village org, villager-group code for a branch or party group)' })
  @IsDivisionCode()
  divisionCode!: string;

  @TextField({ maxLength: 100, description: '名称 (name, e.g. 中共百家池村委员会)' })
  name!: string;

  @Field(() => PartyOrganizationKind, { description: '类别 (kind: COMMITTEE, GENERAL_BRANCH or BRANCH for a village; BRANCH or GROUP for a villager group)' })
  @IsEnum(PartyOrganizationKind)
  kind!: PartyOrganizationKind;
}

/** Input of `addPartyMember`: registers someone who is already a member. */
@InputType('AddPartyMemberInput', { description: '登记党员 (register an existing party member)' })
export class AddPartyMemberInput {
  @TextField({ type: 'ID', description: '党组织编号 (organization id)' })
  organizationId!: string;

  @TextField({ maxLength: 50, description: '姓名 (name)' })
  name!: string;

  @Field(() => PartyMemberStatus, { description: '党员状态 (status)' })
  @IsEnum(PartyMemberStatus)
  status!: PartyMemberStatus;

  @TextField({ nullable: true, description: '入党日期 (admission date, YYYY-MM-DD)' })
  @IsOptional()
  joinedOn?: string | null;
}

/** Input of `transferPartyMember`. */
@InputType('TransferPartyMemberInput', { description: '转接组织关系 (move a member to another organization; the history is kept)' })
export class TransferPartyMemberInput {
  @TextField({ type: 'ID', description: '党员编号 (member id)' })
  memberId!: string;

  @TextField({ type: 'ID', description: '转入党组织编号 (organization to join)' })
  organizationId!: string;

  @TextField({ description: '转接日期 (date, YYYY-MM-DD)' })
  date!: string;
}

/** Input of `linkContactHousehold`. */
@InputType('LinkContactHouseholdInput', { description: '确定党员联系户 (make a member the contact of a household)' })
export class LinkContactHouseholdInput {
  @TextField({ type: 'ID', description: '党员编号 (member id)' })
  memberId!: string;

  @TextField({ type: 'ID', description: '户编号 (the grid household\'s id)' })
  householdId!: string;
}

/** Input of `startMemberDevelopment`. */
@InputType('StartMemberDevelopmentInput', { description: '登记入党申请 (record an application for membership)' })
export class StartMemberDevelopmentInput {
  @TextField({ description: '区划代码 (village or villager group whose organization the person will join)' })
  @IsDivisionCode()
  divisionCode!: string;

  @TextField({ maxLength: 50, description: '姓名 (name)' })
  name!: string;

  @Field(() => DevelopmentSource, { description: '发展来源 (source)' })
  @IsEnum(DevelopmentSource)
  source!: DevelopmentSource;

  @TextField({ description: '申请日期 (date of application, YYYY-MM-DD)' })
  @MaxLength(10)
  appliedAt!: string;
}

/** Input of `advanceMemberDevelopment`. */
@InputType('AdvanceMemberDevelopmentInput', { description: '推进发展阶段 (move a development to its next stage)' })
export class AdvanceMemberDevelopmentInput {
  @TextField({ type: 'ID', description: '发展记录编号 (development id)' })
  developmentId!: string;

  @Field(() => DevelopmentStage, { description: '新阶段 (the next stage)' })
  @IsEnum(DevelopmentStage)
  stage!: DevelopmentStage;

  @TextField({ description: '该阶段日期 (date the stage was reached, YYYY-MM-DD)' })
  @MaxLength(10)
  date!: string;
}
