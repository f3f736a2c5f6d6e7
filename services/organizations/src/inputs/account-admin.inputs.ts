import { TextField } from '@shanzhi/kit';
import { MaxLength } from 'class-validator';
import { InputType } from 'type-graphql';

/** Input of `disableAccount` and `enableAccount`. */
@InputType('AccountUsernameInput', { description: '指定账户 (an account by username)' })
export class AccountUsernameInput {
  @TextField({ maxLength: 64, description: '用户名 (username)' })
  username!: string;
}

/** Input of `resetPassword`. */
@InputType('ResetPasswordInput', { description: '重置密码 (set a new password for an account in your scope)' })
export class ResetPasswordInput {
  @TextField({ maxLength: 64, description: '用户名 (username)' })
  username!: string;

  @TextField({ preserve: true, description: '新密码 (new password: at least 10 characters, not the username)' })
  @MaxLength(256, { message: '密码不超过 256 位 (password is at most 256 characters)' })
  newPassword!: string;
}

/** Input of `changePassword`. */
@InputType('ChangePasswordInput', { description: '修改密码 (change your own password)' })
export class ChangePasswordInput {
  @TextField({ preserve: true, description: '原密码 (current password)' })
  @MaxLength(256)
  oldPassword!: string;

  @TextField({ preserve: true, description: '新密码 (new password: at least 10 characters, not the username, not the current one)' })
  @MaxLength(256, { message: '密码不超过 256 位 (password is at most 256 characters)' })
  newPassword!: string;
}

/** Input of `linkAccountToResident`. */
@InputType('LinkAccountToResidentInput', { description: '关联村民 (link an area-chief or villager account to a grid resident)' })
export class LinkAccountToResidentInput {
  @TextField({ maxLength: 64, description: '用户名 (username)' })
  username!: string;

  @TextField({ type: 'ID', description: '村民编号 (the grid resident\'s id)' })
  residentId!: string;
}
