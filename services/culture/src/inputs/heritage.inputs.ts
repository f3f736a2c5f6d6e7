import { TextField } from '@shanzhi/kit';
import { Allow, IsOptional, IsString } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { HeritageCondition, HeritageKind, HeritageLocation } from '../entities/enums';

/** Input of `donateHeritageItem`. */
@InputType('DonateHeritageItemInput', { description: '捐赠村史馆藏品 (record a donated museum item)' })
export class DonateHeritageItemInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  @IsString()
  divisionCode!: string;

  @Field(() => HeritageKind, { description: '类型 (kind)' })
  @Allow()
  kind!: HeritageKind;

  @TextField({ description: '名称 (title, at most 100 characters)', maxLength: 100 })
  @IsString()
  title!: string;

  @TextField({ description: '介绍 (description, at most 4000 characters)', multiline: true, maxLength: 4000 })
  @IsString()
  description!: string;

  @TextField({ nullable: true, description: '年代 (era, e.g. 1970年代)', maxLength: 50 })
  @IsOptional()
  @IsString()
  era?: string | null;

  @TextField({ type: 'ID', nullable: true, description: '捐赠户编号 (donor household id, from the grid)' })
  @IsOptional()
  @IsString()
  donorHouseholdId?: string | null;

  @TextField({ nullable: true, description: '捐赠人署名 (donor’s name; only with donorNameConsent)', maxLength: 50 })
  @IsOptional()
  @IsString()
  donorName?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: '捐赠人同意署名 (the donor consents to their name being shown)' })
  @Allow()
  @IsOptional()
  donorNameConsent?: boolean | null;

  @TextField({ nullable: true, description: '来源 (provenance, at most 1000 characters)', multiline: true, maxLength: 1000 })
  @IsOptional()
  @IsString()
  provenance?: string | null;

  @TextField({ nullable: true, description: '接收日期 (date received, YYYY-MM-DD; default today)' })
  @IsOptional()
  @IsString()
  receivedOn?: string | null;

  @Field(() => HeritageCondition, { nullable: true, defaultValue: HeritageCondition.GOOD, description: '状况 (condition)' })
  @Allow()
  @IsOptional()
  condition?: HeritageCondition | null;

  @Field(() => [String], { nullable: true, description: '图片/音视频地址 (media URLs, http(s), at most 20)' })
  @Allow()
  @IsOptional()
  mediaUrls?: string[] | null;
}

/** Input of `moveHeritageItem`. */
@InputType('MoveHeritageItemInput', { description: '藏品上展或入库 (put an item on display or into storage)' })
export class MoveHeritageItemInput {
  @TextField({ type: 'ID', description: '藏品编号 (item id)' })
  @IsString()
  itemId!: string;

  @Field(() => HeritageLocation, { description: '位置 (ON_DISPLAY or IN_STORAGE)' })
  @Allow()
  location!: HeritageLocation;
}

/** Input of `returnHeritageItem`. */
@InputType('ReturnHeritageItemInput', { description: '退还藏品 (return an item to its donor, at their request)' })
export class ReturnHeritageItemInput {
  @TextField({ type: 'ID', description: '藏品编号 (item id)' })
  @IsString()
  itemId!: string;

  @TextField({ description: '退还说明 (note: who asked, who received it)', multiline: true, maxLength: 1000 })
  @IsString()
  note!: string;
}

/** Input of `createExhibition`. */
@InputType('CreateExhibitionInput', { description: '举办专题展 (group museum items under a theme with dates)' })
export class CreateExhibitionInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  @IsString()
  divisionCode!: string;

  @TextField({ description: '主题 (theme, at most 100 characters)', maxLength: 100 })
  @IsString()
  theme!: string;

  @TextField({ description: '开始日期 (first day, YYYY-MM-DD)' })
  @IsString()
  startsOn!: string;

  @TextField({ description: '结束日期 (last day, YYYY-MM-DD)' })
  @IsString()
  endsOn!: string;

  @Field(() => [ID], { description: '展品编号 (ids of the village’s items, not returned ones)' })
  @Allow()
  itemIds!: string[];
}
