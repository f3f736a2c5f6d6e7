import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Gender } from './gender';
import { Household } from './household.entity';
import { RelationToHead } from './relation-to-head';
import { ResidencyEndReason } from './residency-end-reason';

/**
 * 村民: a member of a household. The ID-card number and phone are sensitive personal information: stored
 * only encrypted, found only through their keyed hashes, shown only masked (principle 5).
 */
@Entity({ tableName: 'resident' })
@ObjectType('Resident', { description: '村民 (resident, member of a household)' })
export class Resident {
  [OptionalProps]?: 'phoneEncrypted' | 'phoneHash' | 'createdAt' | 'householdId' | 'birthYear' | 'endedOn' | 'endReason' | 'endNote' | 'villagerUsername' | 'active' | 'idNumberMasked' | 'phoneMasked';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '村民编号 (resident id)' })
  id: string = randomUUID();

  @Index()
  @ManyToOne({ entity: () => Household, deleteRule: 'cascade' })
  household!: Rel<Household>;

  /** Denormalized tenant column, so scope checks and counts need no join. */
  @Index()
  @Property({ type: 'string', length: 15 })
  @Field(() => String, { description: '所属区划代码 (code of the household’s villager group or village)' })
  divisionCode!: string;

  @Property({ type: 'string', length: 50 })
  @Field(() => String, { description: '姓名 (name)' })
  name!: string;

  @Enum({ items: () => Gender })
  @Field(() => Gender, { description: '性别 (gender, from the ID-card number)' })
  gender!: Gender;

  /**
   * YYYY-MM-DD, from the ID-card number. Not a GraphQL field: the masked ID number hides exactly these
   * eight digits, so publishing the date would undo the mask. Only the year is published.
   */
  @Property({ type: 'string', columnType: 'date' })
  birthDate!: string;

  /** Served by ResidentResolver.birthYear, so listings can return plain rows. */
  get birthYear(): number {
    return Number(this.birthDate.slice(0, 4));
  }

  @Enum({ items: () => RelationToHead })
  @Field(() => RelationToHead, { description: '与户主关系 (relation to the head of the household)' })
  relation!: RelationToHead;

  /** AES-256-GCM, base64 of iv|tag|ciphertext. */
  @Property({ type: 'text' })
  idNumberEncrypted!: string;

  /** Keyed HMAC of the normalized number: exact lookup, and one resident per number across the county. */
  @Property({ type: 'string', length: 64, unique: 'resident_id_number_hash_unique' })
  idNumberHash!: string;

  @Property({ type: 'text', nullable: true })
  phoneEncrypted: string | null = null;

  /**
   * The ID number as every response shows it (first 6 and last 4 characters), written with the ciphertext, so
   * listing a page needs no decryption. Null only for rows written before the column, until the start-up backfill.
   */
  @Property({ type: 'string', length: 18, nullable: true })
  idNumberMasked: string | null = null;

  /** The phone as every response shows it (138****1234), written with the ciphertext. */
  @Property({ type: 'string', length: 11, nullable: true })
  phoneMasked: string | null = null;

  @Index()
  @Property({ type: 'string', length: 64, nullable: true })
  phoneHash: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  /** Day the residency ended (YYYY-MM-DD); null while the resident lives in the household. Rows are never deleted. */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '迁出或死亡日期 (day the residency ended, YYYY-MM-DD; null while resident)' })
  endedOn: string | null = null;

  @Enum({ items: () => ResidencyEndReason, nullable: true })
  @Field(() => ResidencyEndReason, { nullable: true, description: '注销原因 (why the residency ended)' })
  endReason: ResidencyEndReason | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '注销说明 (note on the end, e.g. where the resident moved to)' })
  endNote: string | null = null;

  /**
   * 村民账户: the username of the VILLAGER account that speaks for this resident. A villager's token carries
   * only its village, so this link is how the grid knows which household a villager may order for.
   */
  @Property({ type: 'string', length: 100, nullable: true, unique: 'resident_villager_username_unique' })
  villagerUsername: string | null = null;

  /** Whether the resident still lives in the household (served by ResidentResolver.active). */
  get active(): boolean {
    return this.endedOn === null;
  }

  /** The household's id without loading the household (served by ResidentResolver.householdId). */
  get householdId(): string {
    return this.household.id;
  }
}
