import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { markIndicatorsDirty } from '@shanzhi/indicators';
import {
  assertInScope,
  assertRole,
  BadUserInputError,
  ConflictError,
  NotFoundError,
  requireDivisionCode,
  requiredText,
  requireViewer,
  type RequestContext,
} from '@shanzhi/kit';
import { CommunityOrganization } from '../entities/community-organization.entity';
import { Division } from '../entities/division.entity';
import { FundTransaction } from '../entities/incubation-fund.entity';
import { CommunityOrganizationKind, CommunityOrganizationStatus, FundSource, FundTransactionKind } from '../entities/village.enums';
import type { ContributeToFundInput, GrantFromFundInput, ReverseFundTransactionInput } from '../inputs/village.inputs';
import { requireId } from './cursor';
import { VILLAGE_EDITOR_ROLES } from './organizations-roles';

/** The largest single entry (10 million yuan): beyond any village fund, and far from the 32-bit limit of fen sums. */
export const MAX_ENTRY_FEN = 1_000_000_000;

/** A village's fund as the API shows it. */
export interface FundView {
  divisionCode: string;
  balanceFen: number;
  contributedFen: number;
  grantedFen: number;
}

/** The amount of an entry: a positive whole number of fen within MAX_ENTRY_FEN, else BAD_USER_INPUT on amountFen. */
function requireAmount(value: number): number {
  if (!Number.isSafeInteger(value) || value <= 0 || value > MAX_ENTRY_FEN) {
    throw new BadUserInputError('amountFen', `金额须为 1 到 ${MAX_ENTRY_FEN} 分之间的整数 (amountFen must be a whole number of fen, 1–${MAX_ENTRY_FEN})`);
  }
  return value;
}

/**
 * Moves the balance by `delta` inside the caller's transaction, never below zero: the conditional update
 * takes the row lock, so concurrent grants queue and each sees the balance the previous one left. Returns
 * false (and changes nothing) when the balance would go negative.
 */
async function moveBalance(em: EntityManager, villageCode: string, delta: number): Promise<boolean> {
  if (delta >= 0) {
    await em.execute(
      'insert into incubation_fund (village_code, balance_fen) values (?, ?) on conflict (village_code) do update set balance_fen = incubation_fund.balance_fen + excluded.balance_fen',
      [villageCode, delta],
    );
    return true;
  }
  const rows = await em.execute<Array<{ balance_fen: number }>>(
    'update incubation_fund set balance_fen = balance_fen + ? where village_code = ? and balance_fen + ? >= 0 returning balance_fen',
    [delta, villageCode, delta],
  );
  return rows.length === 1;
}

/** Balance and totals of a village's fund (zeros before the first entry). */
async function fundView(em: EntityManager, villageCode: string): Promise<FundView> {
  const [row] = await em.execute<Array<{ balance: number; contributed: number; granted: number }>>(
    `select coalesce((select balance_fen from incubation_fund where village_code = ?), 0)::int as balance,
            coalesce(sum(case when kind = 'CONTRIBUTION' then amount_fen end) - coalesce(sum(case when kind = 'REVERSAL' and delta_fen < 0 then amount_fen end), 0), 0)::int as contributed,
            coalesce(sum(case when kind = 'GRANT' then amount_fen end) - coalesce(sum(case when kind = 'REVERSAL' and delta_fen > 0 then amount_fen end), 0), 0)::int as granted
       from fund_transaction where village_code = ?`,
    [villageCode, villageCode],
  );
  return { divisionCode: villageCode, balanceFen: row!.balance, contributedFen: row!.contributed, grantedFen: row!.granted };
}

/** `incubationFund(divisionCode)`: a village's fund; any signed-in viewer inside the scope (the fund is disclosed). */
export async function findFund(ctx: RequestContext, divisionCode: string): Promise<FundView> {
  const code = requireDivisionCode(divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, code);
  return fundView(ctx.em, code);
}

/** The ledger of a village, newest first. */
export function fundTransactions(ctx: RequestContext, villageCode: string): Promise<FundTransaction[]> {
  return ctx.em.find(FundTransaction, { villageCode }, { orderBy: { createdAt: 'desc', id: 'asc' } });
}

async function requireVillage(em: EntityManager, code: string): Promise<void> {
  if (!(await em.findOne(Division, { code }))) throw new BadUserInputError('divisionCode', `区划 ${code} 不存在 (no such division)`);
}

/** Money into the fund (镇村筹集, 乡贤捐赠 with the donor's name, other). */
export async function contributeToFund(ctx: RequestContext, input: ContributeToFundInput): Promise<FundView> {
  const viewer = assertRole(ctx, VILLAGE_EDITOR_ROLES);
  const code = requireDivisionCode(input.divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, code);
  const amountFen = requireAmount(input.amountFen);
  const donor = input.donor?.trim() || null;
  if (input.source === FundSource.LOCAL_WORTHY && !donor) throw new BadUserInputError('donor', '乡贤捐赠须填写捐赠人 (a local worthy\'s donation names the donor)');
  return ctx.em.transactional(async (em: EntityManager) => {
    await requireVillage(em, code);
    em.create(FundTransaction, { villageCode: code, kind: FundTransactionKind.CONTRIBUTION, amountFen, deltaFen: amountFen, source: input.source, donor, recordedBy: viewer.username });
    await moveBalance(em, code, amountFen);
    await markIndicatorsDirty(em, code);
    await em.flush();
    return fundView(em, code);
  });
}

/**
 * A grant to an operating SOCIAL or MASS organization of the village. More than the balance is a CONFLICT;
 * concurrent grants queue on the fund row, so together they never overdraw it.
 */
export async function grantFromFund(ctx: RequestContext, input: GrantFromFundInput): Promise<FundView> {
  const viewer = assertRole(ctx, VILLAGE_EDITOR_ROLES);
  const code = requireDivisionCode(input.divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, code);
  const amountFen = requireAmount(input.amountFen);
  const purpose = requiredText(input.purpose, 'purpose', '用途');
  return ctx.em.transactional(async (em: EntityManager) => {
    await requireVillage(em, code);
    const org = await em.findOne(CommunityOrganization, { id: requireId(input.organizationId, 'organizationId', '微组织') });
    if (!org || org.villageCode !== code) throw new NotFoundError('微组织', 'organizationId');
    if (org.kind === CommunityOrganizationKind.SELF_GOVERNANCE) {
      throw new BadUserInputError('organizationId', '孵化基金只资助社会组织和群众组织 (grants go to SOCIAL or MASS organizations)');
    }
    if (org.status !== CommunityOrganizationStatus.OPERATING) throw new ConflictError('该组织未在运行 (the organization is not operating)', 'organizationId');
    if (!(await moveBalance(em, code, -amountFen))) {
      const { balanceFen } = await fundView(em, code);
      throw new ConflictError(`资助金额超过基金余额 ${balanceFen} 分 (the grant exceeds the balance of ${balanceFen} fen)`, 'amountFen');
    }
    em.create(FundTransaction, { villageCode: code, kind: FundTransactionKind.GRANT, amountFen, deltaFen: -amountFen, organizationId: org.id, purpose, recordedBy: viewer.username });
    await markIndicatorsDirty(em, code);
    await em.flush();
    return fundView(em, code);
  });
}

/**
 * Corrects an entry with a reversing entry of the opposite effect and a reason; the original stays. An
 * entry is reversed at most once, a reversal is not reversed, and reversing a contribution whose money was
 * already granted is a CONFLICT (the balance would go negative).
 */
export async function reverseFundTransaction(ctx: RequestContext, input: ReverseFundTransactionInput): Promise<FundView> {
  const viewer = assertRole(ctx, VILLAGE_EDITOR_ROLES);
  const reason = requiredText(input.reason, 'reason', '冲正原因');
  const already = () => new ConflictError('该笔已冲正 (the entry is already reversed)', 'transactionId');
  requireViewer(ctx);
  try {
    return await ctx.em.transactional(async (em: EntityManager) => {
      const original = await em.findOne(FundTransaction, { id: requireId(input.transactionId, 'transactionId', '基金收支') });
      if (!original) throw new NotFoundError('基金收支', 'transactionId');
      assertInScope(ctx, original.villageCode);
      if (original.kind === FundTransactionKind.REVERSAL) throw new ConflictError('冲正记录不能再冲正 (a reversal cannot be reversed)', 'transactionId');
      if (await em.findOne(FundTransaction, { reversesId: original.id })) throw already();
      if (!(await moveBalance(em, original.villageCode, -original.deltaFen))) {
        throw new ConflictError('冲正后余额将为负 (reversing it would make the balance negative)', 'transactionId');
      }
      em.create(FundTransaction, {
        villageCode: original.villageCode,
        kind: FundTransactionKind.REVERSAL,
        amountFen: original.amountFen,
        deltaFen: -original.deltaFen,
        reversesId: original.id,
        reason,
        recordedBy: viewer.username,
      });
      await markIndicatorsDirty(em, original.villageCode);
      await em.flush();
      return fundView(em, original.villageCode);
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw already();
    throw err;
  }
}
