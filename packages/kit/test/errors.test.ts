import { GraphQLError } from 'graphql';
import { ArgumentValidationError, AuthorizationError } from 'type-graphql';
import { BadUserInputError, ConflictError, ForbiddenError, formatError, NotFoundError } from '@shanzhi/kit';

const fmt = (err: unknown) => formatError({ message: 'x', path: ['a'] }, new GraphQLError('x', { originalError: err as Error }));

describe('formatError', () => {
  it('keeps the code and field of domain errors', () => {
    expect(fmt(new BadUserInputError('residents.0.idNumber', '身份证号码校验位错误'))).toMatchObject({
      message: '身份证号码校验位错误',
      extensions: { code: 'BAD_USER_INPUT', field: 'residents.0.idNumber' },
    });
    expect(fmt(new ForbiddenError()).extensions).toEqual({ code: 'FORBIDDEN' });
    expect(fmt(new NotFoundError('居民', 'residentId')).extensions).toEqual({ code: 'NOT_FOUND', field: 'residentId' });
    expect(fmt(new ConflictError('用户名已存在', 'username')).extensions).toEqual({ code: 'CONFLICT', field: 'username' });
  });

  it('maps class-validator failures to BAD_USER_INPUT with the nested field path', () => {
    const err = new ArgumentValidationError([
      { property: 'input', children: [{ property: 'reason', constraints: { minLength: 'reason must be longer' }, children: [] }] },
    ]);
    expect(fmt(err)).toMatchObject({ message: 'reason must be longer', extensions: { code: 'BAD_USER_INPUT', field: 'input.reason' } });
  });

  it('maps type-graphql authorization failures to FORBIDDEN', () => {
    expect(fmt(new AuthorizationError()).extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('hides the message of unexpected errors', () => {
    const out = fmt(new Error('relation "resident" does not exist'));
    expect(out.message).toBe('Internal server error');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
