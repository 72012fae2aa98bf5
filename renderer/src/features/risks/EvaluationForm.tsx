/**
 * Evaluates one hazard (inherent or residual) with LEC, LS or direct determination. The score and
 * level are computed live with the enterprise's band table (core/risk), so what the user sees is
 * what will be saved; the contract checks everything again.
 */
import { Alert, Button, Input, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { libraryEntry } from '../../../../core/catalog/library';
import type { EnterpriseFile } from '../../../../core/model/enterpriseFile';
import type { Hazard } from '../../../../core/model/hazards';
import type { EvaluationInput } from '../../../../core/model/riskOps';
import { RISK_LEVELS, type RiskLevel } from '../../../../core/model/vocab';
import type { Assessment } from '../../../../core/risk/assessment';
import { levelForScore } from '../../../../core/risk/bandTable';
import { applyMajorFloor, evaluateLec, evaluateLs } from '../../../../core/risk/evaluate';
import { latestOf } from '../../../../core/risk/levelInUse';
import { LEC_SCALES, LS_SCALES } from '../../../../core/risk/scales';
import { activeBandTable } from '../../../../core/risk/settings';
import { useApp } from '../../state/app';
import { useEnterprise } from '../../state/enterprise';
import { LevelTag } from '../../ui/LevelTag';

type Method = EvaluationInput['method'];

function initial(doc: EnterpriseFile, h: Hazard, kind: 'inherent' | 'residual'): { input: EvaluationInput; fromLibrary: boolean } {
  const mine = doc.assessments.filter((a) => a.hazardId === h.id);
  const prev: Assessment | null = latestOf(mine, kind) ?? (kind === 'residual' ? latestOf(mine, 'inherent') : null);
  if (prev?.method === 'LEC') return { input: { method: 'LEC', L: prev.L, E: prev.E, C: prev.C }, fromLibrary: false };
  if (prev?.method === 'LS') return { input: { method: 'LS', L: prev.L, S: prev.S }, fromLibrary: false };
  if (prev?.method === 'direct') return { input: { method: 'direct', level: prev.level, reason: prev.reason }, fromLibrary: false };
  const lib = h.source.kind === 'library' ? libraryEntry(h.source.libraryId)?.suggestedLec : undefined;
  if (doc.riskSettings.defaultMethod === 'LEC' && lib) return { input: { method: 'LEC', L: lib.L, E: lib.E, C: lib.C }, fromLibrary: true };
  return doc.riskSettings.defaultMethod === 'LS' ? { input: { method: 'LS', L: 3, S: 3 }, fromLibrary: false } : { input: { method: 'LEC', L: 3, E: 6, C: 7 }, fromLibrary: false };
}

/** The live result of an input: score and level (major floor for inherent), or null when invalid. */
function preview(doc: EnterpriseFile, h: Hazard, kind: 'inherent' | 'residual', i: EvaluationInput): { score: number | null; level: RiskLevel } | null {
  try {
    const facts = kind === 'inherent' ? { majorHazardClause: h.majorHazardClause } : {};
    if (i.method === 'direct') return { score: null, level: i.level };
    const score = i.method === 'LEC' ? evaluateLec(i).score : evaluateLs(i).score;
    return { score, level: applyMajorFloor(levelForScore(activeBandTable(doc.riskSettings, i.method), score), facts).level };
  } catch {
    return null;
  }
}

export function EvaluationForm({ hazard, kind, compact }: { hazard: Hazard; kind: 'inherent' | 'residual'; compact?: boolean }) {
  const { t } = useTranslation();
  const { call } = useApp();
  const { doc, id, setDoc } = useEnterprise();
  const start = useMemo(() => (doc ? initial(doc, hazard, kind) : null), [doc, hazard, kind]);
  const [input, setInput] = useState<EvaluationInput | null>(start?.input ?? null);
  useEffect(() => setInput(start?.input ?? null), [start]);
  if (!doc || !input || !start) return null;
  const p = preview(doc, hazard, kind, input);
  const save = async (status: 'confirmed' | 'draft') => {
    const next = await call('risk.apply', { enterpriseId: id, op: { op: 'evaluate', hazardId: hazard.id, kind, input, status } });
    if (next) setDoc(next);
  };
  const setMethod = (m: Method) =>
    setInput(m === 'LEC' ? { method: 'LEC', L: 3, E: 6, C: 7 } : m === 'LS' ? { method: 'LS', L: 3, S: 3 } : { method: 'direct', level: p?.level ?? 'medium', reason: '' });
  const sel = (field: string, options: readonly { value: number; meaningZh: string }[], value: number, onChange: (v: number) => void) => (
    <Space size={4}>
      <Typography.Text strong>{field}</Typography.Text>
      <Select
        size="small"
        value={value}
        onChange={onChange}
        popupMatchSelectWidth={false}
        style={{ width: 90 }}
        data-testid={`eval-${kind}-${field}`}
        options={options.map((o) => ({ value: o.value, label: `${o.value}`, title: o.meaningZh }))}
        optionRender={(o) => `${o.value}  ${options.find((x) => x.value === o.value)?.meaningZh ?? ''}`}
      />
    </Space>
  );
  return (
    <Space orientation="vertical" size={6} style={{ width: '100%' }} data-testid={`eval-${kind}`}>
      <Space wrap>
        <Typography.Text>{t(kind === 'inherent' ? 'evaluation.inherent' : 'evaluation.residual')}</Typography.Text>
        <Select
          size="small"
          value={input.method}
          onChange={setMethod}
          style={{ width: compact ? 120 : 220 }}
          options={(['LEC', 'LS', 'direct'] as const).map((m) => ({ value: m, label: t(`evaluation.methods.${m}`) }))}
        />
      </Space>
      {input.method === 'LEC' ? (
        <Space wrap>
          {sel('L', LEC_SCALES.L, input.L, (L) => setInput({ ...input, L }))}
          {sel('E', LEC_SCALES.E, input.E, (E) => setInput({ ...input, E }))}
          {sel('C', LEC_SCALES.C, input.C, (C) => setInput({ ...input, C }))}
        </Space>
      ) : input.method === 'LS' ? (
        <Space wrap>
          {sel('L', LS_SCALES.L.map((x) => ({ value: x.value, meaningZh: x.criteriaZh })), input.L, (L) => setInput({ ...input, L }))}
          {sel('S', LS_SCALES.S.map((x) => ({ value: x.value, meaningZh: x.criteriaZh })), input.S, (S) => setInput({ ...input, S }))}
        </Space>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Select
            size="small"
            value={input.level}
            style={{ width: 160 }}
            onChange={(level: RiskLevel) => setInput({ ...input, level })}
            options={RISK_LEVELS.map((l) => ({ value: l, label: t(`vocab.riskLevel.${l}`) }))}
          />
          <Input.TextArea rows={2} placeholder={t('evaluation.reason')} value={input.reason} onChange={(e) => setInput({ ...input, reason: e.target.value })} />
        </Space>
      )}
      <Space wrap>
        {p ? (
          <span data-testid={`eval-${kind}-result`}>
            {p.score !== null ? `${input.method === 'LS' ? 'R' : 'D'} = ${p.score}  ` : ''}
            <LevelTag level={p.level} />
          </span>
        ) : null}
        <Button size="small" type="primary" onClick={() => void save('confirmed')} data-testid={`eval-${kind}-confirm`}>
          {t('evaluation.confirm')}
        </Button>
        <Button size="small" onClick={() => void save('draft')}>
          {t('evaluation.draft')}
        </Button>
      </Space>
      {start.fromLibrary && kind === 'inherent' ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('evaluation.suggested')}</Typography.Text> : null}
      {kind === 'inherent' && hazard.majorHazardClause ? <Alert type="warning" showIcon title={t('evaluation.majorClause')} /> : null}
    </Space>
  );
}
