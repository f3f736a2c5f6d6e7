/**
 * 登录. Errors in plain Chinese: wrong username or password (UNAUTHENTICATED), a locked account (CONFLICT),
 * too many attempts (TOO_MANY_REQUESTS); a notice when the previous session expired.
 */
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { apiErrors, chinesePart, describe } from '../errors';
import { graphql } from '../gql';
import { homeOf, startSession, takeEndReason, useSession } from '../session';

const SignInMutation = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      viewer { username role scope displayName }
    }
  }
`);

/** What a failed sign-in tells the user. */
function signInMessage(error: unknown): string {
  const e = apiErrors(error)[0];
  if (!e) return '登录失败，请重试。';
  if (e.code === 'UNAUTHENTICATED') return '用户名或密码错误。';
  if (e.code === 'CONFLICT') return `账户已锁定：${chinesePart(e.message)}。请稍后再试或联系管理员。`;
  if (e.code === 'TOO_MANY_REQUESTS') return '登录尝试次数过多，请稍后再试。';
  if (e.code === 'BAD_USER_INPUT') return describe(e);
  return describe(e);
}

/** The sign-in page. */
export default function SignIn() {
  const session = useSession();
  const [params] = useSearchParams();
  const [notice] = useState(() => takeEndReason());
  const [failure, setFailure] = useState<string | null>(null);
  const [login, { loading }] = useMutation(SignInMutation);
  const next = params.get('next');

  if (session) return <Navigate to={next && next.startsWith('/') && !next.startsWith('//') ? next : homeOf(session)} replace />;

  const onFinish = async (values: { username: string; password: string }) => {
    setFailure(null);
    try {
      const r = await login({ variables: { input: { username: values.username.trim(), password: values.password } } });
      if (r.data) startSession({ token: r.data.login.token, expiresAt: r.data.login.expiresAt, viewer: r.data.login.viewer });
    } catch (error) {
      setFailure(signInMessage(error));
    }
  };

  return (
    <main className="signin">
      <Card>
        <Typography.Title level={1} style={{ fontSize: 24, textAlign: 'center' }}>
          善治 · 一领四微
        </Typography.Title>
        {notice === 'expired' ? <Alert type="info" showIcon title="登录已过期，请重新登录。" style={{ marginBottom: 16 }} role="status" /> : null}
        {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" data-testid="signin-error" /> : null}
        <Form layout="vertical" onFinish={onFinish} requiredMark={false} disabled={loading}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading}>
            登录
          </Button>
        </Form>
      </Card>
    </main>
  );
}
