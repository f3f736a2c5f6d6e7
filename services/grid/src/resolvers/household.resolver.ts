import type { RequestContext } from '@shanzhi/kit';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Household } from '../entities/household.entity';
import { Resident } from '../entities/resident.entity';
import { DEFAULT_PAGE_SIZE, HouseholdsArgs } from '../inputs/households.args';
import { RegisterHouseholdInput } from '../inputs/register-household.input';
import { DissolveHouseholdInput, UpdateHouseholdInput } from '../inputs/register-changes.input';
import * as register from '../services/register.service';
import { GridDeps } from '../services/grid-deps';
import * as households from '../services/household.service';
import { HouseholdConnection } from './household-connection.type';

/** Whether the query selects the field path under the current field (fragments included; aliases ignored). */
function selects(info: GraphQLResolveInfo, path: string[]): boolean {
  const walk = (set: SelectionSetNode | undefined, rest: string[]): boolean => {
    if (!set) return false;
    return set.selections.some((s) => {
      if (s.kind === 'Field') return s.name.value === rest[0] && (rest.length === 1 || walk(s.selectionSet, rest.slice(1)));
      if (s.kind === 'InlineFragment') return walk(s.selectionSet, rest);
      const fragment = info.fragments[s.name.value];
      return fragment ? walk(fragment.selectionSet, rest) : false;
    });
  };
  return info.fieldNodes.some((n) => walk(n.selectionSet, path));
}

/** Households (户): listing and registration (which encrypts and hashes with the process's PII key). */
@Resolver(() => Household)
export class HouseholdResolver {
  constructor(private readonly deps: GridDeps) {}

  // Nullable, like every top-level field: a refusal nulls this field only, not the rest of the response.
  @Query(() => HouseholdConnection, {
    nullable: true,
    description: '户列表 (households of a village or villager group inside your scope, ordered by id; ID numbers and phones masked)',
  })
  async households(
    @Args(() => HouseholdsArgs) args: HouseholdsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<HouseholdConnection> {
    const withResidents = selects(info, ['nodes', 'residents']);
    const withTotal = selects(info, ['totalCount']);
    const page = await households.listHouseholds(ctx, { ...args, first: args.first ?? DEFAULT_PAGE_SIZE, withResidents, withTotal });
    const connection = new HouseholdConnection();
    connection.page = page;
    connection.nodes = page.nodes;
    connection.pageInfo = { endCursor: page.endCursor, hasNextPage: page.hasNextPage };
    return connection;
  }

  @Query(() => Household, {
    nullable: true,
    description: '本户 (the household of the signed-in villager, as linked to their account; members’ ID numbers and phones masked)',
  })
  myHousehold(@Ctx() ctx: RequestContext): Promise<Household | null> {
    return households.findMyHousehold(ctx);
  }

  @Mutation(() => Household, {
    description: '登记户 (register a household and its members in a village or villager group inside your scope)',
  })
  registerHousehold(@Arg('input', () => RegisterHouseholdInput) input: RegisterHouseholdInput, @Ctx() ctx: RequestContext): Promise<Household> {
    return households.registerHousehold(ctx, this.deps, input);
  }

  @Mutation(() => Household, { description: '变更户信息 (change a household’s address, head or area; audited, evented)' })
  updateHousehold(@Arg('input', () => UpdateHouseholdInput) input: UpdateHouseholdInput, @Ctx() ctx: RequestContext): Promise<Household> {
    return register.updateHousehold(ctx, input);
  }

  @Mutation(() => Household, { description: '销户 (dissolve a household whose members have all ended or moved; the row is kept)' })
  dissolveHousehold(@Arg('input', () => DissolveHouseholdInput) input: DissolveHouseholdInput, @Ctx() ctx: RequestContext): Promise<Household> {
    return register.dissolveHousehold(ctx, input);
  }

  @FieldResolver(() => ID, { nullable: true, description: '所属片区编号 (id of the area, if assigned)' })
  areaId(@Root() household: Pick<Household, 'areaId'>): string | null {
    return household.areaId;
  }

  @FieldResolver(() => [Resident], { description: '家庭成员 (members, head first; ID numbers and phones masked)' })
  async residents(
    @Root() household: Pick<Household, 'id'>,
    @Ctx() ctx: RequestContext,
    @Arg('includeEnded', () => Boolean, { defaultValue: false, description: '含已注销成员 (also list members who moved out or died)' }) includeEnded: boolean,
  ): Promise<households.ResidentView[]> {
    const all = await households.loadResidentsOf(ctx, household.id);
    return includeEnded ? all : all.filter((r) => r.endedOn === null);
  }
}

/** The lazy total of a household page. */
@Resolver(() => HouseholdConnection)
export class HouseholdConnectionResolver {
  @FieldResolver(() => Int, { description: '总户数 (households matching the filter, all pages)' })
  totalCount(@Root() connection: HouseholdConnection, @Ctx() ctx: RequestContext): Promise<number> {
    return households.countHouseholds(ctx, connection.page);
  }
}
