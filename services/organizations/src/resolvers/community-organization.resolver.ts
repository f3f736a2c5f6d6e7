import { requireViewer, type RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CommunityOrganization, CommunityOrganizationMeeting, CommunityOrganizationMember } from '../entities/community-organization.entity';
import { Venue } from '../entities/venue.entity';
import { CommunityOrganizationKind } from '../entities/village.enums';
import {
  AddCommunityOrganizationMemberInput,
  CreateCommunityOrganizationInput,
  RecordCommunityOrganizationMeetingInput,
  SetCommunityOrganizationStatusInput,
} from '../inputs/village.inputs';
import * as community from '../services/community-organization.service';
import { nameFor } from '../services/masking';
import { resolveVenueReference } from '../services/venue.service';

/** 微组织: villagers' organizations, their members and meetings; rules in community-organization.service. */
@Resolver(() => CommunityOrganization)
export class CommunityOrganizationResolver {
  @Query(() => [CommunityOrganization], { nullable: true, description: '微组织 (community organizations in the division\'s subtree, optionally of one kind)' })
  communityOrganizations(
    @Arg('divisionCode', () => String, { description: '区划代码 (division code)' }) divisionCode: string,
    @Arg('kind', () => CommunityOrganizationKind, { nullable: true, description: '类别 (kind; all when omitted)' }) kind: CommunityOrganizationKind | null,
    @Ctx() ctx: RequestContext,
  ) {
    return community.listCommunityOrganizations(ctx, divisionCode, kind ?? null);
  }

  @FieldResolver(() => Boolean, { description: `是否活跃 (active: operating and met within the last ${community.ACTIVE_WITHIN_DAYS} days)` })
  async active(@Root() org: CommunityOrganization, @Ctx() ctx: RequestContext): Promise<boolean> {
    return community.isActive(org, await community.loadLastMeeting(ctx, org.id));
  }

  @FieldResolver(() => String, { nullable: true, description: '最近会议日期 (date of the latest meeting, YYYY-MM-DD)' })
  lastMetOn(@Root() org: CommunityOrganization, @Ctx() ctx: RequestContext) {
    return community.loadLastMeeting(ctx, org.id);
  }

  @FieldResolver(() => Int, { description: '成员人数 (members)' })
  memberCount(@Root() org: CommunityOrganization, @Ctx() ctx: RequestContext) {
    return community.loadCommunityMemberCount(ctx, org.id);
  }

  @FieldResolver(() => [CommunityOrganizationMember], { description: '成员 (members, earliest first)' })
  members(@Root() org: CommunityOrganization, @Ctx() ctx: RequestContext) {
    return community.loadCommunityMembers(ctx, org.id);
  }

  @FieldResolver(() => [CommunityOrganizationMeeting], { description: '会议 (meetings, newest first)' })
  meetings(@Root() org: CommunityOrganization, @Ctx() ctx: RequestContext) {
    return community.loadCommunityMeetings(ctx, org.id);
  }

  @Mutation(() => CommunityOrganization, { description: '登记微组织 (record a community organization of a village)' })
  createCommunityOrganization(@Arg('input', () => CreateCommunityOrganizationInput) input: CreateCommunityOrganizationInput, @Ctx() ctx: RequestContext) {
    return community.createCommunityOrganization(ctx, input);
  }

  @Mutation(() => CommunityOrganization, { description: '变更微组织状态 (suspend, dissolve or resume a community organization)' })
  setCommunityOrganizationStatus(@Arg('input', () => SetCommunityOrganizationStatusInput) input: SetCommunityOrganizationStatusInput, @Ctx() ctx: RequestContext) {
    return community.setCommunityOrganizationStatus(ctx, input);
  }

  @Mutation(() => CommunityOrganizationMember, { description: '加入微组织 (add a member)' })
  addCommunityOrganizationMember(@Arg('input', () => AddCommunityOrganizationMemberInput) input: AddCommunityOrganizationMemberInput, @Ctx() ctx: RequestContext) {
    return community.addCommunityOrganizationMember(ctx, input);
  }

  @Mutation(() => CommunityOrganizationMeeting, { description: '登记微组织会议 (record a meeting: date, venue, topic, attendance)' })
  recordCommunityOrganizationMeeting(@Arg('input', () => RecordCommunityOrganizationMeetingInput) input: RecordCommunityOrganizationMeetingInput, @Ctx() ctx: RequestContext) {
    return community.recordCommunityOrganizationMeeting(ctx, input);
  }
}

/** Member names are personal information: masked outside the village. */
@Resolver(() => CommunityOrganizationMember)
export class CommunityOrganizationMemberResolver {
  @FieldResolver(() => String, { description: '姓名 (name; 张* for viewers outside the village)' })
  name(@Root() m: CommunityOrganizationMember, @Ctx() ctx: RequestContext): string {
    return nameFor(requireViewer(ctx), m.villageCode, m.name);
  }
}

/** Where a meeting was held. */
@Resolver(() => CommunityOrganizationMeeting)
export class CommunityOrganizationMeetingResolver {
  @FieldResolver(() => Venue, { nullable: true, description: '会议地点 (venue; null when not recorded)' })
  venue(@Root() m: CommunityOrganizationMeeting, @Ctx() ctx: RequestContext) {
    return m.venueId ? resolveVenueReference(ctx, m.venueId) : null;
  }
}
