import { IsOptional } from 'class-validator';
import { IsDivisionCode, TextField } from '@shanzhi/kit';
import { ArgsType, Field } from 'type-graphql';
import { DivisionLevel } from '../entities/division-level';

/**
 * Arguments of `divisions`: an args class keeps them in the documented order (parentCode, level). Every
 * property needs a validator, because the kit validates with `whitelist` and drops undecorated ones.
 */
@ArgsType()
export class DivisionsArgs {
  @TextField({ description: '上级区划代码 (code of the ancestor)' })
  @IsDivisionCode()
  parentCode!: string;

  @Field(() => DivisionLevel, { nullable: true, description: '区划层级 (level of the descendants; omit for direct children)' })
  @IsOptional()
  level?: DivisionLevel | null;
}
