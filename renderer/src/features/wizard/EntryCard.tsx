/**
 * One hazard factor as a card: text, place, accident types, consequence, measures (collapsed),
 * signs and PPE, the related major hidden-hazard clause. Used for suggestions, search results and
 * identified hazards.
 */
import { Collapse, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../../core/model/hazards';
import { accidentTypeName, clauseText, ppeName, signTitle } from '../../ui/labels';

export interface EntryLike {
  text: string;
  place: string;
  section?: string;
  riskPoint?: string;
  accidentTypes: string[];
  consequence: string;
  measures: Pick<Measure, 'kind' | 'text'>[];
  signIds: string[];
  ppeIds: string[];
  majorHazardClause: string | null;
  lec?: { L: number; E: number; C: number } | null;
}

export function EntryCard({ e, extra, actions, focused, testId }: { e: EntryLike; extra?: ReactNode; actions?: ReactNode; focused?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const clause = clauseText(e.majorHazardClause);
  return (
    <div
      data-testid={testId}
      style={{ border: `1px solid ${focused ? '#1f5fbf' : '#e5e5e5'}`, borderRadius: 6, padding: '8px 12px', marginBottom: 8, background: focused ? '#f5f9ff' : '#fff' }}
    >
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Space wrap size={4}>
          {e.section ? <Tag>{e.section}</Tag> : null}
          {e.riskPoint ? <Tag color="blue">{e.riskPoint}</Tag> : null}
          {e.accidentTypes.map((a) => (
            <Tag color="orange" key={a}>
              {accidentTypeName(a)}
            </Tag>
          ))}
          {clause ? <Tag color="red">{t('wizard.hazards.majorClause')}</Tag> : null}
          {extra}
        </Space>
        <Typography.Text strong>{e.text}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[
            t('common.labeled', { label: t('wizard.hazards.place'), value: e.place || '—' }),
            e.consequence ? t('common.labeled', { label: t('wizard.hazards.consequence'), value: e.consequence }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
        {e.lec ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('wizard.hazards.suggestedLec', { L: e.lec.L, E: e.lec.E, C: e.lec.C, D: Math.round(e.lec.L * e.lec.E * e.lec.C * 10) / 10 })}
          </Typography.Text>
        ) : null}
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'm',
              label: `${t('wizard.hazards.measures')}（${e.measures.length}）`,
              children: (
                <Space orientation="vertical" size={2}>
                  {e.measures.map((m, i) => (
                    <Typography.Text key={i} style={{ fontSize: 12 }}>
                      {t('common.tagged', { tag: t(`vocab.measureKind.${m.kind}`), text: m.text })}
                    </Typography.Text>
                  ))}
                  {e.signIds.length ? (
                    <Typography.Text style={{ fontSize: 12 }}>
                      {t('common.labeled', { label: t('wizard.hazards.signs'), value: e.signIds.map(signTitle).join('、') })}
                    </Typography.Text>
                  ) : null}
                  {e.ppeIds.length ? (
                    <Typography.Text style={{ fontSize: 12 }}>
                      {t('common.labeled', { label: t('wizard.hazards.ppe'), value: e.ppeIds.map(ppeName).join('、') })}
                    </Typography.Text>
                  ) : null}
                  {clause ? <Typography.Text style={{ fontSize: 12 }}>{clause}</Typography.Text> : null}
                </Space>
              ),
            },
          ]}
        />
        {actions}
      </Space>
    </div>
  );
}
