import type { RequestContext } from '@shanzhi/kit';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver, type ClassType } from 'type-graphql';
import { Account } from '../entities/account.entity';
import { CreateAccountInput } from '../inputs/create-account.input';
import { LoginInput } from '../inputs/login.input';
import * as accounts from '../services/account.service';
import type { LoginService } from '../services/login.service';
import { LoginPayload } from './login-payload.type';
import { ViewerObject } from './viewer.type';

/**
 * Builds the account resolver around one LoginService. A factory, because the kit's context carries no
 * service instances and each running service (and each test) has its own key, limiter and lock policy.
 */
export function createAccountResolver(login: LoginService | null): ClassType {
  @Resolver()
  class AccountResolver {
    @Mutation(() => LoginPayload, { description: '登录 (sign in; public. Wrong username or password: UNAUTHENTICATED; locked account: CONFLICT; too many attempts: TOO_MANY_REQUESTS)' })
    login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: RequestContext) {
      if (!login) throw new Error('login is not configured in this schema build');
      return login.login(ctx, input);
    }

    @Authorized()
    @Query(() => ViewerObject, { description: '当前用户 (the signed-in viewer; requires a token)' })
    viewer(@Ctx() ctx: RequestContext) {
      return accounts.currentViewer(ctx);
    }

    @Authorized('COUNTY_ADMIN', 'TOWNSHIP_OFFICER')
    @Mutation(() => Account, { description: '新建账户 (create an account inside your scope; township officers create village-level accounts only)' })
    createAccount(@Arg('input', () => CreateAccountInput) input: CreateAccountInput, @Ctx() ctx: RequestContext) {
      return accounts.createAccount(ctx, input);
    }
  }
  return AccountResolver;
}
