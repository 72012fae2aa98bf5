/**
 * 组织与岗位: the tree on the left, the selected unit's editor on the right. Create, rename,
 * reorder, move a team or post to another parent, delete with a confirmation that lists what
 * goes with it.
 */
import { App as AntApp, Button, Card, Col, Empty, Form, Input, InputNumber, Row, Select, Space, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseFile } from '../../../../core/model/enterpriseFile';
import type { PostParent } from '../../../../core/model/org';
import { useApp } from '../../state/app';
import { useEnterprise } from '../../state/enterprise';
import { buildOrgTree, moved, siblingIds, splitList, type OrgNode } from './orgTree';

type Selected = { kind: 'enterprise' | 'workshop' | 'team' | 'post'; id: string };

function toTreeData(n: OrgNode): { key: string; title: string; children: ReturnType<typeof toTreeData>[] } {
  return { key: n.key, title: n.title, children: n.children.map(toTreeData) };
}

function allKeys(n: OrgNode): string[] {
  return [n.key, ...n.children.flatMap(allKeys)];
}

/** Parents a post may move to, as select options with an encoded value. */
function parentOptions(doc: EnterpriseFile, rootLabel: string) {
  const opts = [{ value: 'enterprise', label: rootLabel }];
  for (const w of doc.workshops) {
    opts.push({ value: `workshop:${w.id}`, label: w.name });
    for (const tm of doc.teams.filter((x) => x.workshopId === w.id)) opts.push({ value: `team:${tm.id}`, label: `${w.name} / ${tm.name}` });
  }
  for (const tm of doc.teams.filter((x) => x.workshopId === null)) opts.push({ value: `team:${tm.id}`, label: `${rootLabel} / ${tm.name}` });
  return opts;
}

const decodeParent = (v: string): PostParent => {
  if (v === 'enterprise') return { kind: 'enterprise' };
  const [kind, id] = v.split(':') as ['workshop' | 'team', string];
  return { kind, id };
};
const encodeParent = (p: PostParent) => (p.kind === 'enterprise' ? 'enterprise' : `${p.kind}:${p.id}`);

export function OrgPage() {
  const { t } = useTranslation();
  const { call, info } = useApp();
  const { doc, applyOrg, id: enterpriseId } = useEnterprise();
  const { modal } = AntApp.useApp();
  const [selected, setSelected] = useState<Selected>({ kind: 'enterprise', id: '' });
  const [newName, setNewName] = useState('');
  // Everything is expanded except what the user collapsed, so new units show up at once.
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const readOnly = info?.readOnly ?? false;
  const rootLabel = t('org.enterpriseRoot');
  const tree = useMemo(() => (doc ? buildOrgTree(doc, `${doc.profile.name}`) : null), [doc]);
  if (!doc || !tree) return null;

  const unit =
    selected.kind === 'workshop'
      ? doc.workshops.find((w) => w.id === selected.id)
      : selected.kind === 'team'
        ? doc.teams.find((x) => x.id === selected.id)
        : selected.kind === 'post'
          ? doc.posts.find((p) => p.id === selected.id)
          : undefined;

  const add = async (kind: 'workshop' | 'team' | 'post') => {
    const name = newName.trim();
    if (!name) return;
    const where = selected;
    const next =
      kind === 'workshop'
        ? await applyOrg({ op: 'addWorkshop', name })
        : kind === 'team'
          ? await applyOrg({ op: 'addTeam', name, workshopId: where.kind === 'workshop' ? where.id : null })
          : await applyOrg({
              op: 'addPost',
              name,
              parent: where.kind === 'workshop' || where.kind === 'team' ? { kind: where.kind, id: where.id } : { kind: 'enterprise' },
            });
    if (next) setNewName('');
  };

  const remove = async (kind: 'workshop' | 'team' | 'post', id: string, name: string) => {
    const impact = await call('org.deleteImpact', { enterpriseId, kind, id });
    if (!impact) return;
    const others = [...impact.workshops, ...impact.teams, ...impact.posts].filter((x) => x.id !== id);
    modal.confirm({
      title: t('org.deleteConfirm', { name }),
      okButtonProps: { danger: true, 'data-testid': 'delete-ok' } as never,
      content: (
        <Space orientation="vertical">
          {others.length ? (
            <span>
              {t('org.deleteWith')} {others.map((x) => x.name).join('、')}
            </span>
          ) : null}
          {impact.peopleUnlinked.length ? (
            <span>
              {t('org.unlinks')} {impact.peopleUnlinked.map((x) => x.name).join('、')}
            </span>
          ) : null}
          {!others.length && !impact.peopleUnlinked.length ? <span>{t('org.nothingElse')}</span> : null}
        </Space>
      ),
      onOk: async () => {
        if (await applyOrg({ op: 'delete', kind, id })) setSelected({ kind: 'enterprise', id: '' });
      },
    });
  };

  const reorder = async (kind: 'workshop' | 'team' | 'post', id: string, step: -1 | 1) => {
    const ids = moved(siblingIds(doc, kind, id), id, step);
    if (ids) await applyOrg({ op: 'reorder', kind, ids });
  };

  const unitTools = (kind: 'workshop' | 'team' | 'post', id: string, name: string) => (
    <Space wrap>
      <Button size="small" onClick={() => void reorder(kind, id, -1)}>
        {t('common.moveUp')}
      </Button>
      <Button size="small" onClick={() => void reorder(kind, id, 1)}>
        {t('common.moveDown')}
      </Button>
      <Button size="small" danger onClick={() => void remove(kind, id, name)} data-testid="org-delete">
        {t('common.delete')}
      </Button>
    </Space>
  );

  const addBar = (
    <Space.Compact style={{ width: '100%' }}>
      <Input placeholder={t('common.name')} value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={60} data-testid="org-new-name" />
      {selected.kind === 'enterprise' ? (
        <Button onClick={() => void add('workshop')} data-testid="org-add-workshop">
          {t('org.addWorkshop')}
        </Button>
      ) : null}
      {selected.kind === 'enterprise' || selected.kind === 'workshop' ? (
        <Button onClick={() => void add('team')} data-testid="org-add-team">
          {t('org.addTeam')}
        </Button>
      ) : null}
      {selected.kind !== 'post' ? (
        <Button onClick={() => void add('post')} data-testid="org-add-post">
          {t('org.addPost')}
        </Button>
      ) : null}
    </Space.Compact>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('org.title')}</Typography.Title>
      <Row gutter={16}>
        <Col span={9}>
          <Card size="small" styles={{ body: { maxHeight: '70vh', overflow: 'auto' } }}>
            <Tree
              data-testid="org-tree"
              blockNode
              treeData={[toTreeData(tree)]}
              expandedKeys={allKeys(tree).filter((k) => !collapsed.has(k))}
              onExpand={(keys) => {
                const open = new Set(keys.map(String));
                setCollapsed(new Set(allKeys(tree).filter((k) => !open.has(k))));
              }}
              selectedKeys={[selected.kind === 'enterprise' ? 'ent' : `${selected.kind}:${selected.id}`]}
              onSelect={(keys) => {
                const k = String(keys[0] ?? 'ent');
                if (k === 'ent') setSelected({ kind: 'enterprise', id: '' });
                else {
                  const [kind, id] = k.split(':') as [Selected['kind'], string];
                  setSelected({ kind, id });
                }
              }}
            />
          </Card>
        </Col>
        <Col span={15}>
          <Card size="small" title={unit ? unit.name : doc.profile.name}>
            <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                {addBar}
                {selected.kind === 'workshop' && unit ? (
                  <>
                    <RenameForm key={unit.id} name={unit.name} onRename={(name) => void applyOrg({ op: 'rename', kind: 'workshop', id: unit.id, name })} />
                    {unitTools('workshop', unit.id, unit.name)}
                  </>
                ) : null}
                {selected.kind === 'team' && unit && 'workshopId' in unit ? (
                  <>
                    <RenameForm key={unit.id} name={unit.name} onRename={(name) => void applyOrg({ op: 'rename', kind: 'team', id: unit.id, name })} />
                    <Space>
                      {t('org.moveTo')}
                      <Select
                        style={{ minWidth: 200 }}
                        value={(unit as { workshopId: string | null }).workshopId ?? ''}
                        options={[{ value: '', label: rootLabel }, ...doc.workshops.map((w) => ({ value: w.id, label: w.name }))]}
                        onChange={(v: string) => void applyOrg({ op: 'moveTeam', id: unit.id, workshopId: v || null })}
                        data-testid="team-move"
                      />
                    </Space>
                    {unitTools('team', unit.id, unit.name)}
                  </>
                ) : null}
                {selected.kind === 'post' && unit && 'parent' in unit ? (
                  <>
                    <PostForm key={unit.id + doc.updatedAt} doc={doc} postId={unit.id} rootLabel={rootLabel} />
                    {unitTools('post', unit.id, unit.name)}
                  </>
                ) : null}
                {selected.kind === 'enterprise' ? <Empty description={t('org.selectHint')} /> : null}
              </Space>
            </fieldset>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

function RenameForm({ name, onRename }: { name: string; onRename: (n: string) => void }) {
  const { t } = useTranslation();
  const [v, setV] = useState(name);
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input value={v} onChange={(e) => setV(e.target.value)} maxLength={60} data-testid="org-rename-input" />
      <Button disabled={!v.trim() || v === name} onClick={() => onRename(v.trim())} data-testid="org-rename">
        {t('common.rename')}
      </Button>
    </Space.Compact>
  );
}

interface PostFormValues {
  name: string;
  code: string;
  parent: string;
  jobContent: string;
  location: string;
  headcount: number | null;
  equipment: string;
  tools: string;
}

function PostForm({ doc, postId, rootLabel }: { doc: EnterpriseFile; postId: string; rootLabel: string }) {
  const { t } = useTranslation();
  const { applyOrg } = useEnterprise();
  const post = doc.posts.find((p) => p.id === postId)!;
  const [form] = Form.useForm<PostFormValues>();
  const labels: Record<string, string> = {
    name: t('common.name'),
    code: t('org.postCode'),
    jobContent: t('org.jobContent'),
    location: t('org.location'),
    headcount: t('org.headcount'),
    equipment: t('org.equipment'),
    tools: t('org.tools'),
  };
  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="post-form"
      initialValues={{
        name: post.name,
        code: post.code,
        parent: encodeParent(post.parent),
        jobContent: post.jobContent,
        location: post.location,
        headcount: post.headcount,
        equipment: post.equipment.join('、'),
        tools: post.tools.join('、'),
      }}
      onFinish={async (v) => {
        const labelOf = (p: string) => labels[p.split('.').pop() ?? ''] ?? p;
        const parent = decodeParent(v.parent);
        if (v.parent !== encodeParent(post.parent)) {
          if (!(await applyOrg({ op: 'movePost', id: post.id, parent }, { labelOf }))) return;
        }
        await applyOrg(
          {
            op: 'updatePost',
            id: post.id,
            patch: {
              name: v.name,
              code: v.code ?? '',
              jobContent: v.jobContent ?? '',
              location: v.location ?? '',
              headcount: v.headcount ?? null,
              equipment: splitList(v.equipment ?? ''),
              tools: splitList(v.tools ?? ''),
            },
          },
          { labelOf },
        );
      }}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="name" label={labels.name} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input maxLength={60} data-testid="post-name" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="code" label={labels.code} rules={[{ pattern: /^[A-Za-z0-9-]*$/, message: t('validation.code') }]}>
            <Input maxLength={16} data-testid="post-code" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="parent" label={t('org.parent')}>
            <Select options={parentOptions(doc, rootLabel)} data-testid="post-parent" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="headcount" label={labels.headcount}>
            <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="jobContent" label={labels.jobContent}>
            <Input.TextArea rows={2} maxLength={500} data-testid="post-jobContent" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="location" label={labels.location}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="equipment" label={labels.equipment}>
            <Input data-testid="post-equipment" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="tools" label={labels.tools}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" data-testid="post-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}
