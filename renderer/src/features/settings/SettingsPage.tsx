import { Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { App as AntApp } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../core/model/workspace';
import { useApp } from '../../state/app';
import { useJob } from '../../ui/useJob';

export function SettingsPage() {
  const { t } = useTranslation();
  const { settings, info, call, setSettings, refresh } = useApp();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Settings>();
  const [dir, setDir] = useState('');
  const backup = useJob();

  if (!settings || !info) return null;

  const save = async (patch: Partial<Settings>) => {
    const s = await call('settings.update', patch, { labelOf: (p) => t(`settings.${p}` as never) });
    if (s) {
      setSettings(s);
      void message.success(t('common.saved'));
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={3}>{t('settings.title')}</Typography.Title>
      <Card>
        <Form form={form} layout="vertical" initialValues={settings} onFinish={(v) => void save(v)} data-testid="settings-form">
          <Form.Item name="language" label={t('settings.language')}>
            <Select
              data-testid="settings-language"
              options={[
                { value: 'zh-CN', label: '简体中文' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Form.Item>
          <Form.Item name="userName" label={t('settings.userName')} extra={t('settings.userNameHelp')}>
            <Input data-testid="settings-userName" maxLength={40} />
          </Form.Item>
          <Form.Item name="exportDir" label={t('settings.exportDir')} extra={t('settings.exportDirHelp')}>
            <Input maxLength={1000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="settings-save">
            {t('common.save')}
          </Button>
        </Form>
      </Card>
      <Card title={t('settings.workspace')}>
        <Typography.Paragraph copyable data-testid="workspace-dir">
          {info.workspaceDir}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('app.version', { version: info.version })}</Typography.Paragraph>
        <Space.Compact style={{ width: '100%' }}>
          <Input placeholder={t('settings.switchWorkspaceHelp')} value={dir} onChange={(e) => setDir(e.target.value)} />
          <Button
            disabled={!dir.trim()}
            onClick={async () => {
              if (await call('workspace.switch', { dir: dir.trim() })) {
                await refresh();
                window.location.hash = '#/enterprises';
              }
            }}
          >
            {t('settings.switchWorkspace')}
          </Button>
        </Space.Compact>
      </Card>
      <Card>
        <Space>
          <Button
            loading={backup.running}
            onClick={() =>
              void backup.run('workspace.backupAll', {}, (r) => {
                const n = (r as { backups: string[] }).backups.length;
                void message.success(t('settings.backupDone', { count: n }));
              })
            }
          >
            {t('settings.backupAll')}
          </Button>
          {backup.progressText}
        </Space>
      </Card>
    </Space>
  );
}
