import type { RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Area } from '../entities/area.entity';
import { CreateAreaInput } from '../inputs/create-area.input';
import * as areas from '../services/area.service';
import { GridDeps } from '../services/grid-deps';

/** Areas (片区) of the 片长制; the chief's phone is encrypted with the process's PII key. */
@Resolver(() => Area)
export class AreaResolver {
  constructor(private readonly deps: GridDeps) {}

  @Query(() => [Area], { nullable: true, description: '片区列表 (areas of a village or villager group inside your scope)' })
  areas(
    @Arg('divisionCode', () => String, { description: '村或村民小组代码 (code of the village, 12 digits, or villager group, 15 digits)' }) divisionCode: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Area[]> {
    return areas.listAreas(ctx, divisionCode);
  }

  @Mutation(() => Area, { description: '新建片区 (create an area in a village or villager group inside your scope)' })
  createArea(@Arg('input', () => CreateAreaInput) input: CreateAreaInput, @Ctx() ctx: RequestContext): Promise<Area> {
    return areas.createArea(ctx, this.deps, input);
  }

  @FieldResolver(() => String, { nullable: true, description: '片长手机号（脱敏） (mobile number of the area chief, masked: 138****1234)' })
  chiefPhone(@Root() area: Area): string | null {
    return areas.maskedChiefPhone(this.deps, area);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '片区规模提示 (a warning when the area holds fewer than 20 or more than 40 households, the 片长制 rule; null within it)',
  })
  async sizeWarning(@Root() area: Area, @Ctx() ctx: RequestContext): Promise<string | null> {
    return areas.areaSizeWarning(await areas.loadAreaHouseholdCount(ctx, area.id));
  }

  @FieldResolver(() => Int, { description: '户数 (households assigned to this area)' })
  householdCount(@Root() area: Area, @Ctx() ctx: RequestContext): Promise<number> {
    return areas.loadAreaHouseholdCount(ctx, area.id);
  }
}
