import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '@shanzhi/kit';
import { Role } from './role';

/** 账户: a person who signs in; the role and scope code become the claims of every token issued. */
@Entity({ tableName: 'account' })
@ObjectType('Account', { description: '账户 (sign-in account; never exposes its password hash or lockout state)' })
export class Account {
  /** Filled by defaults, so `em.create` does not ask for them. */
  [OptionalProps]?: 'id' | 'failedLoginCount' | 'lockedUntil' | 'lastLoginAt' | 'createdAt' | 'disabledAt' | 'tokensRevokedAt' | 'residentId';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '账户编号 (account id)' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'string', length: 64 })
  @Field(() => String, { description: '用户名 (username)' })
  username!: string;

  /** scrypt hash in the auth package's format; never leaves the service. */
  @Property({ type: 'string', length: 255 })
  passwordHash!: string;

  @Enum({ items: () => Role })
  @Field(() => Role, { description: '角色 (role)' })
  role!: Role;

  /** The division-code prefix this account sees; checked against the division table when created. */
  @Property({ type: 'string', length: 15 })
  @Field(() => String, { description: '数据范围 (scope: the division code whose subtree the account sees)' })
  scopeCode!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '姓名 (display name)' })
  displayName!: string;

  /** Consecutive wrong passwords since the last success or lock. */
  @Property({ type: 'integer', default: 0 })
  failedLoginCount: number = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '最近登录时间 (last successful sign-in)' })
  lastLoginAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '创建时间 (created at)' })
  createdAt: Date = new Date();

  /** Set while the account is disabled: it cannot sign in and its earlier tokens are revoked. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '停用时间 (disabled since; null while the account is enabled)' })
  disabledAt: Date | null = null;

  /** Tokens issued at or before this instant (to the second) are refused everywhere (revocation list). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  tokensRevokedAt: Date | null = null;

  /** The grid resident an AREA_CHIEF or VILLAGER account belongs to; one account per resident. */
  @Unique()
  @Property({ type: 'uuid', nullable: true })
  @Field(() => String, { nullable: true, description: '关联村民编号 (the grid resident this area-chief or villager account belongs to)' })
  residentId: string | null = null;
}
