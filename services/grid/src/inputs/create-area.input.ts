import { IsOptional, IsString, MaxLength } from 'class-validator';
import { TextField } from '@shanzhi/kit';
import { InputType } from 'type-graphql';

/** Input of `createArea`; the rules (known division, scope, phone format) are checked in area.service. */
@InputType('CreateAreaInput', { description: '新建片区 (create an area of the 片长制)' })
export class CreateAreaInput {
  @TextField({ description: '所属区划代码 (code of the villager group, 15 digits, or village, 12 digits)' })
  @IsString()
  divisionCode!: string;

  @TextField({ description: '片区名称 (area name, e.g. 第一片区)' })
  @IsString()
  @MaxLength(100, { message: '片区名称不超过 100 字 (name is at most 100 characters)' })
  name!: string;

  @TextField({ description: '片长姓名 (name of the area chief)' })
  @IsString()
  @MaxLength(50, { message: '片长姓名不超过 50 字 (chief name is at most 50 characters)' })
  chiefName!: string;

  @TextField({ nullable: true, description: '片长手机号 (mobile number of the area chief; stored encrypted, shown masked)' })
  @IsOptional()
  @IsString()
  chiefPhone?: string | null;

  @TextField({ nullable: true, description: '片长账户 (username of the chief’s AREA_CHIEF account, if any: it then sees and edits this area’s households)' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: '账户名不超过 100 字 (username is at most 100 characters)' })
  chiefUsername?: string | null;
}
