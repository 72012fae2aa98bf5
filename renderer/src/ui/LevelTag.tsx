/**
 * A risk level as a coloured tag with its name as text (never colour alone).
 */
import { RISK_COLOURS } from '../../../core/documents/colours';
import type { RiskLevel } from '../../../core/model/vocab';
import { useTranslation } from 'react-i18next';

export function LevelTag({ level, mark, short }: { level: RiskLevel | null; mark?: string | null; short?: boolean }) {
  const { t } = useTranslation();
  if (!level) return <span style={{ color: '#999' }}>{t('evaluation.none')}</span>;
  const c = RISK_COLOURS[level];
  const text = String(t(`vocab.riskLevel.${level}`));
  return (
    <span
      data-level={level}
      style={{ background: c.fill, color: c.text, padding: '1px 6px', borderRadius: 3, fontSize: 12, whiteSpace: 'nowrap', fontWeight: 600 }}
    >
      {short ? text.replace(/风险$/, '') : text}
      {mark ? `·${String(t(`evaluation.mark.${mark as '待复核'}`))}` : ''}
    </span>
  );
}
