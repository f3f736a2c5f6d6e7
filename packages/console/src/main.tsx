/** Entry point: Ant Design in Chinese, the Apollo client, and the routes (each view a lazy chunk). */
import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './apollo';
import { router } from './routes';
import { RouterProvider } from 'react-router-dom';
import './styles.css';

dayjs.locale('zh-cn');

/**
 * Ant Design's default blue, red and placeholder grey fall under the 4.5:1 contrast that small text needs on
 * white (WCAG AA); these darker tones keep every label, error and placeholder readable.
 */
const THEME = {
  colorPrimary: '#1f5fbf',
  colorLink: '#1f5fbf',
  colorError: '#c0262d',
  colorTextDescription: 'rgba(0,0,0,0.65)',
  colorTextTertiary: 'rgba(0,0,0,0.6)',
  colorTextPlaceholder: 'rgba(0,0,0,0.6)',
  colorTextQuaternary: 'rgba(0,0,0,0.6)',
};

// Buttons keep their label as written (no space put between two characters), so what a screen reader
// announces matches what is shown and what an aria-label starts with.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: THEME }} button={{ autoInsertSpace: false }}>
      <AntApp>
        <ApolloProvider client={createClient()}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
