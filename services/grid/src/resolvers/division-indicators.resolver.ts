import type { RequestContext } from '@shanzhi/kit';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { loadIndicator } from '../services/division-counter.service';
import { DivisionStub } from './division.type';

/**
 * The grid's indicators on Division. Each has one definition, stated here and in its description; all
 * divisions of one request are summed in one SQL query (per-request DataLoader over division_counter).
 */
@Resolver(() => DivisionStub)
export class DivisionIndicatorsResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      '户数 (households: households registered in the grid whose divisionCode lies in this division, i.e. starts with its code; FORBIDDEN outside your scope)',
  })
  householdCount(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<number> {
    return loadIndicator(ctx, division.code, 'households');
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      '人口数 (residents: members of the households counted by householdCount, i.e. registered residents whose divisionCode lies in this division; FORBIDDEN outside your scope)',
  })
  residentCount(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<number> {
    return loadIndicator(ctx, division.code, 'residents');
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      '片区数 (areas of the 片长制 whose divisionCode lies in this division; equals the number of area chiefs; FORBIDDEN outside your scope)',
  })
  areaCount(@Root() division: DivisionStub, @Ctx() ctx: RequestContext): Promise<number> {
    return loadIndicator(ctx, division.code, 'areas');
  }
}
