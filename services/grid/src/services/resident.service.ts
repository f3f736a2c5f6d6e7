import type { EntityManager } from '@mikro-orm/postgresql';
import { isWithinScope } from '@shanzhi/divisions';
import { assertRole, BadUserInputError, NotFoundError, type RequestContext } from '@shanzhi/kit';
import { IdentityRevealAudit } from '../entities/identity-reveal-audit.entity';
import { Household } from '../entities/household.entity';
import { Resident } from '../entities/resident.entity';
import { assertHouseholdInReach } from './area-chief';
import type { RevealResidentIdentityInput } from '../inputs/reveal-resident-identity.input';
import { isUuid } from './cursor';
import type { GridDeps } from './grid-deps';
import { GRID_READ_ROLES, IDENTITY_REVEAL_ROLES } from './grid-roles';
import { checkIdNumber } from './id-card.validator';
import { maskIdNumber, maskPhone } from './pii.service';

/** Shortest reason accepted for a reveal: enough to say why, e.g. "核实低保". */
export const MIN_REVEAL_REASON = 4;

/** One resident by id, inside the viewer's scope (FORBIDDEN and logged outside it); null when absent. */
export async function findResident(ctx: RequestContext, id: string): Promise<Resident | null> {
  assertRole(ctx, GRID_READ_ROLES);
  if (!isUuid(id)) return null;
  const resident = await ctx.em.findOne(Resident, { id }, { populate: ['household'] });
  if (resident) await assertHouseholdInReach(ctx, resident.household);
  return resident;
}

/**
 * Exact lookup through the keyed hash; the number itself is never queried or logged. A match outside the
 * viewer's scope answers null (and is logged), so the lookup cannot tell whether a person lives elsewhere.
 */
export async function findResidentByIdNumber(ctx: RequestContext, deps: GridDeps, idNumber: string): Promise<Resident | null> {
  const viewer = assertRole(ctx, GRID_READ_ROLES);
  const check = checkIdNumber(idNumber);
  if (!check.ok) throw new BadUserInputError('idNumber', check.reason);
  const resident = await ctx.em.findOne(Resident, { idNumberHash: deps.pii.hash('idNumber', check.facts.idNumber) });
  if (resident && !isWithinScope(viewer.scope, resident.divisionCode)) {
    ctx.log.warn(
      { event: 'scope_denied', username: viewer.username, role: viewer.role, scope: viewer.scope, divisionCode: resident.divisionCode },
      'ID lookup matched a resident outside scope',
    );
    return null;
  }
  return resident;
}

/** Plain identity of a resident, as a reveal returns it. */
export interface RevealedIdentityData {
  residentId: string;
  idNumber: string;
  phone: string | null;
  auditId: string;
}

/**
 * Reveals a resident's ID-card number and phone to a role allowed to see them, inside scope, with a reason;
 * the audit row commits in the same transaction, so there is no reveal without a record of it.
 */
export async function revealResidentIdentity(ctx: RequestContext, deps: GridDeps, input: RevealResidentIdentityInput): Promise<RevealedIdentityData> {
  const viewer = assertRole(ctx, IDENTITY_REVEAL_ROLES);
  const reason = (input.reason ?? '').trim();
  if (reason.length < MIN_REVEAL_REASON) {
    throw new BadUserInputError('reason', `请填写查看事由（至少 ${MIN_REVEAL_REASON} 个字） (a reason of at least ${MIN_REVEAL_REASON} characters is required)`);
  }
  const resident = isUuid(input.residentId) ? await ctx.em.findOne(Resident, { id: input.residentId }) : null;
  if (!resident) throw new NotFoundError('村民 (resident)', 'residentId');
  await assertHouseholdInReach(ctx, await ctx.em.findOneOrFail(Household, { id: resident.household.id }));
  const revealed = await ctx.em.transactional(async (em) => {
    const audit = em.create(IdentityRevealAudit, {
      username: viewer.username,
      role: viewer.role,
      residentId: resident.id,
      divisionCode: resident.divisionCode,
      reason,
    });
    // Decrypt before commit: a value that fails its integrity check leaves no audit row claiming a reveal.
    const data: RevealedIdentityData = {
      residentId: resident.id,
      idNumber: deps.pii.decrypt('idNumber', resident.idNumberEncrypted),
      phone: resident.phoneEncrypted ? deps.pii.decrypt('phone', resident.phoneEncrypted) : null,
      auditId: audit.id,
    };
    await em.flush();
    return data;
  });
  ctx.log.info(
    { event: 'identity_revealed', auditId: revealed.auditId, residentId: resident.id, divisionCode: resident.divisionCode, username: viewer.username, role: viewer.role },
    'resident identity revealed',
  );
  return revealed;
}

/** What masking needs of a resident: the stored masked copies, and the ciphertexts for rows without them. */
export type MaskSource = Pick<Resident, 'phoneEncrypted' | 'idNumberMasked' | 'phoneMasked'> & {
  /** Listings leave it out (null) when the masked copy is there. */
  idNumberEncrypted: string | null;
};

/** The ID-card number as every listing shows it: the stored masked copy, decrypting only for rows without one. */
export function maskedIdNumber(deps: GridDeps, r: MaskSource): string {
  if (r.idNumberMasked) return r.idNumberMasked;
  if (!r.idNumberEncrypted) throw new Error('a resident without its ID number');
  return maskIdNumber(deps.pii.decrypt('idNumber', r.idNumberEncrypted));
}

/** The phone as every listing shows it, or null (listings leave the ciphertext out when the masked copy is there). */
export function maskedPhone(deps: GridDeps, r: MaskSource): string | null {
  if (r.phoneMasked) return r.phoneMasked;
  return r.phoneEncrypted ? maskPhone(deps.pii.decrypt('phone', r.phoneEncrypted)) : null;
}

/**
 * Writes the masked copies of ID numbers and phones for rows stored before those columns existed, in batches,
 * decrypting each value once. Runs at start-up; a no-op once every row has its copies.
 */
export async function backfillMaskedIdentities(em: EntityManager, deps: GridDeps, batch = 1000): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await em.execute<Array<{ id: string; id_number_encrypted: string; phone_encrypted: string | null }>>(
      `select id, id_number_encrypted, phone_encrypted from resident where id_number_masked is null limit ?`,
      [batch],
    );
    if (rows.length === 0) return done;
    const values = rows.map((r) => ({
      id: r.id,
      id_masked: maskIdNumber(deps.pii.decrypt('idNumber', r.id_number_encrypted)),
      phone_masked: r.phone_encrypted ? maskPhone(deps.pii.decrypt('phone', r.phone_encrypted)) : null,
    }));
    await em.execute(
      `update resident r set id_number_masked = v.id_masked, phone_masked = v.phone_masked
         from json_to_recordset(?::json) as v(id uuid, id_masked text, phone_masked text) where r.id = v.id`,
      [JSON.stringify(values)],
    );
    done += rows.length;
  }
}
