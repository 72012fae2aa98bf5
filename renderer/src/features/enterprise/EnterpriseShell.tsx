/**
 * Frame of one enterprise's screens: loads the document once (EnterpriseProvider) and shows the
 * chosen view; an enterprise that cannot be opened shows why and offers the newest backup.
 */
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrgPage } from '../org/OrgPage';
import { PeoplePage } from '../people/PeoplePage';
import { ProfilePage } from '../profile/ProfilePage';
import { WizardPage } from '../wizard/WizardPage';
import { RiskDatabase } from '../risks/RiskDatabase';
import { DutiesPage } from '../duties/DutiesPage';
import { PrintCentre } from '../print/PrintCentre';
import { CardsPage } from '../cards/CardsPage';
import { ImportPage } from '../import/ImportPage';
import { SignsPage } from '../signs/SignsPage';
import { EnterpriseProvider, useEnterprise } from '../../state/enterprise';
import { useApp } from '../../state/app';
import { errorText } from '../../ui/errorText';

function View({ view, sub }: { view: string; sub?: string }) {
  const { t } = useTranslation();
  const { doc, error, id, reload } = useEnterprise();
  const { call } = useApp();
  if (error) {
    return (
      <Space orientation="vertical">
        <Alert type="error" showIcon title={t('enterprises.openError', { message: errorText(t, error) })} />
        <Button onClick={async () => (await call('enterprises.restoreBackup', { id })) && void reload()}>{t('enterprises.restoreBackup')}</Button>
      </Space>
    );
  }
  if (!doc) return <Spin description={t('app.loading')} />;
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Typography.Text type="secondary" data-testid="current-enterprise">
        {t('nav.currentEnterpriseName', { name: doc.profile.name })}
      </Typography.Text>
      {view === 'org' ? <OrgPage /> : view === 'people' ? <PeoplePage /> : view === 'wizard' ? <WizardPage {...(sub ? { sub } : {})} /> : view === 'risks' ? <RiskDatabase /> : view === 'duties' ? <DutiesPage {...(sub ? { sub } : {})} /> : view === 'cards' ? <CardsPage /> : view === 'print' ? <PrintCentre /> : view === 'import' ? <ImportPage /> : view === 'signs' ? <SignsPage {...(sub ? { sub } : {})} /> : <ProfilePage />}
    </Space>
  );
}

export function EnterpriseShell({ id, view, sub }: { id: string; view: string; sub?: string }) {
  return (
    <EnterpriseProvider id={id}>
      <View view={view} {...(sub ? { sub } : {})} />
    </EnterpriseProvider>
  );
}
