import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Household } from '../entities/household.entity';
import type { HouseholdPage, HouseholdView } from '../services/household.service';

/** Cursor pagination state; shareable, so other subgraphs may define the same Relay type. */
@ObjectType('PageInfo', { description: '分页信息 (pagination state)' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true, description: '末项游标 (cursor of the last item; pass it as `after` for the next page)' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: '是否还有下一页 (whether more items follow)' })
  hasNextPage!: boolean;
}

/** One page of households; `totalCount` is resolved only when asked for. */
@ObjectType('HouseholdConnection', { description: '户列表 (a page of households)' })
export class HouseholdConnection {
  /** What the page was cut from, for the lazy total. */
  page!: HouseholdPage;

  @Field(() => [Household], { description: '本页的户 (households of this page)' })
  nodes!: HouseholdView[];

  @Field(() => PageInfo, { description: '分页信息 (pagination state)' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: '总户数 (households matching the filter, all pages)' })
  totalCount!: number;
}
