/**
 * The enterprise's evaluation settings: default method, the band table per method (changing it
 * lists the levels that would move before they are recomputed), a custom band table, and the
 * control level by grade.
 */
import { App as AntApp, Button, Checkbox, Descriptions, Drawer, Input, InputNumber, List, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BandTableImpact } from '../../../../core/risk/recompute';
import { describeBands, resolveBandTable, type BandTable } from '../../../../core/risk/bandTable';
import type { RiskLevel } from '../../../../core/model/vocab';
import { useApp } from '../../state/app';
import { useEnterprise } from '../../state/enterprise';

export function RiskSettingsDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { call } = useApp();
  const { doc, id, setDoc } = useEnterprise();
  const { modal } = AntApp.useApp();
  const [custom, setCustom] = useState<{ name: string; method: 'LEC' | 'LS'; bounds: Record<'major' | 'high' | 'medium', { v: number; incl: boolean }> }>({
    name: '',
    method: 'LEC',
    bounds: { major: { v: 320, incl: false }, high: { v: 160, incl: false }, medium: { v: 70, incl: false } },
  });
  if (!doc) return null;
  const s = doc.riskSettings;
  const ids = (m: 'LEC' | 'LS') => [...new Set(s.bandTables.filter((b) => b.method === m).map((b) => b.id))];
  const tableName = (tid: string) => resolveBandTable(s.bandTables, { id: tid }).name;
  const apply = async (op: Parameters<typeof call<'risk.apply'>>[1]['op']) => {
    const next = await call('risk.apply', { enterpriseId: id, op });
    if (next) setDoc(next);
    return next;
  };
  const choose = async (tableId: string) => {
    const impact = await call('risk.bandTableImpact', { enterpriseId: id, tableId });
    if (!impact) return;
    const name = (i: BandTableImpact) => doc.hazards.find((h) => h.id === i.hazardId)?.text ?? i.hazardId;
    modal.confirm({
      title: t('riskSettings.impactTitle'),
      width: 720,
      okText: t('riskSettings.apply'),
      okButtonProps: { 'data-testid': 'band-apply' } as never,
      content: impact.length ? (
        <List
          size="small"
          style={{ maxHeight: 360, overflow: 'auto' }}
          dataSource={impact}
          renderItem={(i) => (
            <List.Item>
              {t('riskSettings.impactRow', { hazard: name(i), from: t(`vocab.riskLevel.${i.from}`), to: t(`vocab.riskLevel.${i.to}`), score: i.score })}
            </List.Item>
          )}
        />
      ) : (
        t('riskSettings.impactNone')
      ),
      onOk: () => apply({ op: 'useBandTable', tableId }),
    });
  };
  const saveCustom = async () => {
    const b = custom.bounds;
    const table: BandTable = {
      id: `bt.custom.${Date.now().toString(36)}`,
      version: 1,
      name: custom.name.trim() || String(t('riskSettings.custom')),
      method: custom.method,
      bands: [
        { level: 'major' as RiskLevel, lowerBound: b.major.v, lowerInclusive: b.major.incl },
        { level: 'high' as RiskLevel, lowerBound: b.high.v, lowerInclusive: b.high.incl },
        { level: 'medium' as RiskLevel, lowerBound: b.medium.v, lowerInclusive: b.medium.incl },
        { level: 'low' as RiskLevel, lowerBound: 0, lowerInclusive: true },
      ],
    };
    if (await apply({ op: 'addBandTable', table })) setCustom({ ...custom, name: '' });
  };
  return (
    <Drawer open={open} onClose={onClose} size="large" title={t('riskSettings.title')}>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('riskSettings.note')}</Typography.Text>
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('riskSettings.defaultMethod')}>
            <Select value={s.defaultMethod} style={{ width: 260 }} onChange={(m) => void apply({ op: 'setMethod', method: m })} options={(['LEC', 'LS'] as const).map((m) => ({ value: m, label: t(`evaluation.methods.${m}`) }))} />
          </Descriptions.Item>
          {(['LEC', 'LS'] as const).map((m) => {
            const current = m === 'LEC' ? s.lecTableId : s.lsTableId;
            return (
              <Descriptions.Item key={m} label={t(m === 'LEC' ? 'riskSettings.lecTable' : 'riskSettings.lsTable')}>
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Select value={current} style={{ width: 420 }} onChange={(v) => void choose(v)} options={ids(m).map((tid) => ({ value: tid, label: tableName(tid) }))} data-testid={`band-${m}`} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {describeBands(resolveBandTable(s.bandTables, { id: current })).join('；')}
                  </Typography.Text>
                </Space>
              </Descriptions.Item>
            );
          })}
          <Descriptions.Item label={t('riskSettings.controlPreset')}>
            <Select
              value={s.controlPreset}
              style={{ width: 420 }}
              onChange={(p) => p !== 'custom' && void apply({ op: 'setControlPreset', preset: p })}
              options={(['default', 'layered', 'custom'] as const).map((p) => ({ value: p, label: t(`riskSettings.presets.${p}`), disabled: p === 'custom' }))}
            />
          </Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5}>{t('riskSettings.custom')}</Typography.Title>
        <Space orientation="vertical">
          <Space>
            <Input placeholder={t('riskSettings.customName')} value={custom.name} onChange={(e) => setCustom({ ...custom, name: e.target.value })} style={{ width: 260 }} />
            <Select value={custom.method} onChange={(method) => setCustom({ ...custom, method })} options={[{ value: 'LEC', label: 'LEC' }, { value: 'LS', label: 'LS' }]} />
          </Space>
          {(['major', 'high', 'medium'] as const).map((l) => (
            <Space key={l}>
              <span style={{ width: 80, display: 'inline-block' }}>{t(`vocab.riskLevel.${l}`)}</span>
              <InputNumber min={0} value={custom.bounds[l].v} onChange={(v) => setCustom({ ...custom, bounds: { ...custom.bounds, [l]: { ...custom.bounds[l], v: v ?? 0 } } })} />
              <Checkbox checked={custom.bounds[l].incl} onChange={(e) => setCustom({ ...custom, bounds: { ...custom.bounds, [l]: { ...custom.bounds[l], incl: e.target.checked } } })}>
                ≥
              </Checkbox>
            </Space>
          ))}
          <Button onClick={() => void saveCustom()}>{t('riskSettings.addTable')}</Button>
        </Space>
      </Space>
    </Drawer>
  );
}
