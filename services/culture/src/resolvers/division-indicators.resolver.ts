import { describeIndicator, IndicatorValue } from '@shanzhi/indicators';
import type { RequestContext } from '@shanzhi/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loadCultureIndicators } from '../services/culture-indicators.service';
import { DivisionStub } from './division.type';

/**
 * The culture indicators on Division, described by the catalogue in packages/indicators. All fields of all
 * divisions of one request share one DataLoader, so a county comparison costs one SQL query.
 */
@Resolver(() => DivisionStub)
export class CultureIndicatorsResolver {
  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('culture.activitiesPerMonth') })
  async activitiesPerMonth(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadCultureIndicators(ctx, division.code))['culture.activitiesPerMonth']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('culture.activityParticipants') })
  async activityParticipants(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadCultureIndicators(ctx, division.code))['culture.activityParticipants']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('culture.volunteerHours') })
  async volunteerHours(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadCultureIndicators(ctx, division.code))['culture.volunteerHours']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('culture.birthdayDaysHeld') })
  async birthdayDaysHeld(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadCultureIndicators(ctx, division.code))['culture.birthdayDaysHeld']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('culture.heritageItems') })
  async heritageItems(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadCultureIndicators(ctx, division.code))['culture.heritageItems']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('culture.starCampaignsOnTime') })
  async starCampaignsOnTime(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadCultureIndicators(ctx, division.code))['culture.starCampaignsOnTime']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('culture.wishesFulfilled') })
  async wishesFulfilled(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadCultureIndicators(ctx, division.code))['culture.wishesFulfilled']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('culture.wishFulfilmentMedian') })
  async wishFulfilmentMedian(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadCultureIndicators(ctx, division.code))['culture.wishFulfilmentMedian']!;
  }
}
