import { DateTimeScalar, PageInfo, type RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Disclosure } from '../entities/disclosure.entity';
import { DisclosureKind } from '../entities/enums';
import { PublishDisclosureInput } from '../inputs/disclosure.inputs';
import * as disclosures from '../services/disclosure.service';

/** One page of a village's disclosures. */
@ObjectType('DisclosureConnection', { description: '公开列表 (a page of published disclosures)' })
export class DisclosureConnection {
  @Field(() => [Disclosure], { description: '本页的公开 (disclosures of this page, newest first)' })
  nodes!: Disclosure[];

  @Field(() => PageInfo, { description: '分页信息 (pagination state)' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: '总数 (disclosures matching the filter, all pages)' })
  totalCount!: number;
}

/** Where a village stands with one kind of disclosure. */
@ObjectType('DisclosureKindStatus', { description: '公开时效 (where a village stands with one kind of disclosure)' })
export class DisclosureKindStatusType {
  @Field(() => DisclosureKind, { description: '公开类别 (kind)' })
  kind!: DisclosureKind;

  @Field(() => DateTimeScalar, { nullable: true, description: '最近公开时间 (when the last one was published)' })
  lastPublishedAt!: Date | null;

  @Field(() => String, { description: '下一应公开期间 (the period due next)' })
  nextPeriod!: string;

  @Field(() => DateTimeScalar, { description: '应公开时间 (when it is due: 10 days after that period ends)' })
  dueAt!: Date;

  @Field(() => Boolean, { description: '是否逾期 (whether it is overdue)' })
  overdue!: boolean;
}

/** 三公开: publishing (cadres) and the public read (anyone, no token). */
@Resolver(() => Disclosure)
export class DisclosureResolver {
  @Mutation(() => Disclosure, { description: '发布公开 (publish a disclosure; immutable, a correction references the one it corrects)' })
  publishDisclosure(@Arg('input', () => PublishDisclosureInput) input: PublishDisclosureInput, @Ctx() ctx: RequestContext): Promise<Disclosure> {
    return disclosures.publishDisclosure(ctx, input);
  }

  @Query(() => DisclosureConnection, { nullable: true, description: '村务公开栏 (public: a village\'s published disclosures, newest first; no sign-in needed, nothing personal)' })
  async disclosures(
    @Arg('divisionCode', () => String, { description: '村代码 (village code, 12 digits)' }) divisionCode: string,
    @Arg('kind', () => DisclosureKind, { nullable: true, description: '公开类别 (only this kind)' }) kind: DisclosureKind | null,
    @Arg('first', () => Int, { nullable: true, description: '条数 (page size, 1–100, default 20)' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: '游标 (endCursor of the previous page)' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<DisclosureConnection> {
    const page = await disclosures.listDisclosures(ctx, divisionCode, kind, first, after);
    return { nodes: page.nodes, totalCount: page.totalCount, pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage } };
  }

  @Query(() => [DisclosureKindStatusType], { nullable: true, description: '公开时效 (public: per kind, the last publication, the next due date and whether it is overdue)' })
  disclosureStatus(@Arg('divisionCode', () => String, { description: '村代码 (village code, 12 digits)' }) divisionCode: string, @Ctx() ctx: RequestContext): Promise<DisclosureKindStatusType[]> {
    return disclosures.disclosureStatus(ctx.em, divisionCode);
  }
}
