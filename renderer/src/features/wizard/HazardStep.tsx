/**
 * Step 3 of the wizard for one post: suggested hazards with one-click accept / not applicable,
 * search of the whole library, a custom hazard, and the post's identified list (edit, remove —
 * asking whether to unlink this post only when other posts share the hazard).
 */
import { App as AntApp, Button, Col, Empty, Input, Row, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntryView } from '../../../../core/catalog/views';
import { hazardsOfPost, postsOfHazard, type HazardTarget } from '../../../../core/model/hazardOps';
import type { Hazard } from '../../../../core/model/hazards';
import { useApp } from '../../state/app';
import { useEnterprise } from '../../state/enterprise';
import { AcceptButton } from './AcceptButton';
import { EntryCard, type EntryLike } from './EntryCard';
import { EMPTY_DRAFT, HazardEditor, type HazardDraft } from './HazardEditor';
import { useHazardOps } from './useHazardOps';

const fromView = (v: LibraryEntryView): EntryLike => ({
  text: v.hazard,
  place: v.place,
  section: v.section,
  accidentTypes: v.accidentTypes,
  consequence: v.consequence,
  measures: v.measures,
  signIds: v.signIds,
  ppeIds: v.ppeIds,
  majorHazardClause: v.majorHazardClause,
  lec: v.suggestedLec,
});

export function HazardStep({ postId }: { postId: string }) {
  const { t } = useTranslation();
  const { call, bridge } = useApp();
  const { doc, id: enterpriseId, setDoc } = useEnterprise();
  const { modal, message } = AntApp.useApp();
  const apply = useHazardOps();
  const [suggestions, setSuggestions] = useState<LibraryEntryView[] | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<LibraryEntryView[] | null>(null);
  const [focus, setFocus] = useState(0);
  const [editing, setEditing] = useState<{ hazard: Hazard | null } | null>(null);

  const load = useCallback(async () => {
    setSuggestions(await call('library.suggest', { enterpriseId, postId, limit: 40 }));
  }, [call, enterpriseId, postId]);
  useEffect(() => {
    void load();
    setResults(null);
    setQuery('');
    setFocus(0);
  }, [load]);

  const places = useMemo(() => (doc ? doc.riskPoints.filter((r) => r.kind === 'place') : []), [doc]);
  const open = (suggestions ?? []).filter((s) => s.status !== 'accepted');
  if (!doc) return null;
  const identified = hazardsOfPost(doc, postId);
  const rpName = (id: string) => doc.riskPoints.find((r) => r.id === id)?.name ?? '';

  const accept = async (v: LibraryEntryView, target: HazardTarget) => {
    if (await apply({ op: 'acceptLibrary', postId, libraryId: v.id, target })) {
      await load();
      if (results) setResults(results.map((r) => (r.id === v.id ? { ...r, status: 'accepted' } : r)));
    }
  };
  const reject = async (v: LibraryEntryView, undo = false) => {
    if (await apply({ op: undo ? 'unrejectLibrary' : 'rejectLibrary', postId, libraryId: v.id })) await load();
  };
  const remove = async (h: Hazard) => {
    const r = await bridge.invoke('hazards.apply', { enterpriseId, op: { op: 'removeFromPost', postId, hazardId: h.id, mode: 'ask' } });
    if (r.ok) {
      setDoc(r.data);
      await load();
      return;
    }
    if (r.error.code !== 'E_HAZARD_SHARED') {
      await apply({ op: 'removeFromPost', postId, hazardId: h.id, mode: 'ask' });
      return;
    }
    const others = postsOfHazard(doc, h).filter((p) => p !== postId).map((p) => doc.posts.find((x) => x.id === p)?.name ?? p);
    const dialog = modal.confirm({
      title: t('wizard.hazards.sharedTitle', { riskPoint: rpName(h.riskPointId) }),
      content: t('wizard.hazards.sharedBody', { posts: others.join('、') }),
      okText: t('wizard.hazards.unlinkOnly'),
      okButtonProps: { 'data-testid': 'unlink-only' } as never,
      cancelText: t('common.cancel'),
      footer: (_, { OkBtn, CancelBtn }) => (
        <Space>
          <CancelBtn />
          <Button
            danger
            data-testid="delete-all"
            onClick={async () => {
              dialog.destroy();
              await apply({ op: 'removeFromPost', postId, hazardId: h.id, mode: 'delete' });
              await load();
            }}
          >
            {t('wizard.hazards.deleteAll')}
          </Button>
          <OkBtn />
        </Space>
      ),
      onOk: async () => {
        await apply({ op: 'removeFromPost', postId, hazardId: h.id, mode: 'unlink' });
        await load();
      },
    });
  };

  const onKey = (e: React.KeyboardEvent) => {
    if (!open.length) return;
    if (e.key === 'ArrowDown') setFocus(Math.min(open.length - 1, focus + 1));
    else if (e.key === 'ArrowUp') setFocus(Math.max(0, focus - 1));
    else if (e.key === 'a' || e.key === 'A' || e.key === 'Enter') void accept(open[focus]!, { kind: 'auto' });
    else if (e.key === 'n' || e.key === 'N' || e.key === 'Delete') void reject(open[focus]!);
    else return;
    e.preventDefault();
  };

  const saveCustom = async (d: HazardDraft) => {
    if (editing?.hazard) {
      const ok = await apply({ op: 'updateHazard', hazardId: editing.hazard.id, patch: d });
      if (ok) setEditing(null);
      return !!ok;
    }
    const ok = await apply({ op: 'addCustom', postId, target: { kind: 'activity' }, hazard: d });
    if (ok) {
      setEditing(null);
      void message.success(t('wizard.hazards.customSaved'));
    }
    return !!ok;
  };

  const viewActions = (v: LibraryEntryView, i?: number) => (
    <Space>
      {v.status === 'accepted' ? (
        <Tag color="green">{t('wizard.hazards.accepted')}</Tag>
      ) : (
        <AcceptButton places={places} onAccept={(target) => void accept(v, target)} testId={`accept-${v.id}`} />
      )}
      {v.status === 'rejected' ? (
        <Button size="small" onClick={() => void reject(v, true)}>
          {t('wizard.hazards.undoReject')}
        </Button>
      ) : v.status === 'new' ? (
        <Button size="small" onClick={() => void reject(v)} data-testid={`reject-${v.id}`}>
          {t('wizard.hazards.reject')}
        </Button>
      ) : null}
      {v.defaultPlace ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>→ {v.defaultPlace}</Typography.Text> : null}
      {v.reasons.length && i !== undefined ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('wizard.hazards.why', { reasons: v.reasons.slice(0, 4).join('、') })}
        </Typography.Text>
      ) : null}
    </Space>
  );

  return (
    <Row gutter={16}>
      <Col span={13}>
        <Space.Compact style={{ width: '100%', marginBottom: 8 }}>
          <Input.Search
            placeholder={t('wizard.hazards.searchPlaceholder')}
            value={query}
            allowClear
            onChange={(e) => {
              setQuery(e.target.value);
              if (!e.target.value) setResults(null);
            }}
            onSearch={async (q) => setResults(q.trim() ? await call('library.search', { query: q.trim(), enterpriseId, postId, limit: 30 }) : null)}
            data-testid="library-search"
          />
        </Space.Compact>
        {results ? (
          <div data-testid="search-results" style={{ maxHeight: 'calc(100vh - 330px)', overflowY: 'auto', paddingRight: 4 }}>
            <Typography.Title level={5}>{t('wizard.hazards.search')}</Typography.Title>
            {results.length === 0 ? <Empty /> : results.map((v) => <EntryCard key={v.id} e={fromView(v)} actions={viewActions(v)} testId={`result-${v.id}`} />)}
          </div>
        ) : (
          <div tabIndex={0} onKeyDown={onKey} data-testid="suggestions" style={{ outline: 'none', maxHeight: 'calc(100vh - 330px)', overflowY: 'auto', paddingRight: 4 }}>
            <Typography.Title level={5}>{t('wizard.hazards.suggestions')}</Typography.Title>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('wizard.hazards.suggestionsHelp')}
            </Typography.Paragraph>
            {suggestions && open.length === 0 ? <Empty description={t('wizard.hazards.none')} /> : null}
            {open.map((v, i) => (
              <div key={v.id} onClick={() => setFocus(i)}>
                <EntryCard e={fromView(v)} focused={i === focus} actions={viewActions(v, i)} testId={`suggestion-${v.id}`} extra={v.status === 'rejected' ? <Tag>{t('wizard.hazards.rejected')}</Tag> : null} />
              </div>
            ))}
          </div>
        )}
      </Col>
      <Col span={11}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={5}>{t('wizard.hazards.identified', { count: identified.length })}</Typography.Title>
          <Button onClick={() => setEditing({ hazard: null })} data-testid="custom-add">
            {t('wizard.hazards.custom')}
          </Button>
        </Space>
        <div data-testid="identified" style={{ maxHeight: 'calc(100vh - 300px)', overflowY: 'auto', paddingRight: 4 }}>
          {identified.map((h) => (
            <EntryCard
              key={h.id}
              testId={`identified-${h.id}`}
              e={{ text: h.text, place: h.place, riskPoint: rpName(h.riskPointId), accidentTypes: h.accidentTypes, consequence: h.consequence, measures: h.measures, signIds: h.signIds, ppeIds: h.ppeIds, majorHazardClause: h.majorHazardClause }}
              actions={
                <Space>
                  <Button size="small" onClick={() => setEditing({ hazard: h })}>
                    {t('wizard.hazards.edit')}
                  </Button>
                  <Button size="small" danger onClick={() => void remove(h)} data-testid={`remove-${h.id}`}>
                    {t('wizard.hazards.remove')}
                  </Button>
                </Space>
              }
            />
          ))}
        </div>
      </Col>
      <HazardEditor
        open={editing !== null}
        title={editing?.hazard ? t('wizard.hazards.edit') : t('wizard.hazards.custom')}
        initial={
          editing?.hazard
            ? { text: editing.hazard.text, place: editing.hazard.place, accidentTypes: editing.hazard.accidentTypes, consequence: editing.hazard.consequence, measures: editing.hazard.measures, signIds: editing.hazard.signIds, ppeIds: editing.hazard.ppeIds }
            : EMPTY_DRAFT
        }
        onCancel={() => setEditing(null)}
        onSave={saveCustom}
      />
    </Row>
  );
}
