import { Field, ID, ObjectType } from 'type-graphql';

/** The plain identity of one resident, returned once per audited reveal and never cached. */
@ObjectType('RevealedIdentity', { description: '村民身份信息明文 (a resident’s ID-card number and phone in plain text; every reveal is audited)' })
export class RevealedIdentity {
  @Field(() => ID, { description: '村民编号 (resident id)' })
  residentId!: string;

  @Field(() => String, { description: '身份证号 (ID-card number, plain text)' })
  idNumber!: string;

  @Field(() => String, { nullable: true, description: '手机号 (mobile number, plain text; null when none is registered)' })
  phone!: string | null;

  @Field(() => ID, { description: '审计记录编号 (id of the audit record of this reveal)' })
  auditId!: string;
}
