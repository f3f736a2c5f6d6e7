import { Field, ObjectType } from 'type-graphql';
import { Role } from '../entities/role';

/** GraphQL `Viewer`: who is signed in, as every service sees it in the token. */
@ObjectType('Viewer', { description: '当前用户 (the signed-in viewer: the claims every service checks)' })
export class ViewerObject {
  @Field(() => String, { description: '用户名 (username)' })
  username!: string;

  @Field(() => Role, { description: '角色 (role)' })
  role!: Role;

  @Field(() => String, { description: '数据范围 (scope: division code whose subtree the viewer sees)' })
  scope!: string;

  @Field(() => String, { description: '姓名 (display name; the username when the account has none)' })
  displayName!: string;
}
