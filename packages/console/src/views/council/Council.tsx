/**
 * 四议两公开 and 三公开 of one village, in four tabs (the tab is in the address, so a link can open one):
 * the quarterly lists, consultations, decisions with their votes, and disclosures. Each tab loads its own
 * data when first opened.
 */
import { Tabs, Typography } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import ConsultationsTab from './ConsultationsTab';
import DecisionsTab from './DecisionsTab';
import DisclosuresTab from './DisclosuresTab';
import ListsTab from './ListsTab';

const TABS = ['lists', 'consultations', 'decisions', 'disclosures'] as const;
type Tab = (typeof TABS)[number];

/** The council page of one village. */
export default function Council() {
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && TABS.includes(asked) ? asked : 'decisions';
  return (
    <>
      <Typography.Title level={2} style={{ margin: 0 }}>
        四议两公开
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={[
          { key: 'lists', label: '季度清单', children: <ListsTab code={code} /> },
          { key: 'consultations', label: '协商议事', children: <ConsultationsTab code={code} /> },
          { key: 'decisions', label: '决策', children: <DecisionsTab code={code} /> },
          { key: 'disclosures', label: '三公开', children: <DisclosuresTab code={code} /> },
        ]}
      />
    </>
  );
}
