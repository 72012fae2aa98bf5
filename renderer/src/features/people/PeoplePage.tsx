/**
 * 人员: the people of the enterprise with role, phone, unit and posts; add/edit/delete, and bulk
 * entry by pasting a table from Excel (previewed and checked before anything is added).
 */
import { App as AntApp, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkPeoplePreview } from '../../../../core/contract/types';
import { bulkRowsToPeople } from '../../../../core/model/bulkPeople';
import { personDeleteImpact } from '../../../../core/duties/views';
import { PERSON_ROLES, type Person, type PersonRole } from '../../../../core/model/org';
import { useApp } from '../../state/app';
import { useEnterprise } from '../../state/enterprise';

interface PersonForm {
  name: string;
  role: PersonRole;
  phone: string;
  teamId: string | null;
  workshopId: string | null;
  postIds: string[];
}

export function PeoplePage() {
  const { t } = useTranslation();
  const { call, info } = useApp();
  const { doc, applyOrg, id: enterpriseId } = useEnterprise();
  const { modal } = AntApp.useApp();
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [bulkText, setBulkText] = useState('');
  const [preview, setPreview] = useState<BulkPeoplePreview | null>(null);
  const [query, setQuery] = useState('');
  const [form] = Form.useForm<PersonForm>();
  const readOnly = info?.readOnly ?? false;

  const names = useMemo(() => {
    const m = new Map<string, string>();
    if (!doc) return m;
    for (const w of doc.workshops) m.set(w.id, w.name);
    for (const x of doc.teams) m.set(x.id, x.name);
    for (const p of doc.posts) m.set(p.id, p.name);
    return m;
  }, [doc]);
  if (!doc) return null;

  const rows = doc.people.filter((p) => !query || p.name.includes(query) || p.postIds.some((x) => names.get(x)?.includes(query)));
  const labelOf = (path: string) => {
    const f = path.split('.').pop() ?? '';
    return ({ name: t('people.name'), role: t('people.role'), phone: t('people.phone') } as Record<string, string>)[f] ?? f;
  };

  const openEdit = (p: Person | 'new') => {
    form.resetFields();
    if (p !== 'new') form.setFieldsValue({ name: p.name, role: p.role, phone: p.phone, teamId: p.teamId, workshopId: p.workshopId, postIds: p.postIds });
    else form.setFieldsValue({ role: 'worker', postIds: [], teamId: null, workshopId: null, phone: '' });
    setEditing(p);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('people.title')}</Typography.Title>
      <Space wrap>
        <Button type="primary" disabled={readOnly} onClick={() => openEdit('new')} data-testid="person-add">
          {t('people.add')}
        </Button>
        <Button disabled={readOnly} onClick={() => setBulkOpen(true)} data-testid="person-bulk">
          {t('people.bulk')}
        </Button>
        <Input.Search allowClear placeholder={t('common.search')} onSearch={setQuery} onChange={(e) => !e.target.value && setQuery('')} style={{ width: 240 }} />
        <Typography.Text type="secondary">{t('common.total', { count: doc.people.length })}</Typography.Text>
      </Space>
      <Table
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        data-testid="people-table"
        columns={[
          { title: t('people.name'), dataIndex: 'name', key: 'name' },
          { title: t('people.role'), key: 'role', render: (_: unknown, p: Person) => t(`people.roles.${p.role}`) },
          { title: t('people.phone'), dataIndex: 'phone', key: 'phone' },
          { title: t('people.unit'), key: 'unit', render: (_: unknown, p: Person) => [p.workshopId, p.teamId].filter(Boolean).map((x) => names.get(x!)).join(' / ') },
          { title: t('people.posts'), key: 'posts', render: (_: unknown, p: Person) => p.postIds.map((x) => <Tag key={x}>{names.get(x)}</Tag>) },
          {
            title: t('common.actions'),
            key: 'a',
            render: (_: unknown, p: Person) => (
              <Space size="small">
                <Button size="small" disabled={readOnly} onClick={() => openEdit(p)}>
                  {t('common.edit')}
                </Button>
                <Button
                  size="small"
                  danger
                  disabled={readOnly}
                  onClick={() => {
                    // owner overrides naming the person are removed with them (core/duties)
                    const named = doc ? personDeleteImpact(doc, p.id).length : 0;
                    modal.confirm({ title: t('org.deleteConfirm', { name: p.name }), ...(named ? { content: t('duties.owners.deleteImpact', { count: named }) } : {}), onOk: () => applyOrg({ op: 'deletePerson', id: p.id }) });
                  }}
                >
                  {t('common.delete')}
                </Button>
              </Space>
            ),
          },
        ]}
      />

      <Modal open={editing !== null} title={editing === 'new' ? t('people.add') : t('common.edit')} onCancel={() => setEditing(null)} onOk={() => form.submit()} destroyOnHidden okButtonProps={{ 'data-testid': 'person-ok' } as never}>
        <Form
          form={form}
          layout="vertical"
          onFinish={async (v) => {
            const fields = { name: v.name, role: v.role, phone: v.phone ?? '', teamId: v.teamId ?? null, workshopId: v.workshopId ?? null, postIds: v.postIds ?? [] };
            const ok = editing === 'new' ? await applyOrg({ op: 'addPerson', ...fields }, { labelOf }) : editing ? await applyOrg({ op: 'updatePerson', id: editing.id, patch: fields }, { labelOf }) : null;
            if (ok) setEditing(null);
          }}
        >
          <Form.Item name="name" label={t('people.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input maxLength={40} data-testid="person-name" />
          </Form.Item>
          <Form.Item name="role" label={t('people.role')}>
            <Select options={PERSON_ROLES.map((r) => ({ value: r, label: t(`people.roles.${r}`) }))} data-testid="person-role" />
          </Form.Item>
          <Form.Item name="phone" label={t('people.phone')}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="workshopId" label={t('org.workshop')}>
            <Select allowClear options={doc.workshops.map((w) => ({ value: w.id, label: w.name }))} />
          </Form.Item>
          <Form.Item name="teamId" label={t('org.team')}>
            <Select allowClear options={doc.teams.map((x) => ({ value: x.id, label: x.name }))} />
          </Form.Item>
          <Form.Item name="postIds" label={t('people.posts')}>
            <Select mode="multiple" allowClear optionFilterProp="label" options={doc.posts.map((p) => ({ value: p.id, label: p.name }))} data-testid="person-posts" />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={bulkOpen}
        width={760}
        title={t('people.bulk')}
        onCancel={() => {
          setBulkOpen(false);
          setPreview(null);
        }}
        okText={preview ? t('people.bulkAdd', { count: preview.valid }) : t('common.preview')}
        okButtonProps={{ disabled: preview ? preview.valid === 0 : !bulkText.trim(), 'data-testid': 'bulk-ok' } as never}
        onOk={async () => {
          if (!preview) {
            setPreview(await call('people.parseBulk', { enterpriseId, text: bulkText }));
            return;
          }
          const people = bulkRowsToPeople(doc, preview);
          if (people.length && (await applyOrg({ op: 'addPeople', rows: people }))) {
            setBulkOpen(false);
            setPreview(null);
            setBulkText('');
          }
        }}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('people.bulkHelp')}</Typography.Text>
          <Input.TextArea
            rows={8}
            value={bulkText}
            onChange={(e) => {
              setBulkText(e.target.value);
              setPreview(null);
            }}
            data-testid="bulk-text"
          />
          {preview ? (
            <>
              <Typography.Text data-testid="bulk-summary">{t('people.bulkPreview', { valid: preview.valid, invalid: preview.invalid })}</Typography.Text>
              <Table
                size="small"
                rowKey="line"
                pagination={false}
                scroll={{ y: 240 }}
                dataSource={preview.rows}
                columns={[
                  { title: '#', dataIndex: 'line', width: 50 },
                  { title: t('people.name'), dataIndex: 'name' },
                  { title: t('people.role'), key: 'role', render: (_: unknown, r) => (r.role ? t(`people.roles.${r.role}`) : '') },
                  { title: t('people.posts'), key: 'posts', render: (_: unknown, r) => r.postNames.join('、') },
                  {
                    title: '',
                    key: 'problems',
                    render: (_: unknown, r) =>
                      r.problems.map((p, i) => (
                        <Tag color="red" key={i}>
                          {String(t(`people.problem.${p.code}` as never, { value: p.value ?? '' } as never))}
                        </Tag>
                      )),
                  },
                ]}
              />
            </>
          ) : null}
        </Space>
      </Modal>
    </Space>
  );
}
