import { IsString, MaxLength } from 'class-validator';
import { TextField } from '@shanzhi/kit';
import { InputType } from 'type-graphql';

/** Input of `revealResidentIdentity`: which resident, and why (the reason is audited). */
@InputType('RevealResidentIdentityInput', { description: '查看村民身份信息 (reveal a resident’s ID-card number and phone)' })
export class RevealResidentIdentityInput {
  @TextField({ type: 'ID', description: '村民编号 (resident id)' })
  @IsString()
  residentId!: string;

  @TextField({ multiline: true, description: '查看事由 (reason, at least 4 characters; recorded in the audit)' })
  @IsString()
  @MaxLength(500, { message: '事由不超过 500 字 (reason is at most 500 characters)' })
  reason!: string;
}
