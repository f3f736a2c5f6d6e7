import { TextField } from '@shanzhi/kit';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DisclosureKind, LineDirection } from '../entities/enums';

/** One line of a disclosure being published. */
@InputType('DisclosureLineInput', { description: '公开明细 (one line of a disclosure)' })
export class DisclosureLineInput {
  @TextField({ maxLength: 200, description: '项目 (label)' })
  label!: string;

  @Field(() => LineDirection, { nullable: true, description: '收支方向 (income or expense; required on finance lines)' })
  @IsOptional()
  @IsEnum(LineDirection)
  direction?: LineDirection | null;

  @Field(() => Int, { nullable: true, description: '金额（分） (amount in fen; required on finance lines)' })
  @IsOptional()
  @IsInt()
  amountFen?: number | null;
}

/** Input of `publishDisclosure`; published at once and immutable afterwards. */
@InputType('PublishDisclosureInput', { description: '发布公开 (publish a disclosure, 三公开)' })
export class PublishDisclosureInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  divisionCode!: string;

  @Field(() => DisclosureKind, { description: '公开类别 (kind)' })
  @IsEnum(DisclosureKind)
  kind!: DisclosureKind;

  @TextField({ description: '所属期 (a month 2026-07 for finance; a quarter 2026Q3 for party and village affairs)' })
  period!: string;

  @TextField({ maxLength: 200, description: '标题 (title)' })
  title!: string;

  @TextField({ multiline: true, maxLength: 20000, description: '公开内容 (content body; nothing personal)' })
  body!: string;

  @Field(() => [DisclosureLineInput], { nullable: true, description: '明细 (line items; finance: income and expense lines in fen)' })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  lines?: DisclosureLineInput[] | null;

  @Field(() => Int, { nullable: true, description: '收入合计（分） (stated income total in fen; must equal the income lines)' })
  @IsOptional()
  @IsInt()
  incomeTotalFen?: number | null;

  @Field(() => Int, { nullable: true, description: '支出合计（分） (stated expense total in fen; must equal the expense lines)' })
  @IsOptional()
  @IsInt()
  expenseTotalFen?: number | null;

  @TextField({ type: 'ID', nullable: true, description: '更正的公开 (id of the published disclosure this one corrects)' })
  correctsId?: string | null;
}
