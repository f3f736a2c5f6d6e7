/**
 * 村务公开 (public, no sign-in): what a village has published — disclosures, the quarterly lists and star
 * winners — for a QR code on the venue wall. The sections fill as the projects and culture services publish
 * them through the supergraph; until then each says so plainly.
 */
import { Card, Empty, Space, Typography } from 'antd';
import { useParams } from 'react-router-dom';

const SECTIONS = [
  { key: 'disclosures', title: '党务、村务、财务公开', empty: '暂无公开事项' },
  { key: 'lists', title: '需求清单、资源清单、项目清单', empty: '暂无公示的清单' },
  { key: 'stars', title: '百家明星', empty: '暂无评选结果' },
] as const;

/** The public page of one village. */
export default function PublicVillage() {
  const { code = '' } = useParams();
  const valid = /^\d{12}$/.test(code);
  return (
    <main className="public-page">
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        村务公开
      </Typography.Title>
      {valid ? (
        <Typography.Paragraph type="secondary">区划代码 {code}</Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="danger">村代码应为 12 位数字。</Typography.Paragraph>
      )}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {SECTIONS.map((s) => (
          <Card key={s.key} title={<h2 style={{ fontSize: 16, margin: 0 }}>{s.title}</h2>} data-testid={`public-${s.key}`}>
            <Empty description={s.empty} />
          </Card>
        ))}
      </Space>
    </main>
  );
}
