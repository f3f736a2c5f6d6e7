import type { RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Charter } from '../entities/charter.entity';
import { FundTransaction } from '../entities/incubation-fund.entity';
import { CharterKind } from '../entities/village.enums';
import { ContributeToFundInput, GrantFromFundInput, PublishCharterInput, ReverseFundTransactionInput } from '../inputs/village.inputs';
import * as charters from '../services/charter.service';
import * as fund from '../services/fund.service';
import { IncubationFundObject } from './village.types';

/** 社会组织孵化基金: balance, append-only ledger, contributions, grants and reversals; rules in fund.service. */
@Resolver(() => IncubationFundObject)
export class IncubationFundResolver {
  @Query(() => IncubationFundObject, { nullable: true, description: '孵化基金 (a village\'s incubation fund)' })
  incubationFund(@Arg('divisionCode', () => String, { description: '村代码 (village code)' }) divisionCode: string, @Ctx() ctx: RequestContext) {
    return fund.findFund(ctx, divisionCode);
  }

  @FieldResolver(() => [FundTransaction], { description: '收支明细 (ledger entries, newest first; corrections appear as REVERSAL entries)' })
  transactions(@Root() f: IncubationFundObject, @Ctx() ctx: RequestContext) {
    return fund.fundTransactions(ctx, f.divisionCode);
  }

  @Mutation(() => IncubationFundObject, { description: '基金筹集 (record a contribution; amounts in integer fen)' })
  contributeToFund(@Arg('input', () => ContributeToFundInput) input: ContributeToFundInput, @Ctx() ctx: RequestContext) {
    return fund.contributeToFund(ctx, input);
  }

  @Mutation(() => IncubationFundObject, { description: '基金资助 (grant to a SOCIAL or MASS organization; more than the balance is CONFLICT)' })
  grantFromFund(@Arg('input', () => GrantFromFundInput) input: GrantFromFundInput, @Ctx() ctx: RequestContext) {
    return fund.grantFromFund(ctx, input);
  }

  @Mutation(() => IncubationFundObject, { description: '冲正 (correct an entry with a reversing entry and a reason; the original stays)' })
  reverseFundTransaction(@Arg('input', () => ReverseFundTransactionInput) input: ReverseFundTransactionInput, @Ctx() ctx: RequestContext) {
    return fund.reverseFundTransaction(ctx, input);
  }
}

/** 村民自治章程 / 村规民约: versioned charters. */
@Resolver(() => Charter)
export class CharterResolver {
  @Query(() => [Charter], { nullable: true, description: '章程 (every version of a village\'s charters, newest version first)' })
  charters(
    @Arg('divisionCode', () => String, { description: '村代码 (village code)' }) divisionCode: string,
    @Arg('kind', () => CharterKind, { nullable: true, description: '类别 (kind; both when omitted)' }) kind: CharterKind | null,
    @Ctx() ctx: RequestContext,
  ) {
    return charters.listCharters(ctx, divisionCode, kind ?? null);
  }

  @Mutation(() => Charter, { description: '发布章程新版本 (publish the next version; earlier versions stay readable)' })
  publishCharter(@Arg('input', () => PublishCharterInput) input: PublishCharterInput, @Ctx() ctx: RequestContext) {
    return charters.publishCharter(ctx, input);
  }
}
