/**
 * 指定责任人: for one hazard, the people who own it at each level of its control chain instead of
 * the role holders. Empty = back to the roles. The server refuses people who no longer exist.
 */
import { Alert, Button, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixRow } from '../../../../core/duties/views';
import type { ControlLevel } from '../../../../core/model/vocab';
import { useEnterprise } from '../../state/enterprise';
import { usePersonLabel } from './parts';
import { useDutyOps } from './useDutyOps';

export function OwnersModal({ row, onClose }: { row: MatrixRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { doc } = useEnterprise();
  const apply = useDutyOps();
  const label = usePersonLabel();
  const levels = row.cells.filter((c) => c.state === 'control' || c.state === 'below');
  const initial = Object.fromEntries(levels.map((c) => [c.level, c.source === 'override' ? c.persons.map((p) => p.id) : []])) as Record<ControlLevel, string[]>;
  const [value, setValue] = useState(initial);
  const [saving, setSaving] = useState(false);
  if (!doc) return null;
  const options = doc.people.map((p) => ({ value: p.id, label: label(p) }));
  const save = async () => {
    setSaving(true);
    let ok = true;
    for (const c of levels) {
      const now = value[c.level] ?? [];
      const before = initial[c.level] ?? [];
      if (now.join() === before.join()) continue;
      const r = now.length > 0 ? await apply({ op: 'setOwners', hazardId: row.hazardId, level: c.level, personIds: now }) : await apply({ op: 'clearOwners', hazardId: row.hazardId, level: c.level });
      if (!r) {
        ok = false;
        break;
      }
    }
    setSaving(false);
    if (ok) onClose();
  };
  return (
    <Modal open title={t('duties.owners.title')} onCancel={onClose} onOk={() => void save()} okText={t('common.save')} okButtonProps={{ loading: saving, 'data-testid': 'owners-save' } as React.ComponentProps<typeof Button>} destroyOnHidden width={640}>
      <Typography.Paragraph>{row.text}</Typography.Paragraph>
      <Alert type="info" showIcon title={t('duties.owners.help')} style={{ marginBottom: 12 }} />
      <Form layout="vertical">
        {levels.map((c) => (
          <Form.Item key={c.level} label={t('duties.owners.levelLabel', { level: t(`vocab.controlLevel.${c.level}`), units: c.units.join('、') })} extra={c.source === 'roles' ? t('duties.owners.byRole', { names: c.persons.map((p) => p.name).join('、') || t('common.none') }) : undefined}>
            <Select
              mode="multiple"
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('duties.owners.placeholder')}
              value={value[c.level] ?? []}
              onChange={(v: string[]) => setValue({ ...value, [c.level]: v })}
              options={options}
              data-testid={`owners-select-${c.level}`}
            />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
