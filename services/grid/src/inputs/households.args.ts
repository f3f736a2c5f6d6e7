import { IsInt, IsOptional, IsString } from 'class-validator';
import { TextField } from '@shanzhi/kit';
import { ArgsType, Field, Int } from 'type-graphql';

/** Page size of `households` when none is asked for. */
export const DEFAULT_PAGE_SIZE = 20;

/** Arguments of `households`, as a class so the SDL lists them in this order. */
@ArgsType()
export class HouseholdsArgs {
  @TextField({ description: '村或村民小组代码 (code of the village, 12 digits, or villager group, 15 digits)' })
  @IsString()
  divisionCode!: string;

  @TextField({ type: 'ID', nullable: true, description: '片区编号 (only the households of this area)' })
  @IsOptional()
  @IsString()
  areaId?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: '每页户数 (page size, at most 100; default 20)' })
  @IsOptional()
  @IsInt()
  first?: number | null;

  @TextField({ nullable: true, description: '游标 (endCursor of the previous page)' })
  @IsOptional()
  @IsString()
  after?: string | null;
}
