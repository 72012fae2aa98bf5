/**
 * 隐患排查清单设置: how often each level checks (frequencies), which specialist, seasonal and
 * pre-holiday lists are printed, the sheets this produces (print each one), and every generated
 * check text, editable per item. Bad values are refused by the server (E_FREQUENCY_INVALID).
 */
import { Alert, Button, Card, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECK_PERIODS, SEASONS, SPECIALIST_TOPICS, type Frequency } from '../../../../core/duties/settings';
import type { ChecklistOverview } from '../../../../core/duties/views';
import { CONTROL_LEVELS } from '../../../../core/model/vocab';
import { useApp } from '../../state/app';
import { useEnterprise } from '../../state/enterprise';
import { saveFile } from '../../ui/files';
import { useDutyOps, useEnterpriseQuery } from './useDutyOps';

type Item = ChecklistOverview['items'][number];

function FrequencyEditor({ value, onSave, testId }: { value: Frequency; onSave: (f: Frequency) => void; testId: string }) {
  const { t } = useTranslation();
  const [every, setEvery] = useState<number | null>(value.every);
  const [period, setPeriod] = useState(value.period);
  const dirty = every !== value.every || period !== value.period;
  return (
    <Space>
      <Typography.Text>{t('duties.checklists.every')}</Typography.Text>
      <InputNumber size="small" min={1} max={12} precision={0} value={every} onChange={setEvery} style={{ width: 64 }} data-testid={`${testId}-every`} />
      <Select size="small" value={period} onChange={setPeriod} style={{ width: 96 }} options={CHECK_PERIODS.map((p) => ({ value: p, label: t(`duties.periods.${p}`) }))} data-testid={`${testId}-period`} />
      <Button size="small" type="primary" disabled={!dirty} onClick={() => onSave({ every: every ?? 0, period })} data-testid={`${testId}-save`}>
        {t('common.save')}
      </Button>
    </Space>
  );
}

export function ChecklistTab() {
  const { t } = useTranslation();
  const { call } = useApp();
  const { doc, id } = useEnterprise();
  const apply = useDutyOps();
  const data = useEnterpriseQuery('checklists.overview', {});
  const [sheet, setSheet] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Item | null>(null);
  const [text, setText] = useState('');
  const items = useMemo(() => {
    const needle = q.trim();
    return (data?.items ?? []).filter((i) => (!sheet || i.sheetIds.includes(sheet)) && (!needle || i.check.includes(needle) || i.place.includes(needle)));
  }, [data, sheet, q]);
  if (!doc) return null;
  const s = doc.duties.checklists;
  const print = async (kind: string, unitId: string | null) => {
    const f = await call('documents.render', { enterpriseId: id, kind, format: 'pdf', ...(unitId ? { unitId } : {}) });
    if (f) saveFile(f);
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('duties.checklists.routine')}>
        <Space orientation="vertical">
          {CONTROL_LEVELS.map((l) => (
            <Space key={`${l}-${s.routine[l].every}-${s.routine[l].period}`}>
              <Typography.Text style={{ display: 'inline-block', width: 48 }}>{t(`vocab.controlLevel.${l}`)}</Typography.Text>
              <FrequencyEditor value={s.routine[l]} testId={`freq-${l}`} onSave={(frequency) => void apply({ op: 'setRoutineFrequency', level: l, frequency })} />
            </Space>
          ))}
          <Typography.Text type="secondary">{t('duties.checklists.routineHelp')}</Typography.Text>
        </Space>
      </Card>
      <Card size="small" title={t('duties.checklists.specialist')}>
        <Space orientation="vertical">
          {SPECIALIST_TOPICS.map((tp) => (
            <Space key={`${tp}-${s.specialist[tp].frequency.every}-${s.specialist[tp].frequency.period}`}>
              <Switch checked={s.specialist[tp].enabled} onChange={(enabled) => void apply({ op: 'setSpecialist', topic: tp, enabled })} data-testid={`topic-${tp}`} />
              <Typography.Text style={{ display: 'inline-block', width: 80 }}>{t(`duties.topics.${tp}`)}</Typography.Text>
              <FrequencyEditor value={s.specialist[tp].frequency} testId={`freq-${tp}`} onSave={(frequency) => void apply({ op: 'setSpecialist', topic: tp, frequency })} />
            </Space>
          ))}
        </Space>
      </Card>
      <Card size="small" title={t('duties.checklists.other')}>
        <Space wrap size="large">
          {SEASONS.map((se) => (
            <Space key={se}>
              <Switch checked={s.seasonal[se]} onChange={(enabled) => void apply({ op: 'setSeasonal', season: se, enabled })} data-testid={`season-${se}`} />
              <Typography.Text>{t(`duties.seasons.${se}`)}</Typography.Text>
            </Space>
          ))}
          <Space>
            <Switch checked={s.preHoliday} onChange={(enabled) => void apply({ op: 'setPreHoliday', enabled })} data-testid="pre-holiday" />
            <Typography.Text>{t('duties.checklists.preHoliday')}</Typography.Text>
          </Space>
          <Space>
            <Typography.Text>{t('duties.checklists.blankRows')}</Typography.Text>
            <InputNumber size="small" min={0} max={20} precision={0} value={s.blankRows} onChange={(v) => v !== null && void apply({ op: 'setBlankRows', count: v })} data-testid="blank-rows" />
          </Space>
        </Space>
      </Card>
      {data && data.staleEdits.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('duties.checklists.stale', { count: data.staleEdits.length })}
          action={
            <Button size="small" onClick={() => void apply({ op: 'dropStaleTexts' })}>
              {t('duties.checklists.dropStale')}
            </Button>
          }
        />
      ) : null}
      <Card size="small" title={t('duties.checklists.sheets', { count: data?.sheets.length ?? 0 })}>
        <Table
          size="small"
          rowKey="id"
          loading={data === null}
          dataSource={data?.sheets ?? []}
          pagination={{ pageSize: 12, showSizeChanger: false }}
          data-testid="checklist-sheets"
          columns={[
            { key: 'title', title: t('duties.checklists.sheetTitle'), dataIndex: 'title' },
            { key: 'unit', title: t('duties.checklists.unit'), dataIndex: 'unitPath' },
            { key: 'rows', title: t('duties.checklists.rows'), dataIndex: 'rows', width: 70 },
            { key: 'major', title: t('duties.checklists.majorRows'), dataIndex: 'majorRows', width: 90 },
            { key: 'who', title: t('duties.checklists.inspectors'), render: (_, r) => r.inspectors.join('、') },
            {
              key: 'actions',
              title: t('common.actions'),
              width: 170,
              render: (_, r) => (
                <Space>
                  <Button size="small" onClick={() => setSheet(r.id)}>
                    {t('duties.checklists.showItems')}
                  </Button>
                  <Button size="small" onClick={() => void print(r.print.kind, r.print.unitId)} data-testid={`print-sheet-${r.id}`}>
                    {t('duties.checklists.print')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('duties.checklists.items', { count: items.length })}>
        <Space wrap style={{ marginBottom: 8 }}>
          <Select
            allowClear
            style={{ width: 360 }}
            placeholder={t('duties.checklists.allSheets')}
            value={sheet}
            onChange={(v) => setSheet(v ?? null)}
            options={(data?.sheets ?? []).map((x) => ({ value: x.id, label: t('duties.checklists.sheetOption', { title: x.title, unit: x.unitPath }) }))}
            data-testid="items-sheet"
          />
          <Input.Search allowClear value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('duties.matrix.search')} style={{ width: 240 }} />
        </Space>
        <Table<Item>
          size="small"
          rowKey="key"
          dataSource={items}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          data-testid="checklist-items"
          columns={[
            {
              key: 'check',
              title: t('duties.checklists.check'),
              render: (_, i) => (
                <Space wrap size={4}>
                  {i.major ? <Tag color="red">{t('duties.checklists.major')}</Tag> : null}
                  <Typography.Text>{i.check}</Typography.Text>
                  {i.edited ? <Tag color="blue">{t('duties.checklists.edited')}</Tag> : null}
                </Space>
              ),
            },
            { key: 'place', title: t('duties.checklists.place'), dataIndex: 'place', width: 200 },
            { key: 'method', title: t('duties.checklists.method'), width: 70, render: (_, i) => t(`vocab.checkMethod.${i.method}`) },
            { key: 'level', title: t('duties.checklists.level'), width: 70, render: (_, i) => t(`vocab.controlLevel.${i.level}`) },
            {
              key: 'actions',
              title: t('common.actions'),
              width: 150,
              render: (_, i) => (
                <Space>
                  <Button
                    size="small"
                    onClick={() => {
                      setEditing(i);
                      setText(i.check);
                    }}
                  >
                    {t('common.edit')}
                  </Button>
                  {i.edited ? (
                    <Button size="small" onClick={() => void apply({ op: 'resetItemText', key: i.key })}>
                      {t('duties.checklists.reset')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={editing !== null}
        title={t('duties.checklists.editTitle')}
        onCancel={() => setEditing(null)}
        okText={t('common.save')}
        destroyOnHidden
        onOk={async () => {
          if (editing && (await apply({ op: 'setItemText', key: editing.key, text }))) setEditing(null);
        }}
      >
        <Typography.Paragraph type="secondary">{t('duties.checklists.generated', { text: editing?.generated ?? '' })}</Typography.Paragraph>
        <Input.TextArea rows={3} maxLength={300} showCount value={text} onChange={(e) => setText(e.target.value)} data-testid="item-text" />
      </Modal>
    </Space>
  );
}
