/**
 * 企业基本信息: every field but the name may stay empty while the profile is a draft; the page
 * lists what is still missing. Server-side validation messages land on their fields.
 */
import { Alert, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Tag, Typography } from 'antd';
import { App as AntApp } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { profileGaps, SCALES, type Profile } from '../../../../core/model/enterprise';
import { checkUscc } from '../../../../core/model/uscc';
import { INDUSTRIES, SPECIAL_FLAGS } from '../../../../core/model/vocab';
import { useApp } from '../../state/app';
import { useEnterprise } from '../../state/enterprise';
import { errorText, issueMessage } from '../../ui/errorText';

type FieldKey = keyof Profile;

export function ProfilePage() {
  const { t } = useTranslation();
  const { bridge, info } = useApp();
  const { doc, setDoc, id } = useEnterprise();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Profile>();
  const readOnly = info?.readOnly ?? false;
  useEffect(() => {
    if (doc) form.setFieldsValue(doc.profile);
  }, [doc, form]);
  if (!doc) return null;
  const profile = doc.profile;
  const gaps = profileGaps(profile);
  const label = (k: FieldKey) => t(`profile.fields.${k}`);

  const save = async (values: Partial<Profile>) => {
    // A cleared select or number arrives as undefined, which JSON would drop: send null.
    const patch: Partial<Profile> = { ...values };
    for (const k of ['industry', 'scale', 'employeeCount'] as const) if (k in patch && patch[k] === undefined) (patch as Record<string, unknown>)[k] = null;
    const r = await bridge.invoke('profile.update', { enterpriseId: id, patch });
    if (r.ok) {
      setDoc(r.data);
      void message.success(t('common.saved'));
      return;
    }
    const issues = ((r.error.details as { issues?: { path: string; code: string; params?: Record<string, unknown> }[] } | undefined)?.issues ?? []);
    const fieldErrors = issues
      .map((i) => ({ name: i.path.replace(/^patch\./, '').split('.')[0] as FieldKey, errors: [issueMessage(t, i)] }))
      .filter((f) => f.name);
    if (fieldErrors.length) form.setFields(fieldErrors);
    void message.error({ content: <span style={{ whiteSpace: 'pre-line' }}>{errorText(t, r.error, (p) => label(p.replace(/^patch\./, '') as FieldKey))}</span>, duration: 6 });
  };

  const usccRule = {
    validator: async (_: unknown, v: string) => {
      if (!v) return;
      const r = checkUscc(v);
      if (r.ok) return;
      const issue = r.code === 'E_USCC_CHECKSUM' ? { path: 'uscc', code: r.code, params: { expected: r.expected } } : { path: 'uscc', code: r.code, params: { ...r } };
      throw new Error(issueMessage(t, issue));
    },
  };
  const text = (k: FieldKey, max: number, extra: object = {}) => (
    <Form.Item name={k} label={label(k)} {...extra}>
      <Input maxLength={max} disabled={readOnly} data-testid={`profile-${k}`} />
    </Form.Item>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 960 }}>
      <Space align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('profile.title')}
        </Typography.Title>
        <Tag color={profile.draft ? 'default' : 'green'}>{profile.draft ? t('profile.draft') : t('profile.confirmed')}</Tag>
      </Space>
      {gaps.length > 0 ? (
        <Alert type="info" showIcon data-testid="profile-gaps" title={t('profile.gaps', { count: gaps.length, fields: gaps.map((g) => label(g)).join('、') })} />
      ) : (
        <Alert type="success" showIcon title={t('profile.complete')} />
      )}
      <Card>
        <Form form={form} layout="vertical" initialValues={profile} onFinish={(v) => void save(v)} disabled={readOnly}>
          <Row gutter={16}>
            <Col span={12}>{text('name', 100, { rules: [{ required: true, whitespace: true, message: t('validation.required') }] })}</Col>
            <Col span={12}>{text('uscc', 24, { rules: [usccRule] })}</Col>
            <Col span={8}>
              <Form.Item name="industry" label={label('industry')}>
                <Select allowClear options={INDUSTRIES.map((i) => ({ value: i, label: t(`vocab.industry.${i}`) }))} data-testid="profile-industry" />
              </Form.Item>
            </Col>
            <Col span={8}>{text('subIndustry', 60)}</Col>
            <Col span={8}>
              <Form.Item name="scale" label={label('scale')}>
                <Select allowClear options={SCALES.map((s) => ({ value: s, label: t(`vocab.scale.${s}`) }))} />
              </Form.Item>
            </Col>
            <Col span={24}>{text('address', 200)}</Col>
            <Col span={8}>{text('principal', 40)}</Col>
            <Col span={8}>{text('deputy', 40)}</Col>
            <Col span={8}>{text('safetyManager', 40)}</Col>
            <Col span={8}>{text('principalPhone', 40)}</Col>
            <Col span={8}>{text('deputyPhone', 40)}</Col>
            <Col span={8}>{text('safetyManagerPhone', 40)}</Col>
            <Col span={8}>{text('emergencyPhone', 40)}</Col>
            <Col span={8}>{text('code', 12)}</Col>
            <Col span={8}>
              <Form.Item name="employeeCount" label={label('employeeCount')}>
                <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="flags" label={t('profile.flagsTitle')}>
                <Checkbox.Group options={SPECIAL_FLAGS.map((f) => ({ value: f, label: t(`vocab.flag.${f}`) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button type="primary" htmlType="submit" data-testid="profile-save">
              {t('common.save')}
            </Button>
            {profile.draft ? (
              <Button onClick={() => void save({ ...form.getFieldsValue(), draft: false })} data-testid="profile-confirm">
                {t('profile.confirm')}
              </Button>
            ) : (
              <Button onClick={() => void save({ draft: true })}>{t('profile.backToDraft')}</Button>
            )}
          </Space>
        </Form>
      </Card>
    </Space>
  );
}
