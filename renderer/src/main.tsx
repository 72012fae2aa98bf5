import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBridge } from './bridge/client';
import { Frame } from './Frame';
import { FONT_STACK, registerFonts } from './fonts';
import { initI18n } from './i18n';
import { AppStateProvider } from './state/app';

registerFonts();
initI18n('zh-CN');
const bridge = createBridge();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { fontFamily: FONT_STACK, colorPrimary: '#1f5fbf', borderRadius: 4 } }}>
      <AntApp>
        <AppStateProvider bridge={bridge}>
          <Frame />
        </AppStateProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
