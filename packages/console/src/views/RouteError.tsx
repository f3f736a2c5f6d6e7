/** Shown when a view fails to load or throws: a plain message and a way back, never a blank page. */
import { Button, Result } from 'antd';

/** The error element of every route. */
export function RouteError() {
  return (
    <main className="page">
      <Result status="error" title="页面加载失败" subTitle="请刷新页面重试；如果问题持续，请联系管理员。" extra={<Button type="primary" href="/">返回首页</Button>} />
    </main>
  );
}
