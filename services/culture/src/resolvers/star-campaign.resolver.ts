import type { RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { StarCampaignState } from '../entities/enums';
import { Nomination } from '../entities/nomination.entity';
import { StarCampaign, StarCampaignTransition } from '../entities/star-campaign.entity';
import { VillagerRepresentative } from '../entities/villager-representative.entity';
import { AddVillagerRepresentativeInput, AdvanceStarCampaignInput, CastStarVoteInput, NominateInput, OpenStarCampaignInput, RemoveVillagerRepresentativeInput } from '../inputs/star-campaign.inputs';
import * as campaigns from '../services/star-campaign.service';

/** One line of a campaign's tally. */
@ObjectType('StarTallyEntry', { description: '计票结果 (votes of one nomination, counted from the stored votes)' })
export class StarTallyEntry {
  @Field(() => Nomination, { description: '提名 (the nomination)' })
  nomination!: Nomination;

  @Field(() => Int, { description: '票数 (votes)' })
  votes!: number;
}

/** 百家明星: campaigns, nominations, representatives' votes, review and publication. */
@Resolver(() => StarCampaign)
export class StarCampaignResolver {
  @Query(() => StarCampaign, { nullable: true, description: '评选详情 (a star campaign; a published one is public, like disclosures)' })
  starCampaign(@Arg('id', () => String, { description: '评选编号 (campaign id)' }) id: string, @Ctx() ctx: RequestContext): Promise<StarCampaign> {
    return campaigns.getCampaign(ctx, id);
  }

  @Query(() => [StarCampaign], { nullable: true, description: '评选列表 (campaigns of a division; without a token only published ones)' })
  starCampaigns(
    @Arg('divisionCode', () => String, { description: '区划代码 (division code)' }) divisionCode: string,
    @Arg('state', () => StarCampaignState, { nullable: true, description: '阶段 (only this state)' }) state: StarCampaignState | null,
    @Ctx() ctx: RequestContext,
  ): Promise<StarCampaign[]> {
    return campaigns.listCampaigns(ctx, divisionCode, state);
  }

  @Query(() => [VillagerRepresentative], { nullable: true, description: '村民代表名单 (villager representatives of a village)' })
  villagerRepresentatives(@Arg('divisionCode', () => String, { description: '村代码 (village code)' }) divisionCode: string, @Ctx() ctx: RequestContext): Promise<VillagerRepresentative[]> {
    return campaigns.listRepresentatives(ctx, divisionCode);
  }

  @Mutation(() => StarCampaign, { description: '发起评选 (open a quarter’s campaign of a village)' })
  openStarCampaign(@Arg('input', () => OpenStarCampaignInput) input: OpenStarCampaignInput, @Ctx() ctx: RequestContext): Promise<StarCampaign> {
    return campaigns.openCampaign(ctx, input);
  }

  @Mutation(() => Nomination, { description: '提名 (nominate a villager; nominating oneself is refused)' })
  nominate(@Arg('input', () => NominateInput) input: NominateInput, @Ctx() ctx: RequestContext): Promise<Nomination> {
    return campaigns.nominate(ctx, input);
  }

  @Mutation(() => Nomination, { description: '村民代表投票 (a villager representative’s one vote, inside the voting window)' })
  castStarVote(@Arg('input', () => CastStarVoteInput) input: CastStarVoteInput, @Ctx() ctx: RequestContext): Promise<Nomination> {
    return campaigns.castVote(ctx, input);
  }

  @Mutation(() => StarCampaign, { description: '推进评选 (move a campaign to its next state; publishing applies the committee’s strikes)' })
  advanceStarCampaign(@Arg('input', () => AdvanceStarCampaignInput) input: AdvanceStarCampaignInput, @Ctx() ctx: RequestContext): Promise<StarCampaign> {
    return campaigns.advanceCampaign(ctx, input);
  }

  @Mutation(() => VillagerRepresentative, { description: '登记村民代表 (add a villager representative)' })
  addVillagerRepresentative(@Arg('input', () => AddVillagerRepresentativeInput) input: AddVillagerRepresentativeInput, @Ctx() ctx: RequestContext): Promise<VillagerRepresentative> {
    return campaigns.addRepresentative(ctx, input);
  }

  @Mutation(() => Boolean, { description: '移除村民代表 (remove a villager representative)' })
  removeVillagerRepresentative(@Arg('input', () => RemoveVillagerRepresentativeInput) input: RemoveVillagerRepresentativeInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return campaigns.removeRepresentative(ctx, input);
  }

  @FieldResolver(() => [Nomination], { description: '提名 (nominations, in the order they came; struck ones carry the published reason)' })
  nominations(@Root() campaign: StarCampaign, @Ctx() ctx: RequestContext): Promise<Nomination[]> {
    return campaigns.listNominations(ctx, campaign);
  }

  @FieldResolver(() => [StarTallyEntry], { nullable: true, description: '计票 (tally from the stored votes, most first; managers see it any time, everyone once published)' })
  tally(@Root() campaign: StarCampaign, @Ctx() ctx: RequestContext): Promise<StarTallyEntry[] | null> {
    return campaigns.visibleTally(ctx, campaign);
  }

  @FieldResolver(() => [Nomination], { description: '当选者 (winners by place: the top N after review; empty until published)' })
  winners(@Root() campaign: StarCampaign, @Ctx() ctx: RequestContext): Promise<Nomination[]> {
    return campaigns.listWinners(ctx, campaign);
  }

  @FieldResolver(() => [StarCampaignTransition], { description: '进程 (timeline of the campaign)' })
  timeline(@Root() campaign: StarCampaign, @Ctx() ctx: RequestContext): Promise<StarCampaignTransition[]> {
    return campaigns.timeline(ctx, campaign);
  }
}
