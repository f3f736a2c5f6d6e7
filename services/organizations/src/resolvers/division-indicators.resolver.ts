import { describeIndicator, IndicatorValue } from '@shanzhi/indicators';
import type { RequestContext } from '@shanzhi/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Division } from '../entities/division.entity';
import { loadOrganizationsIndicators } from '../services/organizations-indicators.service';

/**
 * The organizations service's indicators on Division, as the catalogue in packages/indicators defines them
 * (descriptions generated from it). All fields of all divisions of one request share one DataLoader, so a
 * county comparison costs one SQL query. FORBIDDEN outside the viewer's scope.
 */
@Resolver(() => Division)
export class DivisionIndicatorsResolver {
  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('organizations.partyMembers') })
  async partyMembers(@Root() division: Division, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadOrganizationsIndicators(ctx, division.code))['organizations.partyMembers']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('organizations.probationaryMembers') })
  async probationaryMembers(@Root() division: Division, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadOrganizationsIndicators(ctx, division.code))['organizations.probationaryMembers']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('organizations.newMembersFromMigrantWorkers') })
  async newMembersFromMigrantWorkers(@Root() division: Division, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadOrganizationsIndicators(ctx, division.code))['organizations.newMembersFromMigrantWorkers']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('organizations.newMembersFromWealthLeaders') })
  async newMembersFromWealthLeaders(@Root() division: Division, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadOrganizationsIndicators(ctx, division.code))['organizations.newMembersFromWealthLeaders']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('organizations.newMembersFromReserveTalent') })
  async newMembersFromReserveTalent(@Root() division: Division, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadOrganizationsIndicators(ctx, division.code))['organizations.newMembersFromReserveTalent']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('organizations.groupPartyCoverage') })
  async groupPartyCoverage(@Root() division: Division, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadOrganizationsIndicators(ctx, division.code))['organizations.groupPartyCoverage']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('organizations.contactHouseholds') })
  async contactHouseholds(@Root() division: Division, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadOrganizationsIndicators(ctx, division.code))['organizations.contactHouseholds']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('organizations.activeCommunityOrganizations') })
  async activeCommunityOrganizations(@Root() division: Division, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadOrganizationsIndicators(ctx, division.code))['organizations.activeCommunityOrganizations']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('organizations.incubationFundBalance') })
  async incubationFundBalance(@Root() division: Division, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadOrganizationsIndicators(ctx, division.code))['organizations.incubationFundBalance']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('organizations.venueCount') })
  async venueCount(@Root() division: Division, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadOrganizationsIndicators(ctx, division.code))['organizations.venueCount']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('organizations.groupVenueCount') })
  async groupVenueCount(@Root() division: Division, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadOrganizationsIndicators(ctx, division.code))['organizations.groupVenueCount']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('organizations.overdueRectificationItems') })
  async overdueRectificationItems(@Root() division: Division, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadOrganizationsIndicators(ctx, division.code))['organizations.overdueRectificationItems']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('organizations.villagesUnderElevatedSupervision') })
  async villagesUnderElevatedSupervision(@Root() division: Division, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadOrganizationsIndicators(ctx, division.code))['organizations.villagesUnderElevatedSupervision']!;
  }
}
