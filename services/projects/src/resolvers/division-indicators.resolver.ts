import { describeIndicator, IndicatorValue } from '@shanzhi/indicators';
import type { RequestContext } from '@shanzhi/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loadProjectsIndicators } from '../services/indicators.service';
import { DivisionStub } from './division.type';

/**
 * The projects service's indicators on Division, as the catalogue in packages/indicators defines them (the
 * descriptions are generated from it). All fields of all divisions of one request share one DataLoader, so
 * a county comparison costs one SQL query.
 */
@Resolver(() => DivisionStub)
export class ProjectsIndicatorsResolver {
  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('projects.needsRecorded') })
  async needsRecorded(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadProjectsIndicators(ctx, division.code))['projects.needsRecorded']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('projects.needsAnsweredRate') })
  async needsAnsweredRate(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadProjectsIndicators(ctx, division.code))['projects.needsAnsweredRate']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('projects.projectsFiled') })
  async projectsFiled(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadProjectsIndicators(ctx, division.code))['projects.projectsFiled']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('projects.projectsDeliveredOnTime') })
  async projectsDeliveredOnTime(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadProjectsIndicators(ctx, division.code))['projects.projectsDeliveredOnTime']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('projects.decisionsCompleteRate') })
  async decisionsCompleteRate(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadProjectsIndicators(ctx, division.code))['projects.decisionsCompleteRate']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('projects.meetingsWithoutQuorum') })
  async meetingsWithoutQuorum(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadProjectsIndicators(ctx, division.code))['projects.meetingsWithoutQuorum']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('projects.secretaryMeetings') })
  async secretaryMeetings(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadProjectsIndicators(ctx, division.code))['projects.secretaryMeetings']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('projects.disclosuresOnTimeRate') })
  async disclosuresOnTimeRate(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadProjectsIndicators(ctx, division.code))['projects.disclosuresOnTimeRate']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('projects.overdueDisclosures') })
  async overdueDisclosures(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return (await loadProjectsIndicators(ctx, division.code))['projects.overdueDisclosures']!;
  }
}
