/**
 * The consultant's workspace: every client enterprise with its completeness; create, sample,
 * duplicate as template, archive, trash/restore/empty, export and import `.safepost`.
 */
import { App as AntApp, Button, Checkbox, Form, Input, Modal, Progress, Select, Space, Switch, Table, Tag, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseSummary, FilePayload, ImportPreview } from '../../../../core/contract/types';
import { INDUSTRIES, type Industry } from '../../../../core/model/vocab';
import { navigate } from '../../router';
import { useApp } from '../../state/app';
import { errorText } from '../../ui/errorText';
import { readFilePayload, saveFile } from '../../ui/files';
import { ImportWizard } from '../import/ImportWizard';

export function EnterprisesPage() {
  const { t } = useTranslation();
  const { call, info, settings, setSettings } = useApp();
  const { modal, message } = AntApp.useApp();
  const [list, setList] = useState<EnterpriseSummary[] | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [dup, setDup] = useState<EnterpriseSummary | null>(null);
  const [imp, setImp] = useState<{ file: FilePayload; preview: ImportPreview } | null>(null);
  const [registerImport, setRegisterImport] = useState(false);
  const [createForm] = Form.useForm<{ name: string; industry: Industry | null }>();
  const [dupForm] = Form.useForm<{ name: string; keepPeople: boolean; keepHazards: boolean }>();
  const readOnly = info?.readOnly ?? false;

  const load = useCallback(async () => setList(await call('enterprises.list', { includeTrashed: true })), [call]);
  useEffect(() => {
    void load();
  }, [load]);

  const open = async (e: EnterpriseSummary) => {
    if (settings && !readOnly) {
      const s = await call('settings.update', { lastEnterpriseId: e.id }, { quiet: true });
      if (s) setSettings(s);
    }
    navigate({ page: 'enterprise', enterpriseId: e.id, view: 'profile' });
  };

  const active = (list ?? []).filter((e) => !e.trashedAt && (showArchived || !e.archived));
  const trashed = (list ?? []).filter((e) => e.trashedAt);

  const columns = [
    {
      title: t('enterprises.name'),
      key: 'name',
      render: (_: unknown, e: EnterpriseSummary) => (
        <Space orientation="vertical" size={0}>
          <a onClick={() => void open(e)} data-testid={`open-${e.id}`}>
            {e.name}
          </a>
          {e.archived ? <Tag>{t('enterprises.archived')}</Tag> : null}
          {e.error ? (
            <Space>
              <Typography.Text type="danger">{t('enterprises.openError', { message: errorText(t, e.error) })}</Typography.Text>
              <Button size="small" disabled={readOnly} onClick={async () => (await call('enterprises.restoreBackup', { id: e.id })) && void load()}>
                {t('enterprises.restoreBackup')}
              </Button>
            </Space>
          ) : null}
        </Space>
      ),
    },
    { title: t('enterprises.industry'), key: 'industry', render: (_: unknown, e: EnterpriseSummary) => (e.industry ? t(`vocab.industry.${e.industry}`) : '—') },
    {
      title: t('enterprises.completeness'),
      key: 'completeness',
      width: 220,
      render: (_: unknown, e: EnterpriseSummary) =>
        e.completeness ? (
          <Space orientation="vertical" size={0} style={{ width: '100%' }}>
            <Progress percent={e.completeness.percent} size="small" />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('enterprises.counts', { workshops: e.completeness.workshops, teams: e.completeness.teams, posts: e.completeness.posts, people: e.completeness.people })}
            </Typography.Text>
          </Space>
        ) : null,
    },
    { title: t('enterprises.updatedAt'), key: 'updatedAt', render: (_: unknown, e: EnterpriseSummary) => (e.updatedAt ? new Date(e.updatedAt).toLocaleString('zh-CN') : '') },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, e: EnterpriseSummary) => (
        <Space wrap size="small">
          <Button size="small" onClick={() => void open(e)}>
            {t('common.open')}
          </Button>
          <Button
            size="small"
            disabled={readOnly || !!e.error}
            data-testid={`duplicate-${e.id}`}
            onClick={() => {
              dupForm.setFieldsValue({ name: `${e.name}（副本）`, keepPeople: false, keepHazards: true });
              setDup(e);
            }}
          >
            {t('enterprises.duplicate')}
          </Button>
          <Button
            size="small"
            disabled={!!e.error}
            data-testid={`export-${e.id}`}
            onClick={async () => {
              const f = await call('enterprises.export', { id: e.id });
              if (f) saveFile(f);
            }}
          >
            {t('enterprises.exportFile')}
          </Button>
          <Button size="small" disabled={readOnly} onClick={async () => (await call('enterprises.archive', { id: e.id, archived: !e.archived })) && void load()}>
            {e.archived ? t('enterprises.unarchive') : t('enterprises.archive')}
          </Button>
          <Button size="small" danger disabled={readOnly} data-testid={`trash-${e.id}`} onClick={async () => (await call('enterprises.trash', { id: e.id })) && void load()}>
            {t('enterprises.trash')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('enterprises.title')}</Typography.Title>
      <Space wrap>
        <Button type="primary" disabled={readOnly} onClick={() => setCreating(true)} data-testid="enterprise-create">
          {t('enterprises.create')}
        </Button>
        <Button disabled={readOnly} onClick={async () => (await call('enterprises.createSample', {})) && void load()} data-testid="enterprise-sample">
          {t('enterprises.createSample')}
        </Button>
        <Upload
          accept=".safepost"
          showUploadList={false}
          disabled={readOnly}
          beforeUpload={async (f) => {
            const file = await readFilePayload(f);
            const preview = await call('enterprises.inspectImport', { file });
            if (preview) setImp({ file, preview });
            return false;
          }}
        >
          <Button disabled={readOnly} data-testid="enterprise-import">
            {t('enterprises.importFile')}
          </Button>
        </Upload>
        <Button disabled={readOnly} onClick={() => setRegisterImport(true)} data-testid="enterprise-import-register">
          {t('enterprises.importRegister')}
        </Button>
        <Space>
          <Switch checked={showArchived} onChange={setShowArchived} size="small" />
          {t('enterprises.showArchived')}
        </Space>
      </Space>
      <Table
        rowKey="id"
        loading={list === null}
        dataSource={active}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t('enterprises.empty') }}
        data-testid="enterprise-table"
      />
      {trashed.length > 0 ? (
        <>
          <Typography.Title level={5}>{t('enterprises.trashTitle')}</Typography.Title>
          <Table
            rowKey="id"
            size="small"
            dataSource={trashed}
            pagination={false}
            columns={[
              { title: t('enterprises.name'), dataIndex: 'name', key: 'name' },
              {
                title: t('common.actions'),
                key: 'a',
                render: (_: unknown, e: EnterpriseSummary) => (
                  <Button size="small" disabled={readOnly} onClick={async () => (await call('enterprises.restore', { id: e.id })) && void load()}>
                    {t('enterprises.restore')}
                  </Button>
                ),
              },
            ]}
          />
          <Button
            danger
            disabled={readOnly}
            onClick={() =>
              modal.confirm({
                title: t('enterprises.emptyTrash'),
                content: t('enterprises.emptyTrashConfirm'),
                onOk: async () => (await call('enterprises.emptyTrash', {})) && void load(),
              })
            }
          >
            {t('enterprises.emptyTrash')}
          </Button>
        </>
      ) : null}

      <Modal
        open={creating}
        title={t('enterprises.create')}
        onCancel={() => setCreating(false)}
        onOk={() => createForm.submit()}
        okButtonProps={{ 'data-testid': 'enterprise-create-ok' } as never}
        destroyOnHidden
      >
        <Form
          form={createForm}
          layout="vertical"
          initialValues={{ industry: 'machinery' }}
          onFinish={async (v) => {
            const e = await call('enterprises.create', { name: v.name, industry: v.industry ?? null }, { labelOf: () => t('enterprises.name') });
            if (e) {
              setCreating(false);
              createForm.resetFields();
              await load();
              await open(e);
            }
          }}
        >
          <Form.Item name="name" label={t('enterprises.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input maxLength={100} data-testid="enterprise-name" />
          </Form.Item>
          <Form.Item name="industry" label={t('enterprises.industry')}>
            <Select options={INDUSTRIES.map((i) => ({ value: i, label: t(`vocab.industry.${i}`) }))} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={dup !== null}
        title={t('enterprises.duplicate')}
        onCancel={() => setDup(null)}
        onOk={() => dupForm.submit()}
        okButtonProps={{ 'data-testid': 'duplicate-ok' } as never}
        destroyOnHidden
      >
        <Form
          form={dupForm}
          layout="vertical"
          onFinish={async (v) => {
            if (!dup) return;
            const e = await call('enterprises.duplicate', { id: dup.id, name: v.name, keepPeople: !!v.keepPeople, keepHazards: !!v.keepHazards });
            if (e) {
              setDup(null);
              await load();
            }
          }}
        >
          <Form.Item name="name" label={t('enterprises.duplicateName')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input maxLength={100} data-testid="duplicate-name" />
          </Form.Item>
          <Form.Item name="keepPeople" valuePropName="checked">
            <Checkbox>{t('enterprises.keepPeople')}</Checkbox>
          </Form.Item>
          <Form.Item name="keepHazards" valuePropName="checked">
            <Checkbox>{t('enterprises.keepHazards')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={registerImport}
        title={t('importRegister.newTitle')}
        width={1100}
        footer={null}
        onCancel={() => {
          setRegisterImport(false);
          void load();
        }}
        destroyOnHidden
      >
        <ImportWizard target={{ kind: 'new' }} onDone={() => void load()} />
      </Modal>

      <Modal
        open={imp !== null}
        title={t('enterprises.importPreview')}
        onCancel={() => setImp(null)}
        footer={
          imp ? (
            <Space>
              <Button onClick={() => setImp(null)}>{t('common.cancel')}</Button>
              {imp.preview.clash ? (
                <Button
                  danger
                  onClick={async () => {
                    const e = await call('enterprises.import', { file: imp.file, onClash: 'replace' });
                    if (e) {
                      setImp(null);
                      void message.success(t('enterprises.imported', { name: e.name }));
                      await load();
                    }
                  }}
                >
                  {t('enterprises.importReplace')}
                </Button>
              ) : null}
              <Button
                type="primary"
                data-testid="import-ok"
                onClick={async () => {
                  const e = await call('enterprises.import', { file: imp.file, onClash: 'copy' });
                  if (e) {
                    setImp(null);
                    void message.success(t('enterprises.imported', { name: e.name }));
                    await load();
                  }
                }}
              >
                {imp.preview.clash ? t('enterprises.importAsCopy') : t('common.import')}
              </Button>
            </Space>
          ) : null
        }
      >
        {imp ? (
          <Space orientation="vertical">
            <Typography.Text strong>{imp.preview.name}</Typography.Text>
            <Typography.Text>{t('enterprises.counts', { ...imp.preview.counts })}</Typography.Text>
            {imp.preview.clash ? <Typography.Text type="warning">{t('enterprises.importClash', { name: imp.preview.clash.name })}</Typography.Text> : null}
          </Space>
        ) : null}
      </Modal>
    </Space>
  );
}
