/**
 * The four-colour summary: counts per level, and a stacked bar per workshop (colour and text).
 */
import { Card, Col, Row, Space, Statistic, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RISK_COLOURS } from '../../../../core/documents/colours';
import { levelCounts, type RegisterRow } from '../../../../core/model/registerRows';
import { RISK_LEVELS } from '../../../../core/model/vocab';

export function RiskSummary({ rows }: { rows: RegisterRow[] }) {
  const { t } = useTranslation();
  const c = levelCounts(rows);
  const byWs = new Map<string, RegisterRow[]>();
  for (const r of rows) {
    const k = r.workshop || '—';
    byWs.set(k, [...(byWs.get(k) ?? []), r]);
  }
  const max = Math.max(1, ...[...byWs.values()].map((x) => x.length));
  return (
    <Row gutter={12} data-testid="risk-summary">
      <Col span={10}>
        <Card size="small" title={t('risks.summary')}>
          <Space wrap size="large">
            {RISK_LEVELS.map((l) => (
              <Statistic
                key={l}
                title={<span style={{ background: RISK_COLOURS[l].fill, color: RISK_COLOURS[l].text, padding: '0 6px', borderRadius: 3 }}>{t(`vocab.riskLevel.${l}`)}</span>}
                value={c[l]}
                data-testid={`count-${l}`}
              />
            ))}
            <Statistic title={t('risks.unevaluated')} value={c.none} />
          </Space>
        </Card>
      </Col>
      <Col span={14}>
        <Card size="small" title={t('risks.byWorkshop')}>
          {[...byWs.entries()].map(([ws, rs]) => {
            const cc = levelCounts(rs);
            return (
              <div key={ws} style={{ display: 'flex', alignItems: 'center', marginBottom: 4 }}>
                <Typography.Text style={{ width: 110, fontSize: 12 }} ellipsis>
                  {ws}
                </Typography.Text>
                <div style={{ display: 'flex', width: `${(70 * rs.length) / max}%`, height: 16 }}>
                  {RISK_LEVELS.map((l) =>
                    cc[l] ? (
                      <Tooltip key={l} title={`${t(`vocab.riskLevel.${l}`)} ${cc[l]}`}>
                        <div style={{ flex: cc[l], background: RISK_COLOURS[l].fill, color: RISK_COLOURS[l].text, fontSize: 10, textAlign: 'center', lineHeight: '16px' }}>{cc[l]}</div>
                      </Tooltip>
                    ) : null,
                  )}
                  {cc.none ? <div style={{ flex: cc.none, background: '#ddd', fontSize: 10, textAlign: 'center', lineHeight: '16px' }}>{cc.none}</div> : null}
                </div>
                <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
                  {rs.length}
                </Typography.Text>
              </div>
            );
          })}
        </Card>
      </Col>
    </Row>
  );
}
