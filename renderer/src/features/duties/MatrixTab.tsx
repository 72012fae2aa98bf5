/**
 * 责任矩阵: every hazard × 企业/车间/班组/岗位 with the units and people who own it. The control
 * level is bold; lower levels that also control it are shown; '—' where the org has no such
 * level; missing roles in red. Owners can be named per hazard and level (指定责任人).
 */
import { Button, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTROL_LEVELS } from '../../../../core/model/vocab';
import type { MatrixCell, MatrixRow } from '../../../../core/duties/views';
import { useEnterprise } from '../../state/enterprise';
import { LevelTag } from '../../ui/LevelTag';
import { OwnersModal } from './OwnersModal';
import { MissingText } from './parts';
import { useDutyOps, useEnterpriseQuery } from './useDutyOps';

function LevelCell({ cell, hazardId }: { cell: MatrixCell; hazardId: string }) {
  const { t } = useTranslation();
  const tid = `matrix-cell-${hazardId}-${cell.level}`;
  if (cell.state === 'absent') return <Typography.Text type="secondary" data-testid={tid}>{t('duties.matrix.absent')}</Typography.Text>;
  if (cell.state === 'above' || cell.state === 'ungraded') return <span data-testid={tid} />;
  return (
    <Space orientation="vertical" size={0} data-testid={tid} data-state={cell.state}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {cell.units.join('、')}
      </Typography.Text>
      <Typography.Text strong={cell.state === 'control'}>{cell.persons.map((p) => p.name).join('、')}</Typography.Text>
      {cell.source === 'override' ? <Tag color="blue">{t('duties.matrix.override')}</Tag> : null}
      {cell.missing.map((m, i) => (
        <MissingText key={i} m={m} />
      ))}
    </Space>
  );
}

export function MatrixTab() {
  const { t } = useTranslation();
  const { doc } = useEnterprise();
  const apply = useDutyOps();
  const rows = useEnterpriseQuery('duties.matrix', {});
  const [q, setQ] = useState('');
  const [onlyGaps, setOnlyGaps] = useState(false);
  const [editing, setEditing] = useState<MatrixRow | null>(null);
  const shown = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return (rows ?? []).filter((r) => (!onlyGaps || r.unowned.length > 0) && (!needle || `${r.text}|${r.riskPoint}|${r.cells.flatMap((c) => [...c.units, ...c.persons.map((p) => p.name)]).join('|')}`.toLowerCase().includes(needle)));
  }, [rows, q, onlyGaps]);
  if (!doc) return null;
  const preset = doc.riskSettings.controlPreset;
  const gaps = (rows ?? []).filter((r) => r.unowned.length > 0).length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{t('duties.matrix.preset')}</Typography.Text>
        <Select
          style={{ minWidth: 360 }}
          value={preset}
          data-testid="control-preset"
          onChange={(v) => v !== 'custom' && void apply({ op: 'setControlPreset', preset: v })}
          options={[
            { value: 'default', label: t('duties.matrix.presets.default') },
            { value: 'layered', label: t('duties.matrix.presets.layered') },
            { value: 'custom', label: t('duties.matrix.presets.custom'), disabled: true },
          ]}
        />
        <Typography.Text type="secondary">{t('duties.matrix.rule')}</Typography.Text>
      </Space>
      <Space wrap>
        <Input.Search allowClear placeholder={t('duties.matrix.search')} value={q} onChange={(e) => setQ(e.target.value)} style={{ width: 280 }} data-testid="matrix-search" />
        <Switch checked={onlyGaps} onChange={setOnlyGaps} data-testid="matrix-only-gaps" />
        <Typography.Text>{t('duties.matrix.onlyGaps', { count: gaps })}</Typography.Text>
        <Typography.Text type="secondary">{t('common.total', { count: shown.length })}</Typography.Text>
      </Space>
      <Table<MatrixRow>
        size="small"
        bordered
        rowKey="hazardId"
        data-testid="duties-matrix"
        loading={rows === null}
        dataSource={shown}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        scroll={{ x: 1100 }}
        onRow={(r) => ({ 'data-testid': `matrix-row-${r.hazardId}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'rp', title: t('duties.matrix.riskPoint'), dataIndex: 'riskPoint', width: 110 },
          { key: 'hazard', title: t('duties.matrix.hazard'), dataIndex: 'text', width: 250 },
          { key: 'level', title: t('duties.matrix.level'), width: 84, render: (_, r) => <LevelTag level={r.level} mark={r.levelMark} short /> },
          {
            key: 'control',
            title: t('duties.matrix.control'),
            width: 84,
            render: (_, r) =>
              r.controlLevel ? (
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>{t(`vocab.controlLevel.${r.controlLevel}`)}</Typography.Text>
                  {r.movedUp && r.mappedLevel ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('duties.matrix.movedUp', { from: t(`vocab.controlLevel.${r.mappedLevel}`) })}</Typography.Text> : null}
                </Space>
              ) : null,
          },
          ...CONTROL_LEVELS.map((l) => ({
            key: l,
            title: t(`vocab.controlLevel.${l}`),
            width: 120,
            render: (_: unknown, r: MatrixRow) => <LevelCell cell={r.cells.find((c) => c.level === l)!} hazardId={r.hazardId} />,
          })),
          {
            key: 'actions',
            title: t('common.actions'),
            width: 100,
            render: (_, r) => (
              <Button size="small" disabled={!r.controlLevel} onClick={() => setEditing(r)} data-testid={`owners-edit-${r.hazardId}`}>
                {t('duties.owners.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing ? <OwnersModal row={editing} onClose={() => setEditing(null)} /> : null}
    </Space>
  );
}
