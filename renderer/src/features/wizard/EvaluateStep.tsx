/**
 * Step 4: evaluate every hazard of the post, inherent and residual (the risk database uses the
 * same form). Review flags hazards without an evaluation or still pending review.
 */
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hazardsOfPost } from '../../../../core/model/hazardOps';
import type { HazardCheck } from '../../../../core/model/postReview';
import { hazardLevel } from '../../../../core/model/riskOps';
import { useEnterprise } from '../../state/enterprise';
import { LevelTag } from '../../ui/LevelTag';
import { EvaluationForm } from '../risks/EvaluationForm';

/** Review checks contributed by evaluation: no level in use, or an imported level pending review. */
export const EVALUATION_CHECKS: HazardCheck[] = [
  (doc, h) => {
    const l = hazardLevel(doc, h.id);
    if (!l.level) return 'W_HAZARD_NO_ASSESSMENT';
    return l.mark === '待复核' ? 'W_HAZARD_PENDING_REVIEW' : null;
  },
];

export function useEvaluationChecks(): HazardCheck[] {
  return EVALUATION_CHECKS;
}

export function EvaluateStep({ postId }: { postId: string }) {
  const { t } = useTranslation();
  const { doc } = useEnterprise();
  if (!doc) return null;
  const hs = hazardsOfPost(doc, postId);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('wizard.evaluate.intro')}</Typography.Paragraph>
      <div style={{ maxHeight: 'calc(100vh - 330px)', overflowY: 'auto' }}>
        {hs.map((h, i) => {
          const l = hazardLevel(doc, h.id);
          return (
            <Card key={h.id} size="small" style={{ marginBottom: 8 }} data-testid={`evaluate-${h.id}`}
              title={
                <Space>
                  <span>{`${i + 1}. ${h.text}`}</span>
                  <LevelTag level={l.level} mark={l.mark} />
                </Space>
              }
            >
              <Space align="start" size="large" wrap>
                <EvaluationForm hazard={h} kind="inherent" compact />
                <EvaluationForm hazard={h} kind="residual" compact />
              </Space>
            </Card>
          );
        })}
      </div>
    </Space>
  );
}
