/**
 * 岗位告知卡: per post, the version in effect and the card gaps, a preview of each card as the
 * PDF it prints (pdf.js), A4/A3, download as PDF or Word (recording the new version first when the
 * content changed), an explicit "record a new version", and the per-post edits: operating steps,
 * emergency equipment location, occupational-hazard monitoring results.
 */
import { Alert, App as AntApp, Button, Card, Col, Drawer, Empty, Input, List, Row, Segmented, Space, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CARD_GAP_ZH, cardGaps, cardVersionState, occupationalAgentsOfPost, OPERATING_STAGES, operatingInUse, postFacts, postsWithHazards,
  type CardOpInput, type Monitoring, type OccupationalAgent, type OperatingEdit,
} from '../../../../core/cards';
import { localDate, zhDate } from '../../../../core/model/dates';
import type { EnterpriseFile } from '../../../../core/model/enterpriseFile';
import { useApp } from '../../state/app';
import { useEnterprise } from '../../state/enterprise';
import { payloadToBlob, saveFile } from '../../ui/files';
import { LevelTag } from '../../ui/LevelTag';
import { PdfPreview } from '../../ui/PdfPreview';

type Tab = 'risk' | 'operating' | 'emergency' | 'ack' | 'occupational';
const KIND: Record<Tab, string> = { risk: 'card.risk', operating: 'card.operating', emergency: 'card.emergency', ack: 'card.ack', occupational: 'notice.occupational' };
const STATUS_COLOUR = { current: 'green', changed: 'orange', new: 'default' } as const;

function useCardOps() {
  const { call } = useApp();
  const { id, setDoc } = useEnterprise();
  return useCallback(
    async (op: CardOpInput) => {
      const next = await call('cards.apply', { enterpriseId: id, op: op as never });
      if (next) setDoc(next);
      return next;
    },
    [call, id, setDoc],
  );
}

function PostStatus({ doc, postId }: { doc: EnterpriseFile; postId: string }) {
  const { t } = useTranslation();
  const f = postFacts(doc, postId);
  if (!f) return null;
  const st = cardVersionState(doc, f, localDate(new Date()));
  const gaps = cardGaps(doc, f).length;
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLOUR[st.status]} data-testid={`card-status-${postId}`}>
        {t(`cards.status.${st.status}`, { version: `v${st.recorded?.version ?? st.issue.version}` })}
      </Tag>
      {gaps ? <Tag color="orange">{t('cards.gapCount', { count: gaps })}</Tag> : null}
    </Space>
  );
}

function StepsEditor({ postId, open, onClose }: { postId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { doc } = useEnterprise();
  const apply = useCardOps();
  const f = doc ? postFacts(doc, postId) : null;
  const [draft, setDraft] = useState<OperatingEdit | null>(null);
  useEffect(() => {
    if (open && f) setDraft(structuredClone(operatingInUse(f).steps));
    // only when the drawer opens
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, postId]);
  if (!draft || !f) return null;
  const save = async () => {
    const clean: OperatingEdit = {
      before: draft.before.filter((s) => s.text.trim()),
      during: draft.during.filter((s) => s.text.trim()),
      after: draft.after.filter((s) => s.text.trim()),
      prohibited: draft.prohibited.filter((s) => s.trim()),
    };
    if (await apply({ op: 'setOperating', postId, operating: clean })) onClose();
  };
  return (
    <Drawer open={open} onClose={onClose} size="large" title={t('cards.editSteps')} destroyOnHidden extra={<Button type="primary" onClick={() => void save()} data-testid="steps-save">{t('common.save')}</Button>}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {OPERATING_STAGES.map((stage) => (
          <Card key={stage} size="small" title={t(`cards.stage.${stage}`)}>
            {draft[stage].map((s, i) => (
              <Space key={i} style={{ display: 'flex', marginBottom: 6 }} align="start">
                <Input.TextArea
                  autoSize
                  style={{ width: 360 }}
                  value={s.text}
                  placeholder={t('cards.stepText')}
                  data-testid={`step-${stage}-${i}`}
                  onChange={(e) => setDraft({ ...draft, [stage]: draft[stage].map((x, k) => (k === i ? { ...x, text: e.target.value } : x)) })}
                />
                <Input.TextArea
                  autoSize
                  style={{ width: 240 }}
                  value={s.risk}
                  placeholder={t('cards.stepRisk')}
                  onChange={(e) => setDraft({ ...draft, [stage]: draft[stage].map((x, k) => (k === i ? { ...x, risk: e.target.value } : x)) })}
                />
                <Button size="small" danger onClick={() => setDraft({ ...draft, [stage]: draft[stage].filter((_, k) => k !== i) })}>
                  {t('common.delete')}
                </Button>
              </Space>
            ))}
            <Button size="small" onClick={() => setDraft({ ...draft, [stage]: [...draft[stage], { text: '', risk: '' }] })}>
              {t('cards.addStep')}
            </Button>
          </Card>
        ))}
        <Card size="small" title={t('cards.prohibited')}>
          {draft.prohibited.map((p, i) => (
            <Space key={i} style={{ display: 'flex', marginBottom: 6 }}>
              <Input style={{ width: 600 }} value={p} onChange={(e) => setDraft({ ...draft, prohibited: draft.prohibited.map((x, k) => (k === i ? e.target.value : x)) })} />
              <Button size="small" danger onClick={() => setDraft({ ...draft, prohibited: draft.prohibited.filter((_, k) => k !== i) })}>
                {t('common.delete')}
              </Button>
            </Space>
          ))}
          <Button size="small" onClick={() => setDraft({ ...draft, prohibited: [...draft.prohibited, ''] })}>
            {t('cards.addProhibited')}
          </Button>
        </Card>
      </Space>
    </Drawer>
  );
}

function EquipmentEditor({ postId }: { postId: string }) {
  const { t } = useTranslation();
  const { doc } = useEnterprise();
  const apply = useCardOps();
  const stored = doc?.postCards.find((c) => c.postId === postId)?.equipmentLocation ?? '';
  const [text, setText] = useState(stored);
  useEffect(() => setText(stored), [stored]);
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input addonBefore={t('cards.equipment')} value={text} placeholder={t('cards.equipmentPlaceholder')} onChange={(e) => setText(e.target.value)} data-testid="equipment-input" />
      <Button type="primary" disabled={text === stored} onClick={() => void apply({ op: 'setEquipmentLocation', postId, text })} data-testid="equipment-save">
        {t('common.save')}
      </Button>
    </Space.Compact>
  );
}

function MonitoringEditor({ postId, agents }: { postId: string; agents: OccupationalAgent[] }) {
  const { t } = useTranslation();
  const { doc } = useEnterprise();
  const apply = useCardOps();
  const stored = useMemo(() => doc?.postCards.find((c) => c.postId === postId)?.monitoring ?? [], [doc, postId]);
  const [rows, setRows] = useState<Monitoring[]>([]);
  useEffect(() => setRows(agents.map((a) => stored.find((m) => m.agent === a) ?? { agent: a, substance: '', result: '', limit: '', date: '' })), [stored, agents]);
  const set = (i: number, k: keyof Monitoring, v: string) => setRows(rows.map((r, j) => (j === i ? { ...r, [k]: v } : r)));
  return (
    <Card size="small" title={t('cards.monitoring')}>
      {rows.map((r, i) => (
        <Space key={r.agent} wrap align="end" style={{ marginBottom: 6 }}>
          <Tag>{t(`cards.agent.${r.agent}`)}</Tag>
          {(
            [
              ['substance', 150],
              ['result', 170],
              ['limit', 130],
              ['date', 170],
            ] as const
          ).map(([k, w]) => (
            // a caption above each field: once filled, a placeholder no longer tells result from limit
            <label key={k} style={{ display: 'inline-flex', flexDirection: 'column', gap: 2 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`cards.${k}`)}
              </Typography.Text>
              <Input style={{ width: w }} placeholder={t(`cards.${k}`)} value={r[k]} onChange={(e) => set(i, k, e.target.value)} data-testid={`monitoring-${r.agent}-${k}`} />
            </label>
          ))}
        </Space>
      ))}
      <div>
        <Button type="primary" size="small" onClick={() => void apply({ op: 'setMonitoring', postId, monitoring: rows })} data-testid="monitoring-save">
          {t('cards.saveMonitoring')}
        </Button>
      </div>
    </Card>
  );
}

function PostCards({ postId }: { postId: string }) {
  const { t } = useTranslation();
  const { call } = useApp();
  const { doc, id: enterpriseId } = useEnterprise();
  const { message } = AntApp.useApp();
  const apply = useCardOps();
  const [tab, setTab] = useState<Tab>('risk');
  const [size, setSize] = useState<'A4' | 'A3'>('A4');
  const [pdf, setPdf] = useState<Uint8Array | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [steps, setSteps] = useState(false);
  const today = localDate(new Date());
  const f = doc ? postFacts(doc, postId) : null;
  const agents = useMemo(() => (doc ? occupationalAgentsOfPost(doc, postId).map((a) => a.agent) : []), [doc, postId]);
  const updatedAt = doc?.updatedAt;

  useEffect(() => {
    let stale = false;
    setPdf(null);
    void (async () => {
      const r = await call('documents.render', { enterpriseId, kind: KIND[tab], format: 'pdf', unitId: postId, pageSize: size });
      if (r && !stale) setPdf(new Uint8Array(await payloadToBlob(r).arrayBuffer()));
    })();
    return () => {
      stale = true;
    };
  }, [call, enterpriseId, postId, tab, size, updatedAt]);

  if (!doc || !f) return null;
  const st = cardVersionState(doc, f, today);
  const gaps = cardGaps(doc, f);
  const edited = !!doc.postCards.find((c) => c.postId === postId)?.operating;

  const download = async (format: 'pdf' | 'docx') => {
    setBusy(format);
    // printing changed content records the version it is printed under
    if (st.status !== 'current') await apply({ op: 'sync', postIds: [postId] });
    const r = await call('documents.render', { enterpriseId, kind: KIND[tab], format, unitId: postId, pageSize: size });
    setBusy(null);
    if (r) saveFile(r);
  };
  const bump = async () => {
    const next = await apply({ op: 'bump', postIds: [postId] });
    const v = next?.postCards.find((c) => c.postId === postId)?.versions.at(-1);
    if (v) void message.success(t('cards.bumped', { version: `v${v.version}` }));
  };

  const tabs: Tab[] = ['risk', 'operating', 'emergency', 'ack', ...(agents.length ? (['occupational'] as const) : [])];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap align="center">
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="cards-post-name">
          {f.post.name}
        </Typography.Title>
        <Typography.Text type="secondary">{f.unitPath}</Typography.Text>
        <LevelTag level={f.level} />
        <Tag color={STATUS_COLOUR[st.status]}>{t(`cards.status.${st.status}`, { version: `v${st.recorded?.version ?? st.issue.version}` })}</Tag>
        <Typography.Text data-testid="cards-version">
          {st.recorded ? t('cards.version', { version: `v${st.recorded.version}`, date: zhDate(st.recorded.date) }) : t('cards.neverIssued')}
          {st.status !== 'current' ? ` · ${t('cards.nextVersion', { version: `v${st.issue.version}` })}` : ''}
        </Typography.Text>
        <Button size="small" onClick={() => void bump()} data-testid="cards-bump">
          {t('cards.bump')}
        </Button>
      </Space>
      {gaps.length ? <Alert type="warning" showIcon title={gaps.map((g) => CARD_GAP_ZH[g]).join('；')} data-testid="cards-gaps" /> : null}
      <Tabs activeKey={tab} onChange={(k) => setTab(k as Tab)} items={tabs.map((k) => ({ key: k, label: <span data-testid={`cards-tab-${k}`}>{t(`cards.tabs.${k}`)}</span> }))} />
      {tab === 'operating' ? (
        <Space>
          <Typography.Text type="secondary">{edited ? t('cards.stepsEdited') : t('cards.stepsDerived')}</Typography.Text>
          <Button size="small" onClick={() => setSteps(true)} data-testid="steps-edit">
            {t('cards.editSteps')}
          </Button>
          {edited ? (
            <Button size="small" onClick={() => void apply({ op: 'setOperating', postId, operating: null })}>
              {t('cards.resetSteps')}
            </Button>
          ) : null}
        </Space>
      ) : null}
      {tab === 'emergency' ? <EquipmentEditor postId={postId} /> : null}
      {tab === 'occupational' ? <MonitoringEditor postId={postId} agents={agents} /> : null}
      <Space wrap>
        <Typography.Text>{t('cards.size')}</Typography.Text>
        <Segmented options={['A4', 'A3']} value={size} onChange={(v) => setSize(v as 'A4' | 'A3')} data-testid="cards-size" />
        <Button type="primary" loading={busy === 'pdf'} onClick={() => void download('pdf')} data-testid="cards-download-pdf">
          {t('cards.downloadPdf')}
        </Button>
        <Button loading={busy === 'docx'} onClick={() => void download('docx')} data-testid="cards-download-docx">
          {t('cards.downloadDocx')}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('cards.downloadHint')}
        </Typography.Text>
      </Space>
      {pdf ? <PdfPreview data={pdf} maxPages={4} testId="card-preview" /> : null}
      <StepsEditor postId={postId} open={steps} onClose={() => setSteps(false)} />
    </Space>
  );
}

export function CardsPage() {
  const { t } = useTranslation();
  const { doc } = useEnterprise();
  const posts = useMemo(() => (doc ? postsWithHazards(doc) : []), [doc]);
  const [current, setCurrent] = useState<string | null>(null);
  const selected = current && posts.some((p) => p.post.id === current) ? current : (posts[0]?.post.id ?? null);
  if (!doc) return null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('cards.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('cards.intro')}</Typography.Paragraph>
      {posts.length === 0 ? (
        <Empty description={t('cards.noPosts')} />
      ) : (
        <Row gutter={16}>
          <Col span={7}>
            <List
              size="small"
              bordered
              header={t('cards.posts')}
              data-testid="cards-posts"
              style={{ maxHeight: 'calc(100vh - 220px)', overflowY: 'auto' }}
              dataSource={posts}
              renderItem={(p) => (
                <List.Item
                  onClick={() => setCurrent(p.post.id)}
                  style={{ cursor: 'pointer', background: selected === p.post.id ? '#e6f0ff' : undefined }}
                  data-testid={`cards-post-${p.post.id}`}
                >
                  <div style={{ width: '100%' }}>
                    <Typography.Text strong={selected === p.post.id}>{p.post.name}</Typography.Text>
                    <div style={{ float: 'right' }}>
                      <PostStatus doc={doc} postId={p.post.id} />
                    </div>
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[p.workshop, p.team].filter(Boolean).join(' / ') || doc.profile.name}
                    </Typography.Text>
                  </div>
                </List.Item>
              )}
            />
          </Col>
          <Col span={17}>{selected ? <PostCards key={selected} postId={selected} /> : <Empty description={t('cards.selectPost')} />}</Col>
        </Row>
      )}
    </Space>
  );
}
