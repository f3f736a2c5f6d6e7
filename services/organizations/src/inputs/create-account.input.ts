import { IsIn, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Role } from '../entities/role';
import { DIVISION_CODE_MESSAGE, DIVISION_CODE_PATTERN, NON_BLANK } from './division-code';

/** Minimum password length of the password policy. */
export const PASSWORD_MIN_LENGTH = 10;

/** Input of `createAccount`. */
@InputType('CreateAccountInput', { description: '新建账户 (create an account)' })
export class CreateAccountInput {
  @Field(() => String, { description: '用户名 (username: 3–64 lower-case letters, digits, ".", "_" or "-")' })
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, {
    message: '用户名须为 3–64 位小写字母、数字或 . _ - (username: 3–64 of a-z 0-9 . _ -)',
  })
  username!: string;

  @Field(() => String, { description: `密码 (password, at least ${PASSWORD_MIN_LENGTH} characters)` })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `密码至少 ${PASSWORD_MIN_LENGTH} 位 (password must have at least ${PASSWORD_MIN_LENGTH} characters)` })
  @MaxLength(256, { message: '密码不超过 256 位 (password is at most 256 characters)' })
  password!: string;

  @Field(() => Role, { description: '角色 (role)' })
  @IsIn(Object.values(Role), { message: '角色无效 (unknown role)' })
  role!: Role;

  @Field(() => String, { description: '数据范围 (scope: an existing division code within yours)' })
  @Matches(DIVISION_CODE_PATTERN, { message: DIVISION_CODE_MESSAGE })
  scopeCode!: string;

  @Field(() => String, { description: '姓名 (display name)' })
  @Matches(NON_BLANK, { message: '姓名不能为空 (display name is required)' })
  @MaxLength(100, { message: '姓名不超过 100 字 (display name is at most 100 characters)' })
  displayName!: string;
}
