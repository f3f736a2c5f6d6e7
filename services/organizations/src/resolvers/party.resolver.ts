import { requireViewer, type RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ContactHousehold } from '../entities/contact-household.entity';
import { MemberDevelopment } from '../entities/member-development.entity';
import { PartyMember, PartyMemberTransfer } from '../entities/party-member.entity';
import { PartyOrganization } from '../entities/party-organization.entity';
import {
  AddPartyMemberInput,
  AdvanceMemberDevelopmentInput,
  CreatePartyOrganizationInput,
  LinkContactHouseholdInput,
  StartMemberDevelopmentInput,
  TransferPartyMemberInput,
} from '../inputs/party.inputs';
import { nameFor } from '../services/masking';
import * as party from '../services/party.service';
import { PartyMemberConnection, StageDateObject } from './party.types';

const DIVISION_ARG = { description: '区划代码 (division code; its whole subtree is listed)' };

/** 一领: party organizations, members, contact households and member development; rules live in party.service. */
@Resolver(() => PartyOrganization)
export class PartyOrganizationResolver {
  @Query(() => [PartyOrganization], { nullable: true, description: '党组织 (party organizations in the division\'s subtree, by division code)' })
  partyOrganizations(@Arg('divisionCode', () => String, DIVISION_ARG) divisionCode: string, @Ctx() ctx: RequestContext) {
    return party.listPartyOrganizations(ctx, divisionCode);
  }

  @FieldResolver(() => PartyOrganization, { nullable: true, description: '上级党组织 (the village org above a branch or party group; null at the top)' })
  parent(@Root() org: PartyOrganization, @Ctx() ctx: RequestContext) {
    return org.parentId ? party.loadPartyOrganization(ctx, org.parentId) : null;
  }

  @FieldResolver(() => Int, { description: '党员人数 (members of this organization itself)' })
  memberCount(@Root() org: PartyOrganization, @Ctx() ctx: RequestContext) {
    return party.loadMemberCount(ctx, org.id);
  }

  @Mutation(() => PartyOrganization, { description: '建立党组织 (record the village org, or a villager group\'s branch or party group; one per division)' })
  createPartyOrganization(@Arg('input', () => CreatePartyOrganizationInput) input: CreatePartyOrganizationInput, @Ctx() ctx: RequestContext) {
    return party.createPartyOrganization(ctx, input);
  }
}

/** Party members: masked names outside the village, transfers with history, contact households. */
@Resolver(() => PartyMember)
export class PartyMemberResolver {
  @Query(() => PartyMemberConnection, { nullable: true, description: '党员 (party members in the division\'s subtree, a page at a time)' })
  async partyMembers(
    @Arg('divisionCode', () => String, DIVISION_ARG) divisionCode: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: '每页条数 (page size, 1–200)' }) first: number,
    @Arg('after', () => String, { nullable: true, description: '游标 (cursor: endCursor of the previous page)' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PartyMemberConnection> {
    const page = await party.listPartyMembers(ctx, divisionCode, first, after ?? null);
    return Object.assign(new PartyMemberConnection(), { page, nodes: page.nodes, pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage } });
  }

  @FieldResolver(() => String, { description: '姓名 (name; 张* for viewers outside the village)' })
  name(@Root() member: PartyMember, @Ctx() ctx: RequestContext): string {
    return nameFor(requireViewer(ctx), member.villageCode, member.name);
  }

  @FieldResolver(() => PartyOrganization, { nullable: true, description: '所在党组织 (current organization)' })
  organization(@Root() member: PartyMember, @Ctx() ctx: RequestContext) {
    return party.loadPartyOrganization(ctx, member.organizationId);
  }

  @FieldResolver(() => [PartyMemberTransfer], { description: '组织关系转接记录 (transfers between organizations, oldest first)' })
  transfers(@Root() member: PartyMember, @Ctx() ctx: RequestContext) {
    return party.memberTransfers(ctx, member);
  }

  @FieldResolver(() => [ContactHousehold], { description: '联系户 (households this member keeps in touch with)' })
  contactHouseholds(@Root() member: PartyMember, @Ctx() ctx: RequestContext) {
    return party.memberContactHouseholds(ctx, member.id);
  }

  @Mutation(() => PartyMember, { description: '登记党员 (register an existing member in an organization)' })
  addPartyMember(@Arg('input', () => AddPartyMemberInput) input: AddPartyMemberInput, @Ctx() ctx: RequestContext) {
    return party.addPartyMember(ctx, input);
  }

  @Mutation(() => PartyMember, { description: '转接组织关系 (move a member to another organization; earlier transfers stay readable)' })
  transferPartyMember(@Arg('input', () => TransferPartyMemberInput) input: TransferPartyMemberInput, @Ctx() ctx: RequestContext) {
    return party.transferPartyMember(ctx, input);
  }

  @Query(() => [ContactHousehold], { name: 'contactHouseholds', nullable: true, description: '党员联系户 (contact households in the division\'s subtree)' })
  contactHouseholdList(@Arg('divisionCode', () => String, DIVISION_ARG) divisionCode: string, @Ctx() ctx: RequestContext) {
    return party.listContactHouseholds(ctx, divisionCode);
  }

  @Mutation(() => ContactHousehold, { description: '确定党员联系户 (link a member to a household the grid registered; one contact per household)' })
  linkContactHousehold(@Arg('input', () => LinkContactHouseholdInput) input: LinkContactHouseholdInput, @Ctx() ctx: RequestContext) {
    return party.linkContactHousehold(ctx, input);
  }
}

/** 发展党员: applications moved stage by stage under the party's interval rules. */
@Resolver(() => MemberDevelopment)
export class MemberDevelopmentResolver {
  @Query(() => [MemberDevelopment], { nullable: true, description: '发展党员 (member developments in the division\'s subtree)' })
  memberDevelopments(@Arg('divisionCode', () => String, DIVISION_ARG) divisionCode: string, @Ctx() ctx: RequestContext) {
    return party.listMemberDevelopments(ctx, divisionCode);
  }

  @FieldResolver(() => String, { description: '姓名 (name; 张* for viewers outside the village)' })
  name(@Root() dev: MemberDevelopment, @Ctx() ctx: RequestContext): string {
    return nameFor(requireViewer(ctx), dev.villageCode, dev.name);
  }

  @FieldResolver(() => [StageDateObject], { description: '阶段时间线 (each stage reached, with its date, in order)' })
  stageDates(@Root() dev: MemberDevelopment) {
    return party.stageDates(dev);
  }

  @Mutation(() => MemberDevelopment, { description: '登记入党申请 (record an application; stage APPLICANT)' })
  startMemberDevelopment(@Arg('input', () => StartMemberDevelopmentInput) input: StartMemberDevelopmentInput, @Ctx() ctx: RequestContext) {
    return party.startMemberDevelopment(ctx, input);
  }

  @Mutation(() => MemberDevelopment, { description: '推进发展阶段 (next stage with its date; a skipped stage, a date out of order or too short an interval is CONFLICT naming the rule)' })
  advanceMemberDevelopment(@Arg('input', () => AdvanceMemberDevelopmentInput) input: AdvanceMemberDevelopmentInput, @Ctx() ctx: RequestContext) {
    return party.advanceMemberDevelopment(ctx, input);
  }
}

/** The lazy total of a member page. */
@Resolver(() => PartyMemberConnection)
export class PartyMemberConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() conn: PartyMemberConnection, @Ctx() ctx: RequestContext) {
    return party.countPartyMembers(ctx, conn.page.divisionCode);
  }
}
