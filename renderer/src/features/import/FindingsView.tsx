/**
 * The findings report of a register import: one panel per finding with its count, the details
 * (what the register said and what SafePost reads) and the rows where it occurs. Findings that
 * record what SafePost filled in (signs, PPE) are tagged blue, not as problems.
 */
import { Collapse, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FINDING_KEYS, INFO_FINDING_KEYS, type FindingKey, type ImportReport } from '../../../../core/import';
import { formatScaleNumber } from '../../../../core/risk/scales';

const MAX_ROWS_SHOWN = 30;

function RowList({ rows }: { rows: number[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  const shown = rows.slice(0, MAX_ROWS_SHOWN).join('、');
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {rows.length > MAX_ROWS_SHOWN ? t('importRegister.moreRows', { rows: shown, count: rows.length }) : t('importRegister.rows', { rows: shown })}
    </Typography.Text>
  );
}

function Items({ k, report }: { k: FindingKey; report: ImportReport }) {
  const { t } = useTranslation();
  const f = report.findings;
  const level = (l: string) => t(`vocab.riskLevel.${l}` as never);
  let lines: { text: string; rows: number[] }[];
  switch (k) {
    case 'scoreRounding':
    case 'scoreArithmetic':
      lines = f[k].items.map((i) => {
        const v = i.values;
        const values = 'S' in v && v.S !== undefined ? `${v.L}×${v.S}` : `${v.L}×${v.E}×${v.C}`;
        return { text: t('importRegister.item.score', { row: i.row, values, recomputed: formatScaleNumber(i.recomputed), stored: formatScaleNumber(i.stored) }), rows: [] };
      });
      break;
    case 'levelVsStoredScore':
    case 'levelVsRecomputedScore':
      lines = f[k].items.map((i) => ({ text: t('importRegister.item.level', { row: i.row, stored: level(i.storedLevel), score: formatScaleNumber(i.score), level: level(i.level) }), rows: [] }));
      break;
    case 'offScale':
      lines = f.offScale.items.map((i) => ({ text: t('importRegister.item.offScale', { field: i.field, value: i.value, count: i.count }), rows: i.rows }));
      break;
    case 'accidentTypeMapped':
      lines = f.accidentTypeMapped.items.map((i) => ({ text: `${t('importRegister.item.mapped', { text: i.text, to: i.to, count: i.count })} · ${t(`importRegister.why.${i.why}`)}`, rows: i.rows }));
      break;
    case 'accidentTypeNeedsChoice':
    case 'notAnAccidentType':
      lines = f[k].items.map((i) => ({ text: t('importRegister.item.counted', { text: i.text, count: i.count }), rows: i.rows }));
      break;
    case 'responsibilityChain':
      lines = f.responsibilityChain.items.map((i) => ({
        text: t('importRegister.item.chain', { text: i.text, levels: i.items.map((x) => `${t(`vocab.controlLevel.${x.level}`)}·${x.unit ?? x.text}`).join(' / '), count: i.count }),
        rows: i.rows,
      }));
      break;
    case 'orgCreated':
      lines = f.orgCreated.items.map((i) => ({ text: t('importRegister.item.org', { kind: t(`importRegister.kinds.${i.kind}`), name: i.name, count: i.count }), rows: i.rows }));
      break;
    case 'signNotInRegistry':
      lines = f.signNotInRegistry.items.map((i) => ({ text: t('importRegister.item.sign', { text: i.text, nearest: i.nearest.map((n) => n.title).join('、'), count: i.count }), rows: i.rows }));
      break;
    case 'signsDerived':
      lines = f.signsDerived.items.map((i) => ({ text: t('importRegister.item.signDerived', { name: i.name, signs: i.signs.map((s) => s.title).join('、'), count: i.count }), rows: i.rows }));
      break;
    case 'ppeDerived':
      lines = f.ppeDerived.items.map((i) => ({ text: t('importRegister.item.ppeDerived', { name: i.name, words: i.words.join('、'), example: i.example, count: i.count }), rows: i.rows }));
      break;
  }
  return (
    <List
      size="small"
      dataSource={lines.slice(0, 200)}
      renderItem={(l) => (
        <List.Item style={{ display: 'block' }}>
          <div>{l.text}</div>
          <RowList rows={l.rows} />
        </List.Item>
      )}
      footer={<RowList rows={f[k].rows.map((r) => r.row)} />}
    />
  );
}

export function FindingsView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <Collapse
      size="small"
      data-testid="import-findings"
      items={FINDING_KEYS.map((k) => {
        const n = report.findings[k].count;
        return {
          key: k,
          collapsible: n === 0 ? ('disabled' as const) : undefined,
          label: (
            <span data-testid={`finding-${k}`} data-count={n}>
              {t(`importRegister.finding.${k}`)} <Tag color={n === 0 ? 'default' : k === 'scoreArithmetic' || k === 'levelVsStoredScore' ? 'red' : INFO_FINDING_KEYS.has(k) ? 'blue' : 'orange'}>{n}</Tag>
            </span>
          ),
          children: n === 0 ? t('importRegister.noFinding') : <Items k={k} report={report} />,
        };
      })}
    />
  );
}
