import { describeIndicator, IndicatorValue } from '@shanzhi/indicators';
import type { RequestContext } from '@shanzhi/kit';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { gridIndicatorValues, loadDivisionCounts } from '../services/division-counter.service';
import { DivisionStub } from './division.type';

/** Description of a plain-Int field kept for existing clients: the catalogue's, plus where the full value is. */
function legacyCount(id: string, field: string): string {
  return `${describeIndicator(id)}\n整数形式，为兼容保留；带分子、分母、样本量与时点的值见 ${field} (plain Int kept for existing clients; ${field} carries the sample and age)。`;
}

/**
 * The grid's indicators on Division, as the catalogue in packages/indicators defines them (the descriptions
 * are generated from it). All fields of all divisions of one request share one DataLoader over
 * division_counter, so a county comparison costs one SQL query.
 */
@Resolver(() => DivisionStub)
export class DivisionIndicatorsResolver {
  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('grid.households') })
  async households(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return gridIndicatorValues(await loadDivisionCounts(ctx, division.code))['grid.households']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('grid.residents') })
  async residents(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return gridIndicatorValues(await loadDivisionCounts(ctx, division.code))['grid.residents']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('grid.areas') })
  async areas(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return gridIndicatorValues(await loadDivisionCounts(ctx, division.code))['grid.areas']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('grid.areaChiefCoverage') })
  async areaChiefCoverage(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return gridIndicatorValues(await loadDivisionCounts(ctx, division.code))['grid.areaChiefCoverage']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('grid.ordersThisMonth') })
  async ordersThisMonth(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return gridIndicatorValues(await loadDivisionCounts(ctx, division.code, true))['grid.ordersThisMonth']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('grid.orderResolutionRate') })
  async orderResolutionRate(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return gridIndicatorValues(await loadDivisionCounts(ctx, division.code, true))['grid.orderResolutionRate']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('grid.orderResolveMedianHours') })
  async orderResolveMedianHours(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return gridIndicatorValues(await loadDivisionCounts(ctx, division.code, true))['grid.orderResolveMedianHours']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('grid.overdueOpenOrders') })
  async overdueOpenOrders(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return gridIndicatorValues(await loadDivisionCounts(ctx, division.code, true))['grid.overdueOpenOrders']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('grid.orderSatisfaction') })
  async orderSatisfaction(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return gridIndicatorValues(await loadDivisionCounts(ctx, division.code, true))['grid.orderSatisfaction']!;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: describeIndicator('grid.areasOutsideSize') })
  async areasOutsideSize(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<IndicatorValue> {
    return gridIndicatorValues(await loadDivisionCounts(ctx, division.code, true))['grid.areasOutsideSize']!;
  }

  @FieldResolver(() => Int, { nullable: true, description: legacyCount('grid.households', 'households') })
  async householdCount(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<number> {
    return (await loadDivisionCounts(ctx, division.code)).households;
  }

  @FieldResolver(() => Int, { nullable: true, description: legacyCount('grid.residents', 'residents') })
  async residentCount(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<number> {
    return (await loadDivisionCounts(ctx, division.code)).residents;
  }

  @FieldResolver(() => Int, { nullable: true, description: legacyCount('grid.areas', 'areas') })
  async areaCount(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<number> {
    return (await loadDivisionCounts(ctx, division.code)).areas;
  }
}
