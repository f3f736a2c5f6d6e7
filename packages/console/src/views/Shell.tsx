/**
 * The signed-in frame: navigation by role (县 / 乡镇 / 村), the viewer and sign-out. Views render in the
 * outlet, each loaded when first visited.
 */
import { Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { endSession, ROLE_LABELS, useSession, type Session } from '../session';

/** Menu entries of a role: what that role works on. */
function navigation(s: Session): { key: string; label: string }[] {
  const { role, scope } = s.viewer;
  if (role === 'COUNTY_ADMIN') {
    return [
      { key: `/county/${scope}`, label: '村级比较' },
      { key: `/county/${scope}/alerts`, label: '预警' },
      { key: `/county/${scope}/supervision`, label: '提级监督' },
      { key: `/county/${scope}/assessments`, label: '考核整改' },
      { key: `/county/${scope}/overdue`, label: '逾期督办' },
    ];
  }
  if (role === 'TOWNSHIP_OFFICER') {
    return [
      { key: `/township/${scope}`, label: '本镇村级比较' },
      { key: `/township/${scope}/filing`, label: '待备案' },
      { key: `/township/${scope}/projects`, label: '项目备案' },
      { key: `/township/${scope}/orders`, label: '点单督办' },
      { key: `/township/${scope}/assessments`, label: '考核整改' },
      { key: `/township/${scope}/overdue`, label: '逾期督办' },
      { key: `/township/${scope}/supervision`, label: '提级监督' },
      { key: `/township/${scope}/alerts`, label: '预警' },
    ];
  }
  const village = scope.slice(0, 12);
  const items = [
    { key: `/village/${village}`, label: '本村概况' },
    { key: `/village/${village}/households`, label: '户籍与村民' },
    { key: `/village/${village}/import`, label: '户籍导入导出' },
    { key: `/village/${village}/orders`, label: '点单式办理' },
    { key: `/village/${village}/party`, label: '党组织与微组织' },
    { key: `/village/${village}/areas`, label: '片区台账' },
    { key: `/village/${village}/council`, label: '四议两公开' },
    { key: `/village/${village}/venues`, label: '阵地与活动' },
  ];
  return role === 'VILLAGER' ? [{ key: '/villager', label: '村民服务' }] : items;
}

/** The shell around every signed-in view. */
export default function Shell() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  if (!session) return null;
  const items = navigation(session);
  const selected = items.filter((i) => location.pathname === i.key).map((i) => i.key);
  return (
    <Layout style={{ minHeight: '100%' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#001529' }}>
        <Link to="/" style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
          善治 · 一领四微
        </Link>
        <nav aria-label="主导航" style={{ flex: 1, minWidth: 0 }}>
          <Menu theme="dark" mode="horizontal" selectedKeys={selected} items={items.map((i) => ({ key: i.key, label: <Link to={i.key}>{i.label}</Link> }))} />
        </nav>
        <Space>
          <Typography.Text style={{ color: '#fff' }} data-testid="viewer">
            {session.viewer.displayName}（{ROLE_LABELS[session.viewer.role]}）
          </Typography.Text>
          <Button
            onClick={() => {
              endSession();
              navigate('/login', { replace: true });
            }}
          >
            退出登录
          </Button>
        </Space>
      </Layout.Header>
      {/* Layout.Content is the page's one <main> landmark. */}
      <Layout.Content>
        <div className="page">
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </div>
      </Layout.Content>
    </Layout>
  );
}
