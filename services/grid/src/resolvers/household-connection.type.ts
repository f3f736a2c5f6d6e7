import { PageInfo } from '@shanzhi/kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { Household } from '../entities/household.entity';
import type { HouseholdPage, HouseholdView } from '../services/household.service';

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
