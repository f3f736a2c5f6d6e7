import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CommunityOrganizationKind, CommunityOrganizationStatus } from './village.enums';

/** 微组织: an organization of the villagers themselves (self-governance, mass or social). */
@Entity({ tableName: 'community_organization' })
@ObjectType('CommunityOrganization', { description: '微组织 (villagers\' own organization: self-governance, mass or social)' })
export class CommunityOrganization {
  [OptionalProps]?: 'id' | 'status' | 'description' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '组织编号 (organization id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '所属村代码 (village code)' })
  villageCode!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '名称 (name, e.g. 村民议事会, 老年协会)' })
  name!: string;

  @Enum({ items: () => CommunityOrganizationKind })
  @Field(() => CommunityOrganizationKind, { description: '类别 (kind)' })
  kind!: CommunityOrganizationKind;

  @Enum({ items: () => CommunityOrganizationStatus, default: CommunityOrganizationStatus.OPERATING })
  @Field(() => CommunityOrganizationStatus, { description: '状态 (status)' })
  status: CommunityOrganizationStatus = CommunityOrganizationStatus.OPERATING;

  @Property({ type: 'text', default: '' })
  @Field(() => String, { description: '简介 (what the organization does)' })
  description: string = '';

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '登记时间 (recorded at)' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** 微组织成员: a villager taking part in a community organization; the name is masked outside the village. */
@Entity({ tableName: 'community_organization_member' })
@ObjectType('CommunityOrganizationMember', { description: '微组织成员 (member of a community organization; the name is masked outside the village)' })
export class CommunityOrganizationMember {
  [OptionalProps]?: 'id' | 'role' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '成员编号 (member id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Property({ type: 'string', length: 50 })
  name!: string;

  @Property({ type: 'string', length: 50, default: '' })
  @Field(() => String, { description: '职务 (role in the organization, e.g. 会长; empty for members)' })
  role: string = '';

  @Property({ type: 'string', columnType: 'date' })
  @Field(() => String, { description: '加入日期 (joined, YYYY-MM-DD)' })
  joinedOn!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

/** 微组织活动/会议: one meeting of a community organization. */
@Entity({ tableName: 'community_organization_meeting' })
@ObjectType('CommunityOrganizationMeeting', { description: '微组织会议 (a meeting of a community organization)' })
export class CommunityOrganizationMeeting {
  [OptionalProps]?: 'id' | 'venueId' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '会议编号 (meeting id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Property({ type: 'string', columnType: 'date' })
  @Field(() => String, { description: '会议日期 (date, YYYY-MM-DD)' })
  heldOn!: string;

  @Property({ type: 'uuid', nullable: true })
  venueId: string | null = null;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: '议题 (topic)' })
  topic!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '参会人数 (attendance)' })
  attendance!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
