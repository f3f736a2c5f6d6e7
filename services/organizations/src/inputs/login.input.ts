import { Length } from 'class-validator';
import { TextField } from '@shanzhi/kit';
import { InputType } from 'type-graphql';

/** Input of `login`. Only lengths are checked here, so a malformed name says nothing about which accounts exist. */
@InputType('LoginInput', { description: '登录 (sign in with username and password)' })
export class LoginInput {
  @TextField({ description: '用户名 (username)' })
  @Length(1, 64, { message: '请输入用户名 (username is required, at most 64 characters)' })
  username!: string;

  @TextField({ preserve: true, description: '密码 (password)' })
  @Length(1, 256, { message: '请输入密码 (password is required, at most 256 characters)' })
  password!: string;
}
