import { Field, Int, ObjectType } from 'type-graphql';

/** A village's incubation fund: balance and totals in fen; the ledger is a field. */
@ObjectType('IncubationFund', { description: '社会组织孵化基金 (a village\'s social-organization incubation fund; amounts in integer fen)' })
export class IncubationFundObject {
  @Field(() => String, { description: '村代码 (village code)' })
  divisionCode!: string;

  @Field(() => Int, { description: '余额（分）(balance in fen; never negative)' })
  balanceFen!: number;

  @Field(() => Int, { description: '累计筹集（分）(contributions less their reversals, in fen)' })
  contributedFen!: number;

  @Field(() => Int, { description: '累计资助（分）(grants less their reversals, in fen)' })
  grantedFen!: number;
}
