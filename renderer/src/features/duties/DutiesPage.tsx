/**
 * 分级管控责任: the responsibility matrix (hazards × levels, owners overridable per hazard), one
 * person's duties, one post's complete list (一岗位一清单), the checklist settings (隐患排查清单)
 * and the completeness checks. The tab is in the URL (#/e/<id>/duties/<tab>).
 */
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../router';
import { useEnterprise } from '../../state/enterprise';
import { ChecklistTab } from './ChecklistTab';
import { CompletenessTab } from './CompletenessTab';
import { MatrixTab } from './MatrixTab';
import { PersonTab } from './PersonTab';
import { PostListTab } from './PostListTab';

const TABS = ['matrix', 'person', 'post', 'checklists', 'completeness'] as const;
type Tab = (typeof TABS)[number];

export function DutiesPage({ sub }: { sub?: string }) {
  const { t } = useTranslation();
  const { id } = useEnterprise();
  const tab: Tab = (TABS as readonly string[]).includes(sub ?? '') ? (sub as Tab) : 'matrix';
  return (
    <>
      <Typography.Title level={3}>{t('duties.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('duties.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(k) => navigate({ page: 'enterprise', enterpriseId: id, view: 'duties', sub: k })}
        items={TABS.map((k) => ({
          key: k,
          label: <span data-testid={`duties-tab-${k}`}>{t(`duties.tabs.${k}`)}</span>,
          children: k === 'matrix' ? <MatrixTab /> : k === 'person' ? <PersonTab /> : k === 'post' ? <PostListTab /> : k === 'checklists' ? <ChecklistTab /> : <CompletenessTab />,
        }))}
      />
    </>
  );
}
