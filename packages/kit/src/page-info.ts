import { Directive, Field, ObjectType } from 'type-graphql';

/** Relay cursor pagination state, one definition for every subgraph (shareable, as each of them returns it). */
@ObjectType('PageInfo', { description: '分页信息 (pagination state)' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true, description: '末项游标 (cursor of the last item; pass it as `after` for the next page)' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: '是否还有下一页 (whether more items follow)' })
  hasNextPage!: boolean;
}
