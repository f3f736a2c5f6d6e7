import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { PartyOrganizationKind } from './party.enums';

/**
 * 党组织: the village org (at the 12-digit village code) or the branch / party group of one villager group
 * (at its 15-digit code). One organization per division: the unique code makes a second village-level org,
 * or a second branch for a group, a CONFLICT even under concurrent requests.
 */
@Entity({ tableName: 'party_organization' })
@ObjectType('PartyOrganization', { description: '党组织 (party organization: the village org, or the branch / party group of a villager group)' })
export class PartyOrganization {
  [OptionalProps]?: 'id' | 'parentId' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '党组织编号 (organization id)' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'string', length: 15 })
  @Field(() => String, { description: '所在区划代码 (village code for the village org, villager-group code for a branch or party group)' })
  divisionCode!: string;

  /** The village the organization belongs to; the tenancy key of its members. */
  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '所属村代码 (village code)' })
  villageCode!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '名称 (name)' })
  name!: string;

  @Enum({ items: () => PartyOrganizationKind })
  @Field(() => PartyOrganizationKind, { description: '类别 (kind)' })
  kind!: PartyOrganizationKind;

  /** The village org for a group-level branch; null at the top. */
  @Property({ type: 'uuid', nullable: true })
  parentId: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '建立时间 (recorded at)' })
  createdAt: Date = new Date();
}
