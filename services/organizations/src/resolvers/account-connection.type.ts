import { PageInfo } from '@shanzhi/kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { Account } from '../entities/account.entity';
import type { AccountPage } from '../services/account.service';

/** One page of accounts; `totalCount` is counted only when asked for. */
@ObjectType('AccountConnection', { description: '账户列表 (a page of accounts)' })
export class AccountConnection {
  /** What the page was cut from, for the lazy total. */
  page!: AccountPage;

  @Field(() => [Account], { description: '本页账户 (accounts of this page)' })
  nodes!: Account[];

  @Field(() => PageInfo, { description: '分页信息 (pagination state)' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: '账户总数 (accounts in the scope, all pages)' })
  totalCount!: number;
}
