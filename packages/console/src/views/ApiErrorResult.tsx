/** A whole view refused or failed: FORBIDDEN reads as a refusal (不是数据), anything else as a failure. */
import { Alert, Result } from 'antd';
import { apiErrors, describe } from '../errors';

/** Full-page result for a query that returned no data. */
export function ApiErrorResult({ error }: { error: unknown }) {
  const errors = apiErrors(error);
  if (errors.some((e) => e.code === 'FORBIDDEN')) {
    return <Result status="403" title="无权访问" subTitle="该区划不在您的数据范围内，无法查看。" data-testid="refusal" />;
  }
  if (errors.some((e) => e.code === 'NOT_FOUND')) return <Result status="404" title="未找到" subTitle="该区划不存在。" />;
  return <Result status="error" title="加载失败" subTitle={describe(errors[0] ?? { code: 'INTERNAL_SERVER_ERROR', message: '' })} />;
}

/** A banner over partial data: some fields are missing because a service did not answer or refused. */
export function PartialDataAlert({ error }: { error: unknown }) {
  const errors = apiErrors(error);
  if (errors.length === 0) return null;
  const messages = [...new Set(errors.map(describe))];
  return <Alert type="warning" showIcon title="部分数据未能显示" description={messages.join(' ')} style={{ marginBottom: 16 }} />;
}
