import type { RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../entities/account.entity';
import { AccountUsernameInput, ChangePasswordInput, LinkAccountToResidentInput, ResetPasswordInput } from '../inputs/account-admin.inputs';
import { CreateAccountInput } from '../inputs/create-account.input';
import { LoginInput } from '../inputs/login.input';
import * as accounts from '../services/account.service';
import { LoginService } from '../services/login.service';
import { TokenRevocation } from '../services/token-revocation';
import { AccountConnection } from './account-connection.type';
import { LoginPayload } from './login-payload.type';
import { ViewerObject } from './viewer.type';

/** Sign-in, the signed-in viewer and account creation; who may do what is decided in the services. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly login: LoginService,
    private readonly revocation: TokenRevocation,
  ) {}

  @Mutation(() => LoginPayload, { name: 'login', description: '登录 (sign in; public. Wrong username or password: UNAUTHENTICATED; locked account: CONFLICT; too many attempts: TOO_MANY_REQUESTS)' })
  signIn(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: RequestContext): Promise<LoginPayload> {
    return this.login.login(ctx, input);
  }

  @Query(() => ViewerObject, { description: '当前用户 (the signed-in viewer; requires a token)' })
  viewer(@Ctx() ctx: RequestContext): Promise<ViewerObject> {
    return accounts.currentViewer(ctx);
  }

  @Mutation(() => Account, { description: '新建账户 (create an account inside your scope; township officers create village-level accounts only)' })
  createAccount(@Arg('input', () => CreateAccountInput) input: CreateAccountInput, @Ctx() ctx: RequestContext): Promise<Account> {
    return accounts.createAccount(ctx, input);
  }

  @Query(() => AccountConnection, { nullable: true, description: '账户列表 (accounts whose scope lies inside scopeCode, itself inside yours; county admins and township officers)' })
  async accounts(
    @Arg('scopeCode', () => String, { description: '数据范围 (division code whose accounts are listed)' }) scopeCode: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: '每页条数 (page size, 1–200)' }) first: number,
    @Arg('after', () => String, { nullable: true, description: '游标 (cursor: endCursor of the previous page)' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountConnection> {
    const page = await accounts.listAccounts(ctx, scopeCode, first, after ?? null);
    return Object.assign(new AccountConnection(), { page, nodes: page.nodes, pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage } });
  }

  @Mutation(() => Account, { description: '停用账户 (disable an account in your scope: it cannot sign in, and its tokens stop working everywhere within 30 s)' })
  disableAccount(@Arg('input', () => AccountUsernameInput) input: AccountUsernameInput, @Ctx() ctx: RequestContext): Promise<Account> {
    return accounts.disableAccount(ctx, input, this.revocation);
  }

  @Mutation(() => Account, { description: '启用账户 (enable a disabled account; tokens from before it was disabled stay revoked)' })
  enableAccount(@Arg('input', () => AccountUsernameInput) input: AccountUsernameInput, @Ctx() ctx: RequestContext): Promise<Account> {
    return accounts.enableAccount(ctx, input);
  }

  @Mutation(() => Account, { description: '重置密码 (set a new password for an account in your scope; its tokens are revoked)' })
  resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: RequestContext): Promise<Account> {
    return accounts.resetPassword(ctx, input, this.revocation);
  }

  @Mutation(() => Account, { description: '修改密码 (change your own password with the current one; your tokens are revoked, sign in again)' })
  changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: RequestContext): Promise<Account> {
    return accounts.changePassword(ctx, input, this.revocation);
  }

  @Mutation(() => Account, { description: '关联村民 (link an area-chief or villager account to a resident the grid registered)' })
  linkAccountToResident(@Arg('input', () => LinkAccountToResidentInput) input: LinkAccountToResidentInput, @Ctx() ctx: RequestContext): Promise<Account> {
    return accounts.linkAccountToResident(ctx, input);
  }
}

/** The lazy total of an account page. */
@Resolver(() => AccountConnection)
export class AccountConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() conn: AccountConnection, @Ctx() ctx: RequestContext) {
    return accounts.countAccounts(ctx, conn.page.scopeCode);
  }
}
