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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* colorPrimary darker than antd's default blue: white text on it keeps a 4.5:1 contrast. */}
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1f5fbf', colorLink: '#1f5fbf', colorTextDescription: 'rgba(0,0,0,0.65)', colorTextTertiary: 'rgba(0,0,0,0.6)' } }}>
      <AntApp>
        <ApolloProvider client={createClient()}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
