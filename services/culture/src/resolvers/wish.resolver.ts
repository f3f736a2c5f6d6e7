import type { RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { WishState } from '../entities/enums';
import { Wish, WishTransition } from '../entities/wish.entity';
import { ClaimWishInput, FulfilWishInput, MakeWishInput, WithdrawWishInput } from '../inputs/wish.inputs';
import * as wishes from '../services/wish.service';

/** 百家心愿 (一老一小): made, claimed, fulfilled or withdrawn; a claim left 30 days lapses. */
@Resolver(() => Wish)
export class WishResolver {
  @Query(() => [Wish], { nullable: true, description: '心愿列表 (wishes of a division inside your scope, newest first)' })
  wishes(
    @Arg('divisionCode', () => String, { description: '区划代码 (division code)' }) divisionCode: string,
    @Arg('state', () => WishState, { nullable: true, description: '状态 (only this state)' }) state: WishState | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Wish[]> {
    return wishes.listWishes(ctx, divisionCode, state);
  }

  @Mutation(() => Wish, { description: '许下心愿 (record a wish of an elderly villager or a child)' })
  makeWish(@Arg('input', () => MakeWishInput) input: MakeWishInput, @Ctx() ctx: RequestContext): Promise<Wish> {
    return wishes.makeWish(ctx, input);
  }

  @Mutation(() => Wish, { description: '认领心愿 (claim a wish)' })
  claimWish(@Arg('input', () => ClaimWishInput) input: ClaimWishInput, @Ctx() ctx: RequestContext): Promise<Wish> {
    return wishes.claimWish(ctx, input);
  }

  @Mutation(() => Wish, { description: '圆梦 (record the fulfilment of a claimed wish)' })
  fulfilWish(@Arg('input', () => FulfilWishInput) input: FulfilWishInput, @Ctx() ctx: RequestContext): Promise<Wish> {
    return wishes.fulfilWish(ctx, input);
  }

  @Mutation(() => Wish, { description: '撤回心愿 (withdraw a wish not yet fulfilled)' })
  withdrawWish(@Arg('input', () => WithdrawWishInput) input: WithdrawWishInput, @Ctx() ctx: RequestContext): Promise<Wish> {
    return wishes.withdrawWish(ctx, input);
  }

  @FieldResolver(() => String, { description: '心愿人姓名 (name; masked, e.g. 张*, outside the village)' })
  wisherName(@Root() wish: Wish, @Ctx() ctx: RequestContext): string {
    return wishes.visibleWisherName(ctx.viewer, wish);
  }

  @FieldResolver(() => [WishTransition], { description: '进程 (timeline of the wish)' })
  timeline(@Root() wish: Wish, @Ctx() ctx: RequestContext): Promise<WishTransition[]> {
    return wishes.wishTimeline(ctx, wish);
  }
}
