import type { RequestContext } from '@shanzhi/kit';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AcknowledgeAlertInput, AlertsArgs, CompareArgs, RankingArgs, TrendArgs } from '../inputs/supervision.args';
import { AlertService } from '../services/alert.service';
import { CompareService, TrendInterval } from '../services/compare.service';
import { divisionOf, DivisionStub } from './division.type';
import { AlertConnection, AlertType, Comparison, DivisionLevel, Ranking, Trend } from './types';

/** 比较、排名、趋势: thin resolvers over CompareService, which checks scope and reads the model. */
@Resolver()
export class SupervisionResolver {
  constructor(private readonly compareService: CompareService) {}

  @Query(() => Comparison, {
    nullable: true,
    description: '比较 (divisions of a scope side by side on catalogue indicators, normalized, rolled up by each indicator’s rule, with the villages’ medians (a village: its township’s and county’s); a village cadre sees only its village beside the medians)',
  })
  async compare(@Args() args: CompareArgs, @Ctx() ctx: RequestContext): Promise<Comparison> {
    // An omitted variable reaches the resolver as undefined, not as the argument's default.
    const c = await this.compareService.compare(ctx, { ...args, level: args.level ?? DivisionLevel.VILLAGE });
    let medians: Comparison['medians'] | undefined;
    return {
      scope: c.scope,
      period: c.period,
      level: c.level as Comparison['level'],
      rows: c.rows.map((r) => ({ ...r, division: divisionOf(r.code) })),
      // Read (and so computed) only when the client selects medians.
      get medians() {
        return (medians ??= c.medians.map((m) => ({ ...m, level: m.level as Comparison['level'], division: divisionOf(m.code) })));
      },
    };
  }

  @Query(() => Ranking, {
    nullable: true,
    description: '排名 (villages of a scope ranked on one indicator; ties share a rank; villages below the minimum sample, without value or stale are listed apart; county and township only)',
  })
  async ranking(@Args() args: RankingArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Ranking> {
    // The villages listed apart cost a pass over the whole scope: read them only when the client asks.
    const withUnranked = info.fieldNodes.some((n) => selects(n.selectionSet, 'unranked', info));
    const r = await this.compareService.ranking(ctx, { ...args, first: args.first ?? 20, withUnranked });
    return {
      indicator: r.indicator,
      totalCount: r.totalCount,
      nodes: r.nodes.map((n) => ({ ...n, division: divisionOf(n.code) })),
      pageInfo: { endCursor: r.endCursor, hasNextPage: r.hasNextPage },
      unranked: r.unranked.map((u) => ({ ...u, division: divisionOf(u.code) })),
    };
  }

  @Query(() => [Trend], { nullable: true, description: '趋势 (indicators of one division over time, from the daily snapshots)' })
  async trend(@Args() args: TrendArgs, @Ctx() ctx: RequestContext): Promise<Trend[]> {
    return this.compareService.trend(ctx, { ...args, interval: args.interval ?? TrendInterval.DAY });
  }
}

/** True when a selection set (through fragments) selects the field `name`. */
function selects(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): boolean {
  return (set?.selections ?? []).some((s) =>
    s.kind === 'Field'
      ? s.name.value === name
      : s.kind === 'InlineFragment'
        ? selects(s.selectionSet, name, info)
        : selects(info.fragments[s.name.value]?.selectionSet, name, info),
  );
}

/** 预警: listing and acknowledgement. */
@Resolver(() => AlertType)
export class AlertResolver {
  constructor(private readonly alertService: AlertService) {}

  @Query(() => AlertConnection, { nullable: true, description: '预警 (alerts of a scope, newest first; a village cadre: its own village)' })
  async alerts(@Args() args: AlertsArgs, @Ctx() ctx: RequestContext): Promise<AlertConnection> {
    const page = await this.alertService.list(ctx, { ...args, first: args.first ?? 20 });
    return { totalCount: page.totalCount, nodes: page.nodes as AlertType[], pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage } };
  }

  @Mutation(() => AlertType, { description: '确认预警 (a county or township supervisor acknowledges an alert of its scope, with a note)' })
  async acknowledgeAlert(@Arg('input', () => AcknowledgeAlertInput) input: AcknowledgeAlertInput, @Ctx() ctx: RequestContext): Promise<AlertType> {
    return (await this.alertService.acknowledge(ctx, input)) as AlertType;
  }

  @FieldResolver(() => DivisionStub, { description: '区划 (the village)' })
  division(@Root() alert: AlertType): DivisionStub {
    return divisionOf(alert.divisionCode);
  }
}
