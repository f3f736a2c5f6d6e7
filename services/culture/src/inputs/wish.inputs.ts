import { TextField } from '@shanzhi/kit';
import { Allow, IsOptional, IsString } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { WishBeneficiary, WishKind } from '../entities/enums';

/** Input of `makeWish`. */
@InputType('MakeWishInput', { description: '许下心愿 (record a wish of an elderly villager or a child)' })
export class MakeWishInput {
  @TextField({ type: 'ID', description: '许愿户编号 (household id, from the grid)' })
  @IsString()
  householdId!: string;

  @TextField({ description: '心愿人姓名 (name of the elderly villager or child; shown masked outside the village)', maxLength: 50 })
  @IsString()
  wisherName!: string;

  @Field(() => WishBeneficiary, { description: '一老一小 (elderly villager or child)' })
  @Allow()
  beneficiary!: WishBeneficiary;

  @Field(() => WishKind, { description: '心愿类型 (kind)' })
  @Allow()
  kind!: WishKind;

  @TextField({ description: '心愿内容 (the wish, at most 500 characters)', multiline: true, maxLength: 500 })
  @IsString()
  text!: string;
}

/** Input of `claimWish`. */
@InputType('ClaimWishInput', { description: '认领心愿 (claim a wish as a volunteer or for an organization)' })
export class ClaimWishInput {
  @TextField({ type: 'ID', description: '心愿编号 (wish id)' })
  @IsString()
  wishId!: string;

  @TextField({ description: '认领人或组织名称 (the volunteer’s or organization’s name)', maxLength: 100 })
  @IsString()
  claimantName!: string;
}

/** Input of `fulfilWish`. */
@InputType('FulfilWishInput', { description: '圆梦 (record that a claimed wish was fulfilled)' })
export class FulfilWishInput {
  @TextField({ type: 'ID', description: '心愿编号 (wish id)' })
  @IsString()
  wishId!: string;

  @TextField({ description: '圆梦说明 (note, at most 1000 characters)', multiline: true, maxLength: 1000 })
  @IsString()
  note!: string;

  @TextField({ nullable: true, description: '照片地址 (photo URL, http(s))', maxLength: 500 })
  @IsOptional()
  @IsString()
  photoUrl?: string | null;
}

/** Input of `withdrawWish`. */
@InputType('WithdrawWishInput', { description: '撤回心愿 (withdraw a wish not yet fulfilled)' })
export class WithdrawWishInput {
  @TextField({ type: 'ID', description: '心愿编号 (wish id)' })
  @IsString()
  wishId!: string;
}
