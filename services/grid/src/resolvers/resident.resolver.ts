import type { RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Resident } from '../entities/resident.entity';
import { RevealResidentIdentityInput } from '../inputs/reveal-resident-identity.input';
import { AddResidentInput, EndResidencyInput, LinkVillagerAccountInput, MoveResidentInput } from '../inputs/register-changes.input';
import * as register from '../services/register.service';
import { GridDeps } from '../services/grid-deps';
import * as residents from '../services/resident.service';
import { RevealedIdentity } from './revealed-identity.type';

/** Residents (村民): masked everywhere (decrypted with the process's PII key), revealed only through the audited mutation. */
@Resolver(() => Resident)
export class ResidentResolver {
  constructor(private readonly deps: GridDeps) {}

  @Query(() => Resident, { nullable: true, description: '村民 (one resident inside your scope; ID number and phone masked)' })
  resident(@Arg('id', () => ID, { description: '村民编号 (resident id)' }) id: string, @Ctx() ctx: RequestContext): Promise<Resident | null> {
    return residents.findResident(ctx, id);
  }

  @Query(() => Resident, {
    nullable: true,
    description: '按身份证号查找村民 (exact lookup by ID-card number through its keyed hash, inside your scope; masked; null when none)',
  })
  findResidentByIdNumber(
    @Arg('idNumber', () => String, { description: '身份证号 (18-character ID-card number)' }) idNumber: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Resident | null> {
    return residents.findResidentByIdNumber(ctx, this.deps, idNumber);
  }

  @Mutation(() => RevealedIdentity, {
    description: '查看村民身份信息 (reveal a resident’s ID-card number and phone; village cadres, area chiefs and township officers inside their scope; a reason is required and every reveal is audited)',
  })
  revealResidentIdentity(
    @Arg('input', () => RevealResidentIdentityInput) input: RevealResidentIdentityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RevealedIdentity> {
    return residents.revealResidentIdentity(ctx, this.deps, input);
  }

  @Mutation(() => Resident, { description: '增员 (add a member to an existing household: birth or moving in; audited, evented)' })
  addResident(@Arg('input', () => AddResidentInput) input: AddResidentInput, @Ctx() ctx: RequestContext): Promise<Resident> {
    return register.addResident(ctx, this.deps, input);
  }

  @Mutation(() => Resident, { description: '减员 (end a residency: moving out or death; the row is kept with its reason and day)' })
  endResidency(@Arg('input', () => EndResidencyInput) input: EndResidencyInput, @Ctx() ctx: RequestContext): Promise<Resident> {
    return register.endResidency(ctx, input);
  }

  @Mutation(() => Resident, { description: '户间迁移 (move a resident to another household of the same village)' })
  moveResident(@Arg('input', () => MoveResidentInput) input: MoveResidentInput, @Ctx() ctx: RequestContext): Promise<Resident> {
    return register.moveResident(ctx, input);
  }

  @Mutation(() => Resident, { description: '绑定村民账户 (link a VILLAGER account to a resident, so the villager may order for their household)' })
  linkVillagerAccount(@Arg('input', () => LinkVillagerAccountInput) input: LinkVillagerAccountInput, @Ctx() ctx: RequestContext): Promise<Resident> {
    return register.linkVillagerAccount(ctx, input);
  }

  // Plain-data roots: listings return rows, not entities, and type-graphql would otherwise copy each into a Resident.
  @FieldResolver(() => Int, { description: '出生年份 (birth year, from the ID-card number; the full date stays hidden like the ID number)' })
  birthYear(@Root() resident: Pick<Resident, 'birthDate'>): number {
    return Number(resident.birthDate.slice(0, 4));
  }

  @FieldResolver(() => ID, { description: '所属户编号 (household id)' })
  householdId(@Root() resident: Pick<Resident, 'householdId'>): string {
    return resident.householdId;
  }

  @FieldResolver(() => Boolean, { description: '是否在册 (whether the resident still lives in the household)' })
  active(@Root() resident: Pick<Resident, 'endedOn'>): boolean {
    return resident.endedOn === null;
  }

  @FieldResolver(() => String, { description: '身份证号（脱敏） (ID-card number, masked: 511425********1234)' })
  // Typed as plain data: with the entity class here, type-graphql would copy every listed row into a new Resident.
  idNumber(@Root() resident: residents.MaskSource): string {
    return residents.maskedIdNumber(this.deps, resident);
  }

  @FieldResolver(() => String, { nullable: true, description: '手机号（脱敏） (mobile number, masked: 138****1234)' })
  phone(@Root() resident: residents.MaskSource): string | null {
    return residents.maskedPhone(this.deps, resident);
  }
}
