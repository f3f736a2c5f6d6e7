import { PASSWORD_MIN_LENGTH, passwordWeakness } from '@shanzhi/auth';
import { IsDivisionCode, TextField } from '@shanzhi/kit';
import { IsIn, Matches, MaxLength, ValidateBy, type ValidationArguments } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Role } from '../entities/role';

export { PASSWORD_MIN_LENGTH };

/** The password policy of packages/auth, checked against the username of the same input. */
function StrongPassword(): PropertyDecorator {
  const weakness = (args?: ValidationArguments) =>
    typeof args?.value === 'string' ? passwordWeakness(args.value, (args.object as { username?: string }).username) : null;
  return ValidateBy({
    name: 'strongPassword',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => typeof value === 'string' && weakness(args) === null,
      defaultMessage: (args?: ValidationArguments) => weakness(args) ?? '请输入密码 (password is required)',
    },
  });
}

/** Input of `createAccount`. */
@InputType('CreateAccountInput', { description: '新建账户 (create an account)' })
export class CreateAccountInput {
  @TextField({ description: '用户名 (username: 3–64 lower-case letters, digits, ".", "_" or "-")' })
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, {
    message: '用户名须为 3–64 位小写字母、数字或 . _ - (username: 3–64 of a-z 0-9 . _ -)',
  })
  username!: string;

  @TextField({ preserve: true, description: `密码 (password, at least ${PASSWORD_MIN_LENGTH} characters)` })
  @StrongPassword()
  @MaxLength(256, { message: '密码不超过 256 位 (password is at most 256 characters)' })
  password!: string;

  @Field(() => Role, { description: '角色 (role)' })
  @IsIn(Object.values(Role), { message: '角色无效 (unknown role)' })
  role!: Role;

  @TextField({ description: '数据范围 (scope: an existing division code within yours)' })
  @IsDivisionCode()
  scopeCode!: string;

  @TextField({ description: '姓名 (display name)' })
  @Matches(/\S/, { message: '姓名不能为空 (display name is required)' })
  @MaxLength(100, { message: '姓名不超过 100 字 (display name is at most 100 characters)' })
  displayName!: string;
}
