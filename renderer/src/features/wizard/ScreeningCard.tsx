/**
 * Step 1: screening questions about special operations, pre-filled from the profile flags; the
 * answers switch the matching library sections on (DESIGN: issue 危险因素辨识).
 */
import { Button, Card, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPECIAL_FLAGS, type SpecialFlag } from '../../../../core/model/vocab';
import { useEnterprise } from '../../state/enterprise';
import { useHazardOps } from './useHazardOps';

export function ScreeningCard({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { doc } = useEnterprise();
  const apply = useHazardOps();
  const [flags, setFlags] = useState<SpecialFlag[]>(doc ? [...doc.profile.flags] : []);
  return (
    <Card title={t('wizard.screening.title')} data-testid="screening">
      <Typography.Paragraph type="secondary">{t('wizard.screening.intro')}</Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {SPECIAL_FLAGS.map((f) => (
          <Space key={f} align="start">
            <Switch
              checked={flags.includes(f)}
              onChange={(on) => setFlags(on ? [...flags, f] : flags.filter((x) => x !== f))}
              data-testid={`screen-${f}`}
            />
            <span>
              <Typography.Text strong>{t(`vocab.flag.${f}`)}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{t(`wizard.screening.questions.${f}`)}</Typography.Text>
            </span>
          </Space>
        ))}
        <Button type="primary" data-testid="screening-confirm" onClick={async () => (await apply({ op: 'screening', flags })) && onDone()}>
          {t('wizard.screening.confirm')}
        </Button>
      </Space>
    </Card>
  );
}
