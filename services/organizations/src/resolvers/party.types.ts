import { PageInfo } from '@shanzhi/kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { PartyMember } from '../entities/party-member.entity';
import { DevelopmentStage } from '../entities/party.enums';
import type { PartyMemberPage } from '../services/party.service';

/** One page of party members; `totalCount` is counted only when asked for. */
@ObjectType('PartyMemberConnection', { description: '党员列表 (a page of party members)' })
export class PartyMemberConnection {
  /** What the page was cut from, for the lazy total. */
  page!: PartyMemberPage;

  @Field(() => [PartyMember], { description: '本页党员 (members of this page)' })
  nodes!: PartyMember[];

  @Field(() => PageInfo, { description: '分页信息 (pagination state)' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: '党员总数 (members matching the filter, all pages)' })
  totalCount!: number;
}

/** One reached stage of a development. */
@ObjectType('StageDate', { description: '阶段日期 (a stage of member development and the day it was reached)' })
export class StageDateObject {
  @Field(() => DevelopmentStage, { description: '阶段 (stage)' })
  stage!: DevelopmentStage;

  @Field(() => String, { description: '日期 (date, YYYY-MM-DD)' })
  date!: string;
}
