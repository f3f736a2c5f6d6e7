import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { PartyMemberStatus } from './party.enums';

/** 党员: a member of one party organization; the name is personal information (masked outside the village). */
@Entity({ tableName: 'party_member' })
@ObjectType('PartyMember', { description: '党员 (party member; the name is masked for viewers outside the village)' })
export class PartyMember {
  [OptionalProps]?: 'id' | 'joinedOn' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '党员编号 (member id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  organizationId!: string;

  /** Village of the current organization, kept with the row so scope filters need no join. */
  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '所属村代码 (village code of the member\'s organization)' })
  villageCode!: string;

  /** Served by a field resolver that masks it. */
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Enum({ items: () => PartyMemberStatus })
  @Field(() => PartyMemberStatus, { description: '党员状态 (status)' })
  status!: PartyMemberStatus;

  /** 入党日期 (the day they became a probationary member), when known. */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '入党日期 (admission date, YYYY-MM-DD)' })
  joinedOn: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

/** 组织关系转接: one move of a member between organizations; rows are never changed, so the history stays. */
@Entity({ tableName: 'party_member_transfer' })
@ObjectType('PartyMemberTransfer', { description: '组织关系转接 (transfer of a member between party organizations)' })
export class PartyMemberTransfer {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '转接编号 (transfer id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'uuid' })
  @Field(() => String, { description: '转出党组织编号 (organization left)' })
  fromOrganizationId!: string;

  @Property({ type: 'uuid' })
  @Field(() => String, { description: '转入党组织编号 (organization joined)' })
  toOrganizationId!: string;

  @Property({ type: 'string', columnType: 'date' })
  @Field(() => String, { description: '转接日期 (date, YYYY-MM-DD)' })
  transferredOn!: string;

  @Property({ type: 'string', length: 64 })
  recordedBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
