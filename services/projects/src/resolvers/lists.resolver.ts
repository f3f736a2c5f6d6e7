import { PageInfo, type RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ProjectState } from '../entities/enums';
import { ListingPeriod } from '../entities/listing-period.entity';
import { Need } from '../entities/need.entity';
import { CountySetting, Project, ProjectTransition } from '../entities/project.entity';
import { Resource } from '../entities/resource.entity';
import { AdvanceProjectInput, ProposeProjectInput, PublishListingPeriodInput, RecordNeedInput, RecordResourceInput, SetProjectDecisionThresholdInput } from '../inputs/lists.inputs';
import * as lists from '../services/lists.service';

/** The quarterly needs, resources and projects lists (项目式供给) and the project state machine. */
@Resolver(() => ListingPeriod)
export class ListingPeriodResolver {
  @Query(() => ListingPeriod, { nullable: true, description: '季度清单 (a village\'s three lists of one quarter; null before anything was recorded)' })
  listingPeriod(
    @Arg('divisionCode', () => String, { description: '村代码 (village code, 12 digits)' }) divisionCode: string,
    @Arg('period', () => String, { description: '季度 (quarter, e.g. 2026Q3)' }) period: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ListingPeriod | null> {
    return lists.getListingPeriod(ctx, divisionCode, period);
  }

  @FieldResolver(() => [Need], { description: '需求清单 (needs list)' })
  needs(@Root() p: ListingPeriod, @Ctx() ctx: RequestContext): Promise<Need[]> {
    return lists.loadNeeds(ctx, p.id);
  }

  @FieldResolver(() => [Resource], { description: '资源清单 (resources list)' })
  resources(@Root() p: ListingPeriod, @Ctx() ctx: RequestContext): Promise<Resource[]> {
    return lists.loadResources(ctx, p.id);
  }

  @FieldResolver(() => [Project], { description: '项目清单 (projects list)' })
  projects(@Root() p: ListingPeriod, @Ctx() ctx: RequestContext): Promise<Project[]> {
    return lists.loadProjects(ctx, p.id);
  }

  @Mutation(() => Need, { description: '登记需求 (record a need in an open quarter\'s needs list)' })
  recordNeed(@Arg('input', () => RecordNeedInput) input: RecordNeedInput, @Ctx() ctx: RequestContext): Promise<Need> {
    return lists.recordNeed(ctx, input);
  }

  @Mutation(() => Resource, { description: '登记资源 (record a resource in an open quarter\'s resources list)' })
  recordResource(@Arg('input', () => RecordResourceInput) input: RecordResourceInput, @Ctx() ctx: RequestContext): Promise<Resource> {
    return lists.recordResource(ctx, input);
  }

  @Mutation(() => ListingPeriod, { description: '公示季度清单 (publish a quarter\'s three lists; they become read-only and a disclosure is published)' })
  publishListingPeriod(@Arg('input', () => PublishListingPeriodInput) input: PublishListingPeriodInput, @Ctx() ctx: RequestContext): Promise<ListingPeriod> {
    return lists.publishListingPeriod(ctx, input);
  }

  @Mutation(() => CountySetting, { description: '设置项目决策门槛 (county: set the budget above which a project needs an approved 四议两公开 decision)' })
  setProjectDecisionThreshold(@Arg('input', () => SetProjectDecisionThresholdInput) input: SetProjectDecisionThresholdInput, @Ctx() ctx: RequestContext): Promise<CountySetting> {
    return lists.setDecisionThreshold(ctx, input);
  }
}

/** One page of projects across the villages of a division. */
@ObjectType('ProjectConnection', { description: '项目列表 (a page of projects across villages)' })
export class ProjectConnection {
  @Field(() => [Project], { description: '本页的项目 (projects of this page, oldest first)' })
  nodes!: Project[];

  @Field(() => PageInfo, { description: '分页信息 (pagination state)' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: '总数 (projects matching the filter, all pages)' })
  totalCount!: number;
}

/** Projects: the list across villages, proposal, the state machine and the timeline. */
@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, {
    nullable: true,
    description: '项目列表 (projects of the villages under a county, township or village code in your scope, oldest first; state COMMITTEE_REVIEWED lists what waits for the township\'s filing)',
  })
  async projects(
    @Arg('divisionCode', () => String, { description: '区划代码 (county, township or village code)' }) divisionCode: string,
    @Arg('state', () => ProjectState, { nullable: true, description: '项目状态 (only projects in this state)' }) state: ProjectState | null,
    @Arg('first', () => Int, { nullable: true, description: '条数 (page size, 1–100, default 20)' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: '游标 (endCursor of the previous page)' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ProjectConnection> {
    const page = await lists.listProjects(ctx, divisionCode, state, first, after);
    return { nodes: page.nodes, totalCount: page.totalCount, pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage } };
  }

  @Mutation(() => Project, { description: '提出项目 (propose a project answering needs with resources of the same list)' })
  proposeProject(@Arg('input', () => ProposeProjectInput) input: ProposeProjectInput, @Ctx() ctx: RequestContext): Promise<Project> {
    return lists.proposeProject(ctx, input);
  }

  @Mutation(() => Project, { description: '推进项目 (move a project along 两委审议 → 乡镇备案 → 实施 → 验收, return it, withdraw it, or report progress)' })
  advanceProject(@Arg('input', () => AdvanceProjectInput) input: AdvanceProjectInput, @Ctx() ctx: RequestContext): Promise<Project> {
    return lists.advanceProject(ctx, input);
  }

  @FieldResolver(() => [ProjectTransition], { description: '项目流程记录 (the project\'s timeline, oldest first)' })
  timeline(@Root() p: Project, @Ctx() ctx: RequestContext): Promise<ProjectTransition[]> {
    return lists.loadTimeline(ctx, p.id);
  }
}
