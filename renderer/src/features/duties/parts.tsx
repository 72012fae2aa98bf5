/**
 * Small shared pieces of the duties screens: a missing role in words, a person with their role.
 */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MissingRole, OwnerPerson } from '../../../../core/duties/owners';

export function MissingText({ m }: { m: MissingRole }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="missing-role">
      {t(`duties.missing.${m.role as 'teamLeader'}`, { unit: m.unit.name })}
    </Typography.Text>
  );
}

/** '周建国（主要负责人）' in the current language. */
export function usePersonLabel(): (p: Pick<OwnerPerson, 'name' | 'role'>) => string {
  const { t } = useTranslation();
  return (p) => t('duties.personRole', { name: p.name, role: t(`people.roles.${p.role}`) });
}
