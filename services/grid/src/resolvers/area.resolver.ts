import type { RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Area } from '../entities/area.entity';
import { AreaChiefTerm } from '../entities/area-chief-term.entity';
import { AreaRecord, AreaRecordKind } from '../entities/area-record.entity';
import { ChangeAreaChiefInput, RecordAreaRecordInput } from '../inputs/area-records.input';
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

  @Mutation(() => Area, { description: '更换片长 (change an area’s chief; village cadres and the township; the history is kept)' })
  changeAreaChief(@Arg('input', () => ChangeAreaChiefInput) input: ChangeAreaChiefInput, @Ctx() ctx: RequestContext): Promise<Area> {
    return areas.changeAreaChief(ctx, this.deps, input);
  }

  @Mutation(() => AreaRecord, { description: '记片区台账 (record 人、地、事、物、情 for an area: its chief, the village cadres or the township)' })
  recordAreaRecord(@Arg('input', () => RecordAreaRecordInput) input: RecordAreaRecordInput, @Ctx() ctx: RequestContext): Promise<AreaRecord> {
    return areas.recordAreaRecord(ctx, input);
  }

  @Query(() => [AreaRecord], { nullable: true, description: '片区台账 (records of an area, newest first; its chief, the village cadres and the township only)' })
  areaRecords(
    @Arg('areaId', () => ID, { description: '片区编号 (area id)' }) areaId: string,
    @Arg('kind', () => AreaRecordKind, { nullable: true, description: '类别 (only this kind)' }) kind: AreaRecordKind | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AreaRecord[]> {
    return areas.listAreaRecords(ctx, areaId, kind);
  }

  @FieldResolver(() => [AreaChiefTerm], { description: '片长任职记录 (the chiefs of this area, newest first)' })
  chiefHistory(@Root() area: Area, @Ctx() ctx: RequestContext): Promise<AreaChiefTerm[]> {
    return areas.loadChiefHistory(ctx, area.id);
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
