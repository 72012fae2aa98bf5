/**
 * The register as a virtualized list (10 000 rows stay smooth): fixed-height rows in a CSS grid,
 * optional group header rows, a click opens the hazard.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterRow } from '../../../../core/model/registerRows';
import { LevelTag } from '../../ui/LevelTag';

export type TableItem = { type: 'group'; key: string; label: string; count: number } | { type: 'row'; key: string; row: RegisterRow; no: number; owners: string };

const GRID = '40px 80px 100px 110px minmax(200px,1fr) 52px 90px 78px 78px 80px 56px 96px';
const ROW_H = 52;

function short(a: RegisterRow['inherent']): string {
  if (!a) return '—';
  if (a.method === 'LEC') return `${a.L}×${a.E}×${a.C}=${a.score}`;
  if (a.method === 'LS') return `${a.L}×${a.S}=${a.score}`;
  return '直接判定';
}

export function RiskTable({ items, onOpen }: { items: TableItem[]; onOpen: (hazardId: string) => void }) {
  const { t } = useTranslation();
  const parent = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: items.length, getScrollElement: () => parent.current, estimateSize: (i) => (items[i]!.type === 'group' ? 32 : ROW_H), overscan: 12 });
  const cell: React.CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', fontSize: 12, lineHeight: '18px', padding: '0 4px' };
  const cols = ['no', 'workshop', 'posts', 'riskPoint', 'hazard', 'factorClass', 'accidentTypes', 'inherent', 'residual', 'level', 'controlLevel', 'owners'] as const;
  return (
    <div style={{ border: '1px solid #e5e5e5', borderRadius: 4 }}>
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
                <div style={cell}>{short(r.inherent)}</div>
                <div style={cell}>{short(r.residual)}</div>
                <div style={{ padding: '0 4px' }}>
                  <LevelTag level={r.level} mark={r.inUse.mark} short />
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
  );
}
