import { PageInfo, RequestContext } from '@shanzhi/kit';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ServiceItem } from '../entities/service-item.entity';
import { ServiceOrder, ServiceOrderTransition } from '../entities/service-order.entity';
import {
  DEFAULT_ORDER_PAGE, PlaceServiceOrderInput, RateServiceOrderInput, ServiceOrdersArgs, TransitionServiceOrderInput,
} from '../inputs/service-order.input';
import { GridDeps } from '../services/grid-deps';
import * as orders from '../services/service-order.service';

/** One page of service orders; `totalCount` is resolved only when asked for. */
@ObjectType('ServiceOrderConnection', { description: '点单列表 (a page of service orders, newest first)' })
export class ServiceOrderConnection {
  page!: orders.ServiceOrderPage;

  @Field(() => [ServiceOrder], { description: '本页点单 (orders of this page)' })
  nodes!: ServiceOrder[];

  @Field(() => PageInfo, { description: '分页信息 (pagination state)' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: '总数 (orders matching the filter, all pages)' })
  totalCount!: number;
}

/** Service orders (点单式办理): placement, the state table, ratings; phones masked. */
@Resolver(() => ServiceOrder)
export class ServiceOrderResolver {
  constructor(private readonly deps: GridDeps) {}

  @Query(() => ServiceOrderConnection, {
    nullable: true,
    description: '点单列表 (orders of a division inside your scope, newest first; villagers see their own household’s, area chiefs their areas’)',
  })
  async serviceOrders(@Args(() => ServiceOrdersArgs) args: ServiceOrdersArgs, @Ctx() ctx: RequestContext): Promise<ServiceOrderConnection> {
    const page = await orders.listServiceOrders(ctx, { ...args, first: args.first ?? DEFAULT_ORDER_PAGE });
    const c = new ServiceOrderConnection();
    c.page = page;
    c.nodes = page.nodes;
    c.pageInfo = { endCursor: page.endCursor, hasNextPage: page.hasNextPage };
    return c;
  }

  @Query(() => ServiceOrder, { nullable: true, description: '点单 (one order inside your reach; null when none)' })
  serviceOrder(@Arg('id', () => ID, { description: '点单编号 (order id)' }) id: string, @Ctx() ctx: RequestContext): Promise<ServiceOrder | null> {
    return orders.findServiceOrder(ctx, id);
  }

  @Mutation(() => ServiceOrder, { description: '点单 (order a catalogue item: by the villager for their household, or by staff on a villager’s behalf)' })
  placeServiceOrder(@Arg('input', () => PlaceServiceOrderInput) input: PlaceServiceOrderInput, @Ctx() ctx: RequestContext): Promise<ServiceOrder> {
    return orders.placeServiceOrder(ctx, this.deps, input);
  }

  @Mutation(() => ServiceOrder, { description: '办理点单 (move an order along its state table; an illegal move is CONFLICT naming the current state)' })
  transitionServiceOrder(@Arg('input', () => TransitionServiceOrderInput) input: TransitionServiceOrderInput, @Ctx() ctx: RequestContext): Promise<ServiceOrder> {
    return orders.transitionServiceOrder(ctx, input);
  }

  @Mutation(() => ServiceOrder, { description: '评价点单 (rate a resolved order 1–5, once, by the ordering household)' })
  rateServiceOrder(@Arg('input', () => RateServiceOrderInput) input: RateServiceOrderInput, @Ctx() ctx: RequestContext): Promise<ServiceOrder> {
    return orders.rateServiceOrder(ctx, input);
  }

  @FieldResolver(() => Boolean, { description: '是否超期 (open and past its due date)' })
  overdue(@Root() order: ServiceOrder): boolean {
    return orders.isOverdue(order);
  }

  @FieldResolver(() => ServiceItem, { description: '服务事项 (the catalogue item as it is now; the order keeps the version it was placed under)' })
  item(@Root() order: ServiceOrder, @Ctx() ctx: RequestContext): Promise<ServiceItem> {
    return orders.loadItem(ctx, order.itemId);
  }

  @FieldResolver(() => [ServiceOrderTransition], { description: '办理记录 (timeline: every transition, oldest first)' })
  timeline(@Root() order: ServiceOrder, @Ctx() ctx: RequestContext): Promise<ServiceOrderTransition[]> {
    return orders.loadTimeline(ctx, order.id);
  }

  @FieldResolver(() => String, { nullable: true, description: '联系电话（脱敏） (contact phone, masked: 138****1234)' })
  contactPhone(@Root() order: ServiceOrder): string | null {
    return orders.maskedContactPhone(this.deps, order);
  }
}

/** The lazy total of an order page. */
@Resolver(() => ServiceOrderConnection)
export class ServiceOrderConnectionResolver {
  @FieldResolver(() => Int, { description: '总数 (orders matching the filter, all pages)' })
  totalCount(@Root() c: ServiceOrderConnection, @Ctx() ctx: RequestContext): Promise<number> {
    return orders.countServiceOrders(ctx, c.page);
  }
}
