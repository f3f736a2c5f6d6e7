import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '@shanzhi/kit';
import { ViewerObject } from './viewer.type';

/** GraphQL `LoginPayload`: the bearer token and who it stands for. */
@ObjectType('LoginPayload', { description: '登录结果 (result of a successful sign-in)' })
export class LoginPayload {
  @Field(() => String, { description: '访问令牌 (bearer token: send as "Authorization: Bearer <token>")' })
  token!: string;

  @Field(() => DateTimeScalar, { description: '过期时间 (when the token expires)' })
  expiresAt!: Date;

  @Field(() => ViewerObject, { description: '当前用户 (the signed-in viewer)' })
  viewer!: ViewerObject;
}
