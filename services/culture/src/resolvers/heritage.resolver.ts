import type { RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { HeritageKind, HeritageLocation } from '../entities/enums';
import { Exhibition, HeritageItem } from '../entities/heritage-item.entity';
import { CreateExhibitionInput, DonateHeritageItemInput, MoveHeritageItemInput, ReturnHeritageItemInput } from '../inputs/heritage.inputs';
import * as heritage from '../services/heritage.service';

/** 村史馆: donated items, display and storage, returns, exhibitions. */
@Resolver(() => HeritageItem)
export class HeritageResolver {
  @Query(() => [HeritageItem], { nullable: true, description: '村史馆藏品 (museum items of a division inside your scope)' })
  heritageItems(
    @Arg('divisionCode', () => String, { description: '区划代码 (division code)' }) divisionCode: string,
    @Arg('kind', () => HeritageKind, { nullable: true, description: '类型 (only this kind)' }) kind: HeritageKind | null,
    @Arg('location', () => HeritageLocation, { nullable: true, description: '位置 (only items there)' }) location: HeritageLocation | null,
    @Ctx() ctx: RequestContext,
  ): Promise<HeritageItem[]> {
    return heritage.listItems(ctx, divisionCode, kind, location);
  }

  @Mutation(() => HeritageItem, { description: '登记捐赠藏品 (record a donated item)' })
  donateHeritageItem(@Arg('input', () => DonateHeritageItemInput) input: DonateHeritageItemInput, @Ctx() ctx: RequestContext): Promise<HeritageItem> {
    return heritage.donate(ctx, input);
  }

  @Mutation(() => HeritageItem, { description: '藏品上展或入库 (put an item on display or into storage)' })
  moveHeritageItem(@Arg('input', () => MoveHeritageItemInput) input: MoveHeritageItemInput, @Ctx() ctx: RequestContext): Promise<HeritageItem> {
    return heritage.moveItem(ctx, input);
  }

  @Mutation(() => HeritageItem, { description: '退还藏品 (return an item to its donor at their request)' })
  returnHeritageItem(@Arg('input', () => ReturnHeritageItemInput) input: ReturnHeritageItemInput, @Ctx() ctx: RequestContext): Promise<HeritageItem> {
    return heritage.returnItem(ctx, input);
  }
}

/** 专题展. */
@Resolver(() => Exhibition)
export class ExhibitionResolver {
  @Query(() => [Exhibition], { nullable: true, description: '专题展 (exhibitions of a division inside your scope)' })
  exhibitions(@Arg('divisionCode', () => String, { description: '区划代码 (division code)' }) divisionCode: string, @Ctx() ctx: RequestContext): Promise<Exhibition[]> {
    return heritage.listExhibitions(ctx, divisionCode);
  }

  @Mutation(() => Exhibition, { description: '举办专题展 (group items under a theme with dates)' })
  createExhibition(@Arg('input', () => CreateExhibitionInput) input: CreateExhibitionInput, @Ctx() ctx: RequestContext): Promise<Exhibition> {
    return heritage.createExhibition(ctx, input);
  }

  @FieldResolver(() => [HeritageItem], { description: '展品 (the items shown)' })
  items(@Root() exhibition: Exhibition, @Ctx() ctx: RequestContext): Promise<HeritageItem[]> {
    return heritage.exhibitionItems(ctx, exhibition);
  }
}
