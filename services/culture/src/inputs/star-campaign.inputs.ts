import { DateTimeScalar, TextField } from '@shanzhi/kit';
import { Allow, IsOptional, IsString, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { NominatorKind, StarCampaignKind, StarCampaignState } from '../entities/enums';

/** Input of `openStarCampaign`. */
@InputType('OpenStarCampaignInput', { description: '发起百家明星评选 (open a quarter’s star campaign of a village)' })
export class OpenStarCampaignInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  @IsString()
  divisionCode!: string;

  @TextField({ description: '季度 (quarter, e.g. 2026Q3)' })
  @IsString()
  quarter!: string;

  @Field(() => StarCampaignKind, { description: '评选类型 (kind)' })
  @Allow()
  kind!: StarCampaignKind;

  @Field(() => Int, { nullable: true, defaultValue: 3, description: '评出名额 (how many winners, 1–20; default 3)' })
  @Allow()
  @IsOptional()
  winners?: number | null;
}

/** Input of `nominate`. */
@InputType('NominateInput', { description: '提名 (nominate a villager for a star campaign)' })
export class NominateInput {
  @TextField({ type: 'ID', description: '评选编号 (campaign id)' })
  @IsString()
  campaignId!: string;

  @TextField({ type: 'ID', description: '被提名村民编号 (resident id of the nominee, from the grid)' })
  @IsString()
  nomineeResidentId!: string;

  @TextField({ nullable: true, description: '被提名人姓名 (nominee’s name; may be left out when the village’s register already knows the resident)', maxLength: 50 })
  @IsOptional()
  @IsString()
  nomineeName?: string | null;

  @TextField({ type: 'ID', description: '提名方编号 (nominator: a resident id for an individual, a community organization id for an organization)' })
  @IsString()
  nominatedBy!: string;

  @Field(() => NominatorKind, { nullable: true, defaultValue: NominatorKind.INDIVIDUAL, description: '提名方类型 (individual or organization; default individual)' })
  @Allow()
  @IsOptional()
  nominatorKind?: NominatorKind | null;

  @TextField({ description: '推荐理由 (reason, at most 1000 characters)', multiline: true, maxLength: 1000 })
  @IsString()
  reason!: string;
}

/** Input of `castStarVote`. */
@InputType('CastStarVoteInput', { description: '投票 (a villager representative’s one vote in a campaign)' })
export class CastStarVoteInput {
  @TextField({ type: 'ID', description: '评选编号 (campaign id)' })
  @IsString()
  campaignId!: string;

  @TextField({ type: 'ID', description: '提名编号 (nomination voted for)' })
  @IsString()
  nominationId!: string;
}

/** A nominee the committee strikes. */
@InputType('StrikeNominationInput', { description: '复审取消 (a nominee struck by the committee, with the published reason)' })
export class StrikeNominationInput {
  @TextField({ type: 'ID', description: '提名编号 (nomination id)' })
  @IsString()
  nominationId!: string;

  @TextField({ description: '理由 (reason, published; at most 500 characters)', multiline: true, maxLength: 500 })
  @IsString()
  reason!: string;
}

/** Input of `advanceStarCampaign`. */
@InputType('AdvanceStarCampaignInput', { description: '推进评选 (move a campaign to its next state)' })
export class AdvanceStarCampaignInput {
  @TextField({ type: 'ID', description: '评选编号 (campaign id)' })
  @IsString()
  campaignId!: string;

  @Field(() => StarCampaignState, { description: '目标阶段 (the next state)' })
  @Allow()
  to!: StarCampaignState;

  @Field(() => DateTimeScalar, { nullable: true, description: '投票截止时间 (when moving to VOTING: end of the voting window; default 7 days)' })
  @Allow()
  @IsOptional()
  votingClosesAt?: Date | null;

  @Field(() => [StrikeNominationInput], { nullable: true, description: '复审取消的提名 (when publishing: nominees the committee strikes, with reasons)' })
  @ValidateNested({ each: true })
  @IsOptional()
  struck?: StrikeNominationInput[] | null;
}

/** Input of `addVillagerRepresentative`. */
@InputType('AddVillagerRepresentativeInput', { description: '登记村民代表 (add a villager representative of a village)' })
export class AddVillagerRepresentativeInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  @IsString()
  divisionCode!: string;

  @TextField({ description: '账号 (the representative’s account username)', maxLength: 100 })
  @IsString()
  username!: string;

  @TextField({ description: '姓名 (name)', maxLength: 50 })
  @IsString()
  name!: string;
}

/** Input of `removeVillagerRepresentative`. */
@InputType('RemoveVillagerRepresentativeInput', { description: '移除村民代表 (remove a villager representative)' })
export class RemoveVillagerRepresentativeInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  @IsString()
  divisionCode!: string;

  @TextField({ description: '账号 (account username)', maxLength: 100 })
  @IsString()
  username!: string;
}
