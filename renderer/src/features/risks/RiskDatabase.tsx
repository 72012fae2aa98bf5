/**
 * 风险数据库: every hazard with its org units, risk point, class, accident types, inherent and
 * residual evaluations, level in use (colour and text), control level and owners. Filter, search,
 * group, counts and the four-colour summary; a click opens the hazard to evaluate it.
 */
import { Button, Drawer, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ownersAtLevel } from '../../../../core/duties/owners';
import { registerRows, type RegisterRow } from '../../../../core/model/registerRows';
import { RISK_LEVELS, type RiskLevel } from '../../../../core/model/vocab';
import { useEnterprise } from '../../state/enterprise';
import { LevelTag } from '../../ui/LevelTag';
import { accidentTypeName } from '../../ui/labels';
import { EvaluationForm } from './EvaluationForm';
import { RiskSettingsDrawer } from './RiskSettingsDrawer';
import { RiskSummary } from './RiskSummary';
import { RiskTable, type TableItem } from './RiskTable';

type GroupBy = 'none' | 'workshop' | 'post' | 'level';

export function RiskDatabase() {
  const { t } = useTranslation();
  const { doc } = useEnterprise();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [levels, setLevels] = useState<(RiskLevel | 'none')[]>([]);
  const [workshop, setWorkshop] = useState<string | null>(null);
  const [post, setPost] = useState<string | null>(null);
  const [group, setGroup] = useState<GroupBy>('none');
  const [open, setOpen] = useState<string | null>(null);
  const [settings, setSettings] = useState(false);

  const rows = useMemo(() => (doc ? registerRows(doc) : []), [doc]);
  const owners = useMemo(() => {
    const m = new Map<string, string>();
    if (!doc) return m;
    const rp = new Map(doc.riskPoints.map((r) => [r.id, r]));
    for (const r of rows) if (r.controlLevel) m.set(r.hazardId, ownersAtLevel(doc, rp.get(r.riskPointId)!, r.controlLevel, r.postIds).persons.join('、'));
    return m;
  }, [doc, rows]);
  const haystack = useMemo(() => new Map(rows.map((r) => [r.hazardId, [r.hazard, r.riskPoint, r.place, r.workshop, r.team, ...r.posts, ...Object.values(r.measures).flat(), ...r.accidentTypes].join('|').toLowerCase()])), [rows]);

  const filtered = useMemo(() => {
    const q = deferred.trim().toLowerCase();
    return rows.filter(
      (r) =>
        (!q || haystack.get(r.hazardId)!.includes(q)) &&
        (levels.length === 0 || levels.includes(r.level ?? 'none')) &&
        (!workshop || r.workshopId === workshop) &&
        (!post || r.postIds.includes(post)),
    );
  }, [rows, haystack, deferred, levels, workshop, post]);

  const items = useMemo((): TableItem[] => {
    const rowItem = (r: RegisterRow, i: number): TableItem => ({ type: 'row', key: r.hazardId, row: r, no: i + 1, owners: owners.get(r.hazardId) ?? '' });
    if (group === 'none') return filtered.map(rowItem);
    const keyOf = (r: RegisterRow): string[] =>
      group === 'workshop' ? [r.workshop || '—'] : group === 'post' ? (r.posts.length ? r.posts : ['—']) : [r.level ? String(t(`vocab.riskLevel.${r.level}`)) : String(t('risks.unevaluated'))];
    const groups = new Map<string, RegisterRow[]>();
    for (const r of filtered) for (const k of keyOf(r)) groups.set(k, [...(groups.get(k) ?? []), r]);
    const order = group === 'level' ? [...RISK_LEVELS.map((l) => String(t(`vocab.riskLevel.${l}`))), String(t('risks.unevaluated'))] : [...groups.keys()];
    const out: TableItem[] = [];
    let n = 0;
    for (const k of order) {
      const rs = groups.get(k);
      if (!rs) continue;
      out.push({ type: 'group', key: `g:${k}`, label: k, count: rs.length });
      for (const r of rs) out.push({ ...rowItem(r, n++), key: `${k}:${r.hazardId}` } as TableItem);
    }
    return out;
  }, [filtered, group, owners, t]);

  if (!doc) return null;
  const hazard = open ? doc.hazards.find((h) => h.id === open) : undefined;
  const row = open ? rows.find((r) => r.hazardId === open) : undefined;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('risks.title')}
        </Typography.Title>
        <Button onClick={() => setSettings(true)} data-testid="risk-settings">
          {t('risks.settings')}
        </Button>
      </Space>
      <RiskSummary rows={filtered} />
      <Space wrap>
        <Input.Search allowClear placeholder={t('risks.search')} style={{ width: 300 }} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="risk-search" />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('risks.level')}
          style={{ minWidth: 200 }}
          value={levels}
          onChange={setLevels}
          data-testid="risk-level-filter"
          options={[...RISK_LEVELS.map((l) => ({ value: l, label: t(`vocab.riskLevel.${l}`) })), { value: 'none', label: t('risks.unevaluated') }]}
        />
        <Select allowClear placeholder={t('risks.workshop')} style={{ width: 150 }} value={workshop} onChange={(v) => setWorkshop(v ?? null)} options={doc.workshops.map((w) => ({ value: w.id, label: w.name }))} />
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('risks.post')} style={{ width: 150 }} value={post} onChange={(v) => setPost(v ?? null)} options={doc.posts.map((p) => ({ value: p.id, label: p.name }))} />
        <Select value={group} style={{ width: 120 }} onChange={setGroup} data-testid="risk-group-by" options={(['none', 'workshop', 'post', 'level'] as const).map((g) => ({ value: g, label: t(`risks.group.${g}`) }))} />
        <Typography.Text type="secondary" data-testid="risk-counts">
          {t('risks.counts', { total: rows.length, shown: filtered.length })}
        </Typography.Text>
      </Space>
      <RiskTable items={items} onOpen={setOpen} />
      <Drawer open={!!hazard} onClose={() => setOpen(null)} size="large" title={hazard?.text} destroyOnHidden>
        {hazard && row ? (
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            <Space wrap>
              <Tag color="blue">{row.riskPoint}</Tag>
              {row.posts.map((p) => (
                <Tag key={p}>{p}</Tag>
              ))}
              {hazard.accidentTypes.map((a) => (
                <Tag color="orange" key={a}>
                  {accidentTypeName(a)}
                </Tag>
              ))}
              <span>
                {t('evaluation.inUse')} <LevelTag level={row.level} mark={row.inUse.mark} />
              </span>
            </Space>
            {hazard.source.kind === 'import' ? (
              <Typography.Text type="secondary" data-testid="hazard-source">
                {t('risks.source.import', { file: hazard.source.file, sheet: hazard.source.sheet, row: hazard.source.row })}
              </Typography.Text>
            ) : null}
            <EvaluationForm hazard={hazard} kind="inherent" />
            <EvaluationForm hazard={hazard} kind="residual" />
            <Typography.Title level={5}>{t('evaluation.history')}</Typography.Title>
            <List
              size="small"
              dataSource={doc.assessments.filter((a) => a.hazardId === hazard.id).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))}
              renderItem={(a) => (
                <List.Item>
                  <Space wrap>
                    <Tag>{t(`evaluation.status.${a.status}`)}</Tag>
                    <span>{t(a.kind === 'inherent' ? 'evaluation.inherent' : 'evaluation.residual')}</span>
                    <span>{a.method === 'LEC' ? `LEC ${a.L}×${a.E}×${a.C}=${a.score}` : a.method === 'LS' ? `LS ${a.L}×${a.S}=${a.score}` : a.reason}</span>
                    <LevelTag level={a.level} />
                    <Typography.Text type="secondary">{`${a.date} ${a.assessor}`}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Space>
        ) : null}
      </Drawer>
      <RiskSettingsDrawer open={settings} onClose={() => setSettings(false)} />
    </Space>
  );
}
