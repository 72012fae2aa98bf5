/**
 * 我的职责: pick a person; the hazards they own at each level (the control level marked) and the
 * checklists they are responsible for.
 */
import { Card, Empty, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnterprise } from '../../state/enterprise';
import { LevelTag } from '../../ui/LevelTag';
import { usePersonLabel } from './parts';
import { useEnterpriseQuery } from './useDutyOps';

export function PersonTab() {
  const { t } = useTranslation();
  const { doc } = useEnterprise();
  const label = usePersonLabel();
  const [personId, setPersonId] = useState<string | null>(doc?.people[0]?.id ?? null);
  const data = useEnterpriseQuery('duties.person', personId ? { personId } : null);
  if (!doc) return null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Select
        style={{ width: 320 }}
        showSearch
        optionFilterProp="label"
        value={personId}
        onChange={setPersonId}
        placeholder={t('duties.person.pick')}
        options={doc.people.map((p) => ({ value: p.id, label: label(p) }))}
        data-testid="person-select"
      />
      {data ? (
        <>
          <Typography.Text data-testid="person-summary">
            {t('duties.person.summary', { name: data.person.name, unit: data.person.unit, posts: data.person.posts.join('、') || t('common.none'), count: data.levels.reduce((n, l) => n + l.hazards.length, 0) })}
          </Typography.Text>
          {data.levels.length === 0 ? <Empty description={t('duties.person.none')} /> : null}
          {data.levels.map((l) => (
            <Card key={l.level} size="small" title={t('duties.person.atLevel', { level: t(`vocab.controlLevel.${l.level}`), count: l.hazards.length })} data-testid={`person-level-${l.level}`}>
              <List
                size="small"
                dataSource={l.hazards}
                renderItem={(h) => (
                  <List.Item>
                    <Space wrap>
                      <LevelTag level={h.level} short />
                      <Typography.Text>{h.text}</Typography.Text>
                      <Typography.Text type="secondary">{h.riskPoint}</Typography.Text>
                      {h.isControl ? <Tag color="red">{t('duties.person.control')}</Tag> : <Tag>{t('duties.person.alsoControls', { level: t(`vocab.controlLevel.${h.controlLevel}`) })}</Tag>}
                      {h.overridden ? <Tag color="blue">{t('duties.matrix.override')}</Tag> : null}
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
          ))}
          <Card size="small" title={t('duties.person.sheets')}>
            <List
              size="small"
              dataSource={data.sheets}
              locale={{ emptyText: t('duties.person.noSheets') }}
              renderItem={(s) => (
                <List.Item>
                  {t('duties.person.sheet', { title: s.title, unit: s.unitPath, rows: s.rows })}
                </List.Item>
              )}
            />
          </Card>
        </>
      ) : null}
    </Space>
  );
}
