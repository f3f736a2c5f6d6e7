/** 404 inside the shell. */
import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';

/** No such page. */
export default function NotFound() {
  return <Result status="404" title="页面不存在" extra={<Link to="/"><Button type="primary">返回首页</Button></Link>} />;
}
