/**
 * The register as a virtualized list (10 000 rows stay smooth): fixed-height rows in a CSS grid with
 * the columns of the 安全风险分级管控清单 (班组 and 管控措施 included, the measures shortened to two lines
 * with the full text on hover),
 * optional group header rows, a click opens the hazard.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterRow } from '../../../../core/model/registerRows';
import { MEASURE_KINDS } from '../../../../core/model/vocab';
import { LevelTag } from '../../ui/LevelTag';

export type TableItem = { type: 'group'; key: string; label: string; count: number } | { type: 'row'; key: string; row: RegisterRow; no: number; owners: string };

// 序号 车间 班组 岗位 风险点 危险因素 类别 事故类型 固有 残余 等级 管控措施 层级 责任人
const GRID = '40px 76px 64px 90px 100px minmax(180px,1fr) 48px 84px 56px 56px 72px minmax(160px,1fr) 52px 92px';
/** Below this width the table scrolls sideways instead of squeezing the texts. */
const MIN_W = 1180;
const ROW_H = 52;

/** The score in the cell (D or R), the whole evaluation on hover. */
function short(a: RegisterRow['inherent']): { text: string; title: string } {
  if (!a) return { text: '—', title: '' };
  if (a.method === 'LEC') return { text: `D=${a.score}`, title: `L×E×C = ${a.L}×${a.E}×${a.C} = ${a.score}` };
  if (a.method === 'LS') return { text: `R=${a.score}`, title: `L×S = ${a.L}×${a.S} = ${a.score}` };
  return { text: '直接判定', title: '直接判定' };
}

export function RiskTable({ items, onOpen }: { items: TableItem[]; onOpen: (hazardId: string) => void }) {
  const { t } = useTranslation();
  const parent = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: items.length, getScrollElement: () => parent.current, estimateSize: (i) => (items[i]!.type === 'group' ? 32 : ROW_H), overscan: 12 });
  const cell: React.CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', fontSize: 12, lineHeight: '18px', padding: '0 4px' };
  const cols = ['no', 'workshop', 'team', 'posts', 'riskPoint', 'hazard', 'factorClass', 'accidentTypes', 'inherent', 'residual', 'level', 'measures', 'controlLevel', 'owners'] as const;
  return (
    <div style={{ border: '1px solid #e5e5e5', borderRadius: 4, overflowX: 'auto' }}>
      <div style={{ minWidth: MIN_W }}>
      <div style={{ display: 'grid', gridTemplateColumns: GRID, background: '#fafafa', borderBottom: '1px solid #e5e5e5', fontWeight: 600, fontSize: 12, padding: '8px 0' }}>
        {cols.map((c) => (
          <div key={c} style={{ padding: '0 4px' }}>
            {t(`risks.columns.${c}`)}
          </div>
        ))}
      </div>
      <div ref={parent} style={{ height: 'calc(100vh - 420px)', minHeight: 320, overflow: 'auto' }} data-testid="risk-table">
        <div style={{ height: v.getTotalSize(), position: 'relative' }}>
          {v.getVirtualItems().map((vi) => {
            const it = items[vi.index]!;
            const style: React.CSSProperties = { position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${vi.start}px)`, height: vi.size };
            if (it.type === 'group') {
              return (
                <div key={it.key} style={{ ...style, background: '#eef3fb', fontWeight: 600, padding: '6px 8px', fontSize: 13 }} data-testid="risk-group">
                  {t('common.withCount', { label: it.label, count: it.count })}
                </div>
              );
            }
            const r = it.row;
            // all measure kinds in the register's order (工程技术, 管理, 培训教育, 个体防护, 应急处置)
            const measures = MEASURE_KINDS.flatMap((k) => r.measures[k]).join('；');
            return (
              <div
                key={it.key}
                role="row"
                data-testid="risk-row"
                data-hazard={r.hazardId}
                onClick={() => onOpen(r.hazardId)}
                style={{ ...style, display: 'grid', gridTemplateColumns: GRID, alignItems: 'center', borderBottom: '1px solid #f0f0f0', cursor: 'pointer' }}
              >
                <div style={cell}>{it.no}</div>
                <div style={cell}>{r.workshop || '—'}</div>
                <div style={cell} title={r.team}>
                  {r.team || '—'}
                </div>
                <div style={cell} title={r.posts.join('、')}>
                  {r.posts.join('、')}
                </div>
                <div style={cell} title={r.riskPoint}>
                  {r.riskPoint}
                </div>
                <div style={cell} title={r.hazard}>
                  {r.hazard}
                </div>
                <div style={cell}>{r.factorClass}</div>
                <div style={cell}>{r.accidentTypes.join('、')}</div>
                <div style={cell} title={short(r.inherent).title}>
                  {short(r.inherent).text}
                </div>
                <div style={cell} title={short(r.residual).title}>
                  {short(r.residual).text}
                </div>
                <div style={{ padding: '0 4px' }}>
                  <LevelTag level={r.level} mark={r.inUse.mark} short />
                </div>
                <div style={cell} title={measures}>
                  {measures}
                </div>
                <div style={cell}>{r.controlLevel ? t(`vocab.controlLevel.${r.controlLevel}`) : ''}</div>
                <div style={cell} title={it.owners}>
                  {it.owners}
                </div>
              </div>
            );
          })}
        </div>
      </div>
      </div>
    </div>
  );
}
