import type { RequestContext } from '@shanzhi/kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Account } from '../entities/account.entity';
import { CreateAccountInput } from '../inputs/create-account.input';
import { LoginInput } from '../inputs/login.input';
import * as accounts from '../services/account.service';
import { LoginService } from '../services/login.service';
import { LoginPayload } from './login-payload.type';
import { ViewerObject } from './viewer.type';

/** Sign-in, the signed-in viewer and account creation; who may do what is decided in the services. */
@Resolver()
export class AccountResolver {
  constructor(private readonly login: LoginService) {}

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
}
