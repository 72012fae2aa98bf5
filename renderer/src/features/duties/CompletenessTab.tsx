/**
 * 完整性检查: hazards without an owner (and the roles missing where they are missing), hazards not
 * yet graded, posts without hazards, workers without posts, posts without cards, stale edits.
 */
import { Alert, Card, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MissingText } from './parts';
import { useEnterpriseQuery } from './useDutyOps';

export function CompletenessTab() {
  const { t } = useTranslation();
  const c = useEnterpriseQuery('duties.completeness', {});
  if (!c) return null;
  const total = c.unownedHazards.length + c.postsWithoutHazards.length + c.peopleWithoutPosts.length + (c.postsWithoutCards?.length ?? 0) + c.staleTexts.length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {total === 0 ? <Alert type="success" showIcon title={t('duties.completeness.ok')} data-testid="completeness-ok" /> : null}
      <Card size="small" title={t('duties.completeness.missingRoles', { count: c.missingRoles.length })} data-testid="completeness-roles">
        <List size="small" dataSource={c.missingRoles} renderItem={(r) => <List.Item><Space><MissingText m={r.missing} /><Typography.Text type="secondary">{t('duties.completeness.hazardsAffected', { count: r.hazards })}</Typography.Text></Space></List.Item>} />
      </Card>
      <Card size="small" title={t('duties.completeness.unowned', { count: c.unownedHazards.length })} data-testid="completeness-unowned">
        <List
          size="small"
          dataSource={c.unownedHazards}
          renderItem={(h) => (
            <List.Item>
              <Space wrap>
                <Typography.Text>{h.text}</Typography.Text>
                <Typography.Text type="secondary">{h.riskPoint}</Typography.Text>
                {h.missing.map((m, i) => (
                  <MissingText key={i} m={m} />
                ))}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('duties.completeness.ungraded', { count: c.ungradedHazards.length })}>
        <List size="small" dataSource={c.ungradedHazards} renderItem={(h) => <List.Item>{h.text}</List.Item>} />
      </Card>
      <Card size="small" title={t('duties.completeness.postsWithoutHazards', { count: c.postsWithoutHazards.length })}>
        <List size="small" dataSource={c.postsWithoutHazards} renderItem={(p) => <List.Item>{p.name}</List.Item>} />
      </Card>
      <Card size="small" title={t('duties.completeness.peopleWithoutPosts', { count: c.peopleWithoutPosts.length })}>
        <List size="small" dataSource={c.peopleWithoutPosts} renderItem={(p) => <List.Item>{p.name}</List.Item>} />
      </Card>
      <Card size="small" title={c.postsWithoutCards ? t('duties.completeness.postsWithoutCards', { count: c.postsWithoutCards.length }) : t('duties.completeness.cardsPending')}>
        <List size="small" dataSource={c.postsWithoutCards ?? []} renderItem={(p) => <List.Item>{p.name}</List.Item>} />
      </Card>
      {c.staleTexts.length > 0 ? <Alert type="warning" showIcon title={t('duties.checklists.stale', { count: c.staleTexts.length })} /> : null}
    </Space>
  );
}
