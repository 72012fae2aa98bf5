/**
 * Enterprise view 'import': a register made by others is imported into this enterprise (the
 * wizard writes nothing until the user confirms); the enterprise document is reloaded after.
 */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnterprise } from '../../state/enterprise';
import { ImportWizard } from './ImportWizard';

export function ImportPage() {
  const { t } = useTranslation();
  const { id, setDoc } = useEnterprise();
  return (
    <>
      <Typography.Title level={3}>{t('importRegister.title')}</Typography.Title>
      <ImportWizard target={{ kind: 'existing', enterpriseId: id }} onDone={(d) => d.doc && setDoc(d.doc)} />
    </>
  );
}
