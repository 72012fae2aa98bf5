/**
 * The app frame: left navigation, content on the right (DESIGN §1). The body gets
 * `data-ready="1"` once app info is loaded — the readiness marker Playwright waits for.
 */
import { Alert, Layout, Menu, Spin, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EnterprisesPage } from './features/enterprises/EnterprisesPage';
import { EnterpriseShell } from './features/enterprise/EnterpriseShell';
import { SettingsPage } from './features/settings/SettingsPage';
import { hrefOf, useRoute, type Route } from './router';
import { useApp } from './state/app';

export const ENTERPRISE_VIEWS = ['profile', 'org', 'people', 'wizard', 'risks', 'duties', 'signs', 'cards', 'print', 'import'] as const;

export function Frame() {
  const { t } = useTranslation();
  const { info, settings } = useApp();
  const route = useRoute();
  const ready = info !== null && settings !== null;

  useEffect(() => {
    document.body.dataset.ready = ready ? '1' : '0';
  }, [ready]);

  const enterpriseId = route.page === 'enterprise' ? route.enterpriseId : (settings?.lastEnterpriseId ?? null);
  const selected = route.page === 'enterprise' ? `${route.view}` : route.page;
  const items = useMemo(() => {
    const go = (r: Route) => ({
      onClick: () => {
        window.location.hash = hrefOf(r);
      },
    });
    const list: { key: string; label: string; onClick: () => void }[] = [{ key: 'enterprises', label: t('nav.enterprises'), ...go({ page: 'enterprises' }) }];
    if (enterpriseId) {
      list.push(
        ...ENTERPRISE_VIEWS.map((v) => ({ key: v, label: t(`nav.${v}`), ...go({ page: 'enterprise', enterpriseId, view: v }) })),
      );
    }
    list.push({ key: 'settings', label: t('nav.settings'), ...go({ page: 'settings' }) });
    return list;
  }, [t, enterpriseId]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #eee' }}>
        <div style={{ padding: '16px 16px 8px' }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('app.short')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('app.title')}
          </Typography.Text>
        </div>
        <Menu mode="inline" selectedKeys={[selected]} items={items} data-testid="nav" />
      </Layout.Sider>
      <Layout>
        {info?.readOnly ? (
          <Alert type="warning" banner title={t('app.readOnly', { app: info.lockHolder?.app ?? '?', pid: info.lockHolder?.pid ?? '?' })} />
        ) : null}
        <Layout.Content style={{ padding: 24, background: '#fff' }}>
          {!ready ? (
            <Spin description={t('app.loading')} />
          ) : route.page === 'settings' ? (
            <SettingsPage />
          ) : route.page === 'enterprise' ? (
            <EnterpriseShell id={route.enterpriseId} view={route.view} {...(route.sub ? { sub: route.sub } : {})} />
          ) : (
            <EnterprisesPage />
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
