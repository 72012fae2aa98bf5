/**
 * Import of a risk register made by others: pick the file (encoding, sheet and header row shown
 * and changeable) → map the columns (remembered per header set) → read the findings and decide
 * the accident types that need it → confirm → the rows are in the risk database with their source
 * reference. Nothing is written before the confirm button (import.apply).
 */
import { Alert, Button, Checkbox, Input, Result, Select, Space, Steps, Table, Tag, Typography, Upload } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilePayload } from '../../../../core/contract/types';
import type { EnterpriseFile } from '../../../../core/model/enterpriseFile';
import {
  IMPORT_FIELDS, type ImportDecisionsInput, type ImportField, type ImportInspection, type ImportMapping, type ImportPreviewResult, type ImportReport,
  type PreviewRow,
} from '../../../../core/import';
import { INDUSTRIES, type Industry } from '../../../../core/model/vocab';
import { useApp } from '../../state/app';
import { readFilePayload } from '../../ui/files';
import { ACCIDENT_TYPE_OPTIONS, accidentTypeName } from '../../ui/labels';
import { LevelTag } from '../../ui/LevelTag';
import { FindingsView } from './FindingsView';

export type WizardTarget = { kind: 'existing'; enterpriseId: string } | { kind: 'new' };

export interface ImportDone {
  enterpriseId: string;
  name: string;
  report: ImportReport;
  doc: EnterpriseFile | null;
}

const colName = (i: number): string => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

interface Source {
  file: FilePayload;
  encoding?: 'utf-8' | 'gb18030';
  sheet?: string;
  headerRows?: number[];
}

export function ImportWizard({ target, onDone }: { target: WizardTarget; onDone?: (d: ImportDone) => void }) {
  const { t } = useTranslation();
  const { call, info } = useApp();
  const readOnly = info?.readOnly ?? false;
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [source, setSource] = useState<Source | null>(null);
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({ columns: [] });
  const [org, setOrg] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreviewResult | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [nonTypes, setNonTypes] = useState<Record<string, string>>({});
  const [emptyType, setEmptyType] = useState('WSA10099');
  const [bandTableId, setBandTableId] = useState<string | undefined>(undefined);
  const [name, setName] = useState('');
  const [industry, setIndustry] = useState<Industry | null>(null);
  const [done, setDone] = useState<ImportDone | null>(null);

  const inspect = async (s: Source) => {
    setBusy(true);
    const r = await call('import.inspect', s);
    setBusy(false);
    setSource(s);
    setInspection(r);
    if (r) {
      setMapping(r.mapping);
      setOrg(undefined);
      setPreview(null);
      setName((prev) => prev || r.sheet);
    }
  };

  const decisions: ImportDecisionsInput = { accidentTypes: choices, nonTypes, emptyType };
  // only the latest preview is shown: an earlier answer arriving late must not undo a decision
  const previewSeq = useRef(0);
  const runPreview = async (d: ImportDecisionsInput, table = bandTableId) => {
    if (!source) return null;
    const seq = ++previewSeq.current;
    setBusy(true);
    const r = await call('import.preview', {
      ...source,
      mapping,
      ...(org ? { org } : {}),
      ...(table ? { bandTableId: table } : {}),
      decisions: d,
      enterpriseId: target.kind === 'existing' ? target.enterpriseId : null,
    });
    if (seq !== previewSeq.current) return r;
    setBusy(false);
    if (r) setPreview(r);
    return r;
  };
  const check = async () => {
    if (await runPreview(decisions)) {
      if (org && target.kind === 'new') setName(org.slice(0, 100));
      setStep(2);
    }
  };
  /** A decision changes the codes of the preview lines: ask again (nothing is written). */
  const decide = (next: { accidentTypes?: Record<string, string>; nonTypes?: Record<string, string>; emptyType?: string }) => {
    if (next.accidentTypes) setChoices(next.accidentTypes);
    if (next.nonTypes) setNonTypes(next.nonTypes);
    if (next.emptyType) setEmptyType(next.emptyType);
    void runPreview({ ...decisions, ...next });
  };

  const apply = async () => {
    if (!source) return;
    setBusy(true);
    const r = await call('import.apply', {
      ...source,
      mapping,
      ...(org ? { org } : {}),
      ...(bandTableId ? { bandTableId } : {}),
      decisions,
      target: target.kind === 'existing' ? target : { kind: 'new', name: name.trim() || inspection?.sheet || '—', industry },
    });
    const doc = r ? await call('enterprises.get', { id: r.enterpriseId }) : null;
    setBusy(false);
    if (r) {
      const d = { enterpriseId: r.enterpriseId, name: r.name, report: r.report, doc };
      setDone(d);
      setStep(3);
      onDone?.(d);
    }
  };

  const reset = () => {
    setStep(0);
    setSource(null);
    setInspection(null);
    setPreview(null);
    setDone(null);
    setChoices({});
    setNonTypes({});
  };

  const fieldOptions = useMemo(
    () => [{ value: '', label: t('importRegister.notImported') }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`importRegister.fields.${f}`) }))],
    [t],
  );
  const hasOrgColumn = mapping.columns.includes('org');

  const fileStep = (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('importRegister.intro')}</Typography.Paragraph>
      <div data-testid="import-file">
        <Upload.Dragger
          accept=".xlsx,.xlsm,.csv,.tsv,.txt,.xls,.et"
          showUploadList={false}
          disabled={readOnly || busy}
          beforeUpload={async (f) => {
            const file = await readFilePayload(f);
            await inspect({ file });
            return false;
          }}
        >
          <Typography.Text>{t('importRegister.pick')}</Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('importRegister.pickHint')}
          </Typography.Text>
        </Upload.Dragger>
      </div>
      {source && inspection ? (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-inspection">
          <Typography.Text strong>{t('importRegister.file', { name: inspection.fileName })}</Typography.Text>
          <Space wrap>
            {inspection.format === 'csv' ? (
              <Space>
                {t('common.labeled', { label: t('importRegister.encoding'), value: '' })}
                <Select
                  style={{ width: 240 }}
                  value={inspection.encoding === 'gb18030' ? 'gb18030' : 'utf-8'}
                  onChange={(v: 'utf-8' | 'gb18030') => void inspect({ file: source.file, encoding: v })}
                  options={(['utf-8', 'gb18030'] as const).map((e) => ({ value: e, label: t(`importRegister.encodings.${e}`) }))}
                  data-testid="import-encoding"
                />
                <Typography.Text type="secondary" data-testid="import-detected">
                  {t('importRegister.detected', { encoding: t(`importRegister.encodings.${inspection.detectedEncoding ?? 'utf-8'}`) })}
                </Typography.Text>
              </Space>
            ) : null}
            {inspection.sheets.length > 1 ? (
              <Space>
                {t('common.labeled', { label: t('importRegister.sheet'), value: '' })}
                <Select
                  style={{ width: 220 }}
                  value={inspection.sheet}
                  onChange={(v) => void inspect({ file: source.file, ...(source.encoding ? { encoding: source.encoding } : {}), sheet: v })}
                  options={inspection.sheets.map((s) => ({ value: s.name, label: t('importRegister.sheetRows', { name: s.name, rows: s.rows }) }))}
                  data-testid="import-sheet"
                />
              </Space>
            ) : null}
          </Space>
          {!inspection.header.sure ? <Alert type="warning" showIcon title={t('importRegister.headerUnsure')} /> : null}
          <Space wrap>
            {t('common.labeled', { label: t('importRegister.headerRow'), value: '' })}
            <Select
              style={{ width: 420 }}
              value={inspection.header.rows?.[0]}
              onChange={(row: number) => void inspect({ ...source, sheet: inspection.sheet, headerRows: [row] })}
              options={inspection.topRows.map((r) => ({ value: r.row, label: t('importRegister.rowOption', { row: r.row, text: r.cells.filter(Boolean).slice(0, 6).join(' | ') }) }))}
              data-testid="import-header-row"
            />
            <Checkbox
              checked={(inspection.header.rows?.length ?? 0) > 1}
              disabled={!inspection.header.rows}
              onChange={(e) => {
                const first = inspection.header.rows![0]!;
                const next = inspection.topRows.find((r) => r.row > first)?.row;
                void inspect({ ...source, sheet: inspection.sheet, headerRows: e.target.checked && next ? [first, next] : [first] });
              }}
            >
              {t('importRegister.headerTwoRows')}
            </Checkbox>
          </Space>
          <Typography.Text type="secondary">{t('importRegister.topRows')}</Typography.Text>
          <Table
            size="small"
            rowKey="row"
            pagination={false}
            scroll={{ x: true, y: 220 }}
            dataSource={inspection.topRows.slice(0, 15)}
            columns={[
              { title: '#', dataIndex: 'row', width: 50 },
              ...Array.from({ length: Math.min(12, Math.max(0, ...inspection.topRows.map((r) => r.cells.length))) }, (_, i) => ({
                title: colName(i),
                key: String(i),
                width: 120,
                ellipsis: true,
                render: (_: unknown, r: { cells: string[] }) => r.cells[i] ?? '',
              })),
            ]}
            rowClassName={(r) => (inspection.header.rows?.includes(r.row) ? 'ant-table-row-selected' : '')}
          />
          <Button type="primary" disabled={!inspection.header.rows} onClick={() => setStep(1)} data-testid="import-next-mapping">
            {t('importRegister.next')}
          </Button>
        </Space>
      ) : null}
    </Space>
  );

  const mappingStep = inspection ? (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t(inspection.mappingSource === 'saved' ? 'importRegister.mappingSaved' : 'importRegister.mappingSuggested')} />
      <Table
        size="small"
        rowKey="index"
        pagination={false}
        dataSource={inspection.columns}
        data-testid="import-mapping"
        columns={[
          { title: t('importRegister.column'), key: 'c', width: 60, render: (_: unknown, c) => colName(c.index) },
          { title: t('importRegister.header'), dataIndex: 'text', key: 'h', width: 200 },
          { title: t('importRegister.samples'), key: 's', ellipsis: true, render: (_: unknown, c) => c.samples.join(' · ') },
          {
            title: t('importRegister.field'),
            key: 'f',
            width: 240,
            render: (_: unknown, c) => (
              <Select
                style={{ width: 220 }}
                value={mapping.columns[c.index] ?? ''}
                options={fieldOptions}
                onChange={(v: string) => setMapping((m) => ({ columns: m.columns.map((x, i) => (i === c.index ? ((v || null) as ImportField | null) : x)) }))}
                data-testid={`map-${c.index}`}
              />
            ),
          },
        ]}
      />
      {hasOrgColumn ? (
        <Space>
          {t('common.labeled', { label: t('importRegister.org'), value: '' })}
          <Select
            allowClear
            style={{ width: 360 }}
            placeholder={t('importRegister.orgAll')}
            value={org}
            onChange={(v?: string) => setOrg(v)}
            options={inspection.orgValues.map((o) => ({ value: o.text, label: t('importRegister.item.counted', { text: o.text, count: o.count }) }))}
            data-testid="import-org"
          />
        </Space>
      ) : null}
      <Space>
        <Button onClick={() => setStep(0)}>{t('importRegister.back')}</Button>
        <Button type="primary" loading={busy} onClick={() => void check()} data-testid="import-check">
          {t('importRegister.check')}
        </Button>
      </Space>
    </Space>
  ) : null;

  const report = preview?.report;
  const findingsStep = report && preview ? (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Text data-testid="import-summary">
        {t('importRegister.summary', { rows: report.rowsRead, method: report.method, table: report.bandTable.name, edition: report.accidentTypeEdition })}
      </Typography.Text>
      <Space>
        {t('common.labeled', { label: t('importRegister.bandTable'), value: '' })}
        <Select
          style={{ width: 420 }}
          value={report.bandTable.id}
          onChange={(v: string) => {
            setBandTableId(v);
            void runPreview(decisions, v);
          }}
          options={(preview.bandTableChoices ?? []).filter((b) => b.method === report.method).map((b) => ({ value: b.id, label: b.name }))}
          data-testid="import-band-table"
        />
      </Space>
      {report.alreadyImported.count > 0 ? (
        <Alert type="warning" showIcon title={t('importRegister.alreadyImported', { count: report.alreadyImported.count })} data-testid="import-already" />
      ) : null}
      {report.skipped.count > 0 ? <Typography.Text type="secondary">{t('importRegister.skipped', { count: report.skipped.count })}</Typography.Text> : null}
      {report.formulas.count > 0 ? <Typography.Text type="secondary">{t('importRegister.formulas', { count: report.formulas.count })}</Typography.Text> : null}
      <Typography.Title level={5}>{t('importRegister.findings')}</Typography.Title>
      <FindingsView report={report} />
      <Typography.Title level={5}>{t('importRegister.decisions')}</Typography.Title>
      <Space orientation="vertical" data-testid="import-decisions">
        {report.findings.accidentTypeNeedsChoice.items.map((c) => (
          <Space key={c.text}>
            {t('importRegister.choiceFor', { text: c.text, count: c.count })}
            <Select
              style={{ width: 240 }}
              value={choices[c.text] ?? c.defaultCode}
              onChange={(v: string) => decide({ accidentTypes: { ...choices, [c.text]: v } })}
              options={c.candidates.map((o) => ({ value: o.code, label: o.name }))}
              data-testid={`choice-${c.text}`}
            />
          </Space>
        ))}
        {report.findings.notAnAccidentType.items.map((c) => (
          <Space key={c.text}>
            {t('importRegister.nonTypeFor', { text: c.text, count: c.count })}
            <Select
              showSearch
              optionFilterProp="label"
              style={{ width: 240 }}
              value={nonTypes[c.text] ?? 'WSA10099'}
              onChange={(v: string) => decide({ nonTypes: { ...nonTypes, [c.text]: v } })}
              options={ACCIDENT_TYPE_OPTIONS}
              data-testid={`nontype-${c.text}`}
            />
          </Space>
        ))}
        {report.decisions.map((d) =>
          d.kind === 'emptyAccidentType' ? (
            <Space key="empty">
              {t('importRegister.emptyType', { count: d.rows })}
              <Select showSearch optionFilterProp="label" style={{ width: 240 }} value={emptyType} onChange={(v: string) => decide({ emptyType: v })} options={ACCIDENT_TYPE_OPTIONS} />
            </Space>
          ) : d.kind === 'levelFromScore' || d.kind === 'noLevel' || d.kind === 'offScaleKept' || d.kind === 'filledDown' ? (
            <Typography.Text key={d.kind}>{t(`importRegister.decision.${d.kind}`, { rows: d.rows })}</Typography.Text>
          ) : d.kind === 'createUnits' ? (
            <Typography.Text key={d.kind} data-testid="import-create-units">
              {t('importRegister.decision.createUnits', { workshops: d.workshops, teams: d.teams, posts: d.posts, riskPoints: d.riskPoints })}
            </Typography.Text>
          ) : null,
        )}
        <Typography.Text type="secondary">{t('importRegister.reviewMark')}</Typography.Text>
      </Space>
      <Typography.Title level={5}>{t('importRegister.previewRows')}</Typography.Title>
      <Table<PreviewRow>
        size="small"
        rowKey="row"
        dataSource={preview.rows}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        data-testid="import-preview-rows"
        columns={[
          { title: t('importRegister.col.row'), dataIndex: 'row', width: 60 },
          { title: t('importRegister.col.post'), dataIndex: 'post', width: 140, ellipsis: true },
          { title: t('importRegister.col.riskPoint'), dataIndex: 'riskPoint', width: 140, ellipsis: true },
          { title: t('importRegister.col.hazard'), dataIndex: 'hazard', ellipsis: true },
          {
            title: t('importRegister.col.accident'),
            key: 'a',
            width: 200,
            render: (_: unknown, r) => (
              <span title={r.accidentText}>
                {r.accidentCodes.map(accidentTypeName).join('、')}
              </span>
            ),
          },
          { title: t('importRegister.col.score'), key: 's', width: 110, render: (_: unknown, r) => (r.storedScore ?? r.recomputed ?? '') },
          { title: t('importRegister.col.level'), key: 'l', width: 110, render: (_: unknown, r) => <LevelTag level={r.storedLevel ?? r.levelOfStored ?? r.levelOfRecomputed} short /> },
          {
            title: t('importRegister.col.flags'),
            key: 'f',
            width: 90,
            render: (_: unknown, r) =>
              r.flags.length > 0 ? (
                <Tag color="orange" title={r.flags.map((k) => t(`importRegister.finding.${k}`)).join('\n')}>
                  {r.flags.length}
                </Tag>
              ) : null,
          },
        ]}
      />
      {target.kind === 'new' ? (
        <Space wrap>
          {t('common.labeled', { label: t('importRegister.targetName'), value: '' })}
          <Input style={{ width: 320 }} maxLength={100} value={name} onChange={(e) => setName(e.target.value)} data-testid="import-target-name" />
          {t('common.labeled', { label: t('importRegister.targetIndustry'), value: '' })}
          <Select
            allowClear
            style={{ width: 180 }}
            value={industry ?? undefined}
            onChange={(v?: Industry) => setIndustry(v ?? null)}
            options={INDUSTRIES.map((i) => ({ value: i, label: t(`vocab.industry.${i}`) }))}
          />
        </Space>
      ) : null}
      <Alert type="warning" showIcon title={t('importRegister.confirmHint')} />
      <Space>
        <Button onClick={() => setStep(1)}>{t('importRegister.back')}</Button>
        <Button type="primary" danger loading={busy} disabled={readOnly} onClick={() => void apply()} data-testid="import-confirm">
          {t('importRegister.confirm')}
        </Button>
      </Space>
    </Space>
  ) : null;

  const appliedRows = useMemo(() => {
    if (!done?.doc) return [];
    const file = done.report.source.file;
    const mine = done.doc.hazards.filter((h) => h.source.kind === 'import' && h.source.file === file);
    const latest = mine.reduce((m, h) => (h.createdAt > m ? h.createdAt : m), '');
    return mine.filter((h) => h.createdAt === latest);
  }, [done]);

  const doneStep = done ? (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Result status="success" title={t('importRegister.done', { count: done.report.rowsApplied, name: done.name })} />
      <Typography.Title level={5}>{t('importRegister.applied')}</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        dataSource={appliedRows}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        data-testid="import-applied"
        columns={[
          { title: t('importRegister.col.hazard'), dataIndex: 'text', ellipsis: true },
          { title: t('importRegister.col.accident'), key: 'a', width: 200, render: (_: unknown, h) => h.accidentTypes.map(accidentTypeName).join('、') },
          {
            title: t('risks.columns.source'),
            key: 's',
            width: 320,
            render: (_: unknown, h) => (h.source.kind === 'import' ? <span data-testid="applied-source">{t('importRegister.source', { file: h.source.file, sheet: h.source.sheet, row: h.source.row })}</span> : null),
          },
        ]}
      />
      <Space>
        <Button type="primary" href={`#/e/${encodeURIComponent(done.enterpriseId)}/risks`} data-testid="import-open-risks">
          {t('importRegister.openRisks')}
        </Button>
        <Button onClick={reset}>{t('importRegister.again')}</Button>
      </Space>
    </Space>
  ) : null;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="import-wizard">
      <Steps
        current={step}
        size="small"
        items={[{ title: t('importRegister.steps.file') }, { title: t('importRegister.steps.mapping') }, { title: t('importRegister.steps.findings') }, { title: t('importRegister.steps.done') }]}
      />
      {step === 0 ? fileStep : step === 1 ? mappingStep : step === 2 ? findingsStep : doneStep}
    </Space>
  );
}
