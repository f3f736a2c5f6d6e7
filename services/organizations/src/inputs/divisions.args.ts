import { IsOptional, Matches } from 'class-validator';
import { TextField } from '@shanzhi/kit';
import { ArgsType, Field } from 'type-graphql';
import { DivisionLevel } from '../entities/division-level';
import { DIVISION_CODE_MESSAGE, DIVISION_CODE_PATTERN } from './division-code';

/**
 * Arguments of `divisions`: an args class keeps them in the documented order (parentCode, level). Every
 * property needs a validator, because the kit validates with `whitelist` and drops undecorated ones.
 */
@ArgsType()
export class DivisionsArgs {
  @TextField({ description: '上级区划代码 (code of the ancestor)' })
  @Matches(DIVISION_CODE_PATTERN, { message: DIVISION_CODE_MESSAGE })
  parentCode!: string;

  @Field(() => DivisionLevel, { nullable: true, description: '区划层级 (level of the descendants; omit for direct children)' })
  @IsOptional()
  level?: DivisionLevel | null;
}
