/**
 * Edits a hazard (or writes a custom one): text, place, accident types (GB 6441-2025), consequence,
 * measures by kind with what to check, signs and PPE. Validation messages come from the contract.
 */
import { Button, Form, Input, Modal, Select, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../../core/model/hazards';
import { CHECK_METHODS, CONTROL_LEVELS, MEASURE_KINDS } from '../../../../core/model/vocab';
import { PPE } from '../../../../core/standards/ppe';
import { SAFETY_SIGNS } from '../../../../core/standards/signs';
import { ACCIDENT_TYPE_OPTIONS, signTitle } from '../../ui/labels';

export interface HazardDraft {
  text: string;
  place: string;
  accidentTypes: string[];
  consequence: string;
  measures: Measure[];
  signIds: string[];
  ppeIds: string[];
}

export const EMPTY_DRAFT: HazardDraft = { text: '', place: '', accidentTypes: [], consequence: '', measures: [], signIds: [], ppeIds: [] };

const SIGN_OPTIONS = SAFETY_SIGNS.filter((s) => !s.withdrawnIn).map((s) => ({ value: s.id, label: signTitle(s.id) }));
const PPE_OPTIONS = PPE.map((p) => ({ value: p.id, label: p.nameZh }));

export function HazardEditor({
  open,
  title,
  initial,
  onCancel,
  onSave,
}: {
  open: boolean;
  title: string;
  initial: HazardDraft;
  onCancel: () => void;
  onSave: (d: HazardDraft) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Omit<HazardDraft, 'measures'>>();
  const [measures, setMeasures] = useState<Measure[]>(initial.measures);
  useEffect(() => {
    if (open) {
      form.setFieldsValue(initial);
      setMeasures(initial.measures);
    }
  }, [open, initial, form]);
  const setM = (i: number, patch: Partial<Measure>) => setMeasures(measures.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <Modal
      open={open}
      title={title}
      width={960}
      onCancel={onCancel}
      okText={t('wizard.hazards.saveHazard')}
      okButtonProps={{ 'data-testid': 'hazard-save' } as never}
      onOk={async () => {
        // the two required fields are checked here, next to the field, before the contract sees them
        const ok = await form.validateFields().then(() => true, () => false);
        if (!ok) return;
        const v = form.getFieldsValue();
        // A measure written without a check gets the default check text (the checklists need one).
        const ms = measures.filter((m) => m.text.trim()).map((m) => ({ ...m, check: m.check.trim() || `核查：${m.text.trim()}是否落实` }));
        await onSave({ ...EMPTY_DRAFT, ...v, measures: ms });
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="text" label={t('wizard.hazards.text')} rules={[{ required: true, whitespace: true, message: t('wizard.hazards.textRequired') }]}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="hazard-text" />
        </Form.Item>
        <Space style={{ width: '100%' }} styles={{ item: { flex: 1 } }}>
          <Form.Item name="place" label={t('wizard.hazards.place')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="accidentTypes" label={t('wizard.hazards.accidentTypes')} rules={[{ required: true, type: 'array', min: 1, message: t('wizard.hazards.accidentTypesRequired') }]}>
            <Select mode="multiple" options={ACCIDENT_TYPE_OPTIONS} optionFilterProp="label" style={{ minWidth: 320 }} data-testid="hazard-accident-types" />
          </Form.Item>
        </Space>
        <Form.Item name="consequence" label={t('wizard.hazards.consequence')}>
          <Input maxLength={500} />
        </Form.Item>
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={measures}
          title={() => t('wizard.hazards.measures')}
          columns={[
            {
              title: t('wizard.hazards.measureKind'),
              width: 120,
              render: (_, m, i) => <Select size="small" value={m.kind} style={{ width: 110 }} onChange={(v) => setM(i, { kind: v })} options={MEASURE_KINDS.map((k) => ({ value: k, label: t(`vocab.measureKind.${k}`) }))} />,
            },
            { title: t('wizard.hazards.measureText'), render: (_, m, i) => <Input.TextArea size="small" autoSize value={m.text} onChange={(e) => setM(i, { text: e.target.value })} /> },
            { title: t('wizard.hazards.measureCheck'), render: (_, m, i) => <Input.TextArea size="small" autoSize value={m.check} onChange={(e) => setM(i, { check: e.target.value })} /> },
            {
              title: t('wizard.hazards.measureMethod'),
              width: 90,
              render: (_, m, i) => <Select size="small" value={m.method} style={{ width: 80 }} onChange={(v) => setM(i, { method: v })} options={CHECK_METHODS.map((k) => ({ value: k, label: t(`vocab.checkMethod.${k}`) }))} />,
            },
            {
              title: t('wizard.hazards.measureLevel'),
              width: 90,
              render: (_, m, i) => <Select size="small" value={m.level} style={{ width: 80 }} onChange={(v) => setM(i, { level: v })} options={CONTROL_LEVELS.map((k) => ({ value: k, label: t(`vocab.controlLevel.${k}`) }))} />,
            },
            { title: '', width: 60, render: (_, _m, i) => <Button size="small" danger onClick={() => setMeasures(measures.filter((_x, j) => j !== i))}>{t('common.delete')}</Button> },
          ]}
          footer={() => (
            <Button size="small" onClick={() => setMeasures([...measures, { kind: 'management', text: '', check: '', method: 'look', level: 'team' }])} data-testid="measure-add">
              {t('wizard.hazards.addMeasure')}
            </Button>
          )}
        />
        <Form.Item name="signIds" label={t('wizard.hazards.signs')} style={{ marginTop: 12 }}>
          <Select mode="multiple" options={SIGN_OPTIONS} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="ppeIds" label={t('wizard.hazards.ppe')}>
          <Select mode="multiple" options={PPE_OPTIONS} optionFilterProp="label" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
