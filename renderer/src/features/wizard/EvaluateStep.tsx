/**
 * Step 4: evaluation. Until the risk database lands, it shows the library's suggested values as
 * drafts (never used as a level).
 */
import { Alert, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { libraryEntry } from '../../../../core/catalog/library';
import { hazardLibraryId, hazardsOfPost } from '../../../../core/model/hazardOps';
import type { HazardCheck } from '../../../../core/model/postReview';
import { useEnterprise } from '../../state/enterprise';

/** Extra review checks contributed by the evaluation step (none yet). */
export function useEvaluationChecks(): HazardCheck[] {
  return [];
}

export function EvaluateStep({ postId }: { postId: string }) {
  const { t } = useTranslation();
  const { doc } = useEnterprise();
  if (!doc) return null;
  const hs = hazardsOfPost(doc, postId);
  return (
    <>
      <Alert type="info" showIcon title={t('wizard.evaluate.pending')} style={{ marginBottom: 12 }} />
      <List
        size="small"
        dataSource={hs}
        renderItem={(h) => {
          const id = hazardLibraryId(h);
          const lec = id ? libraryEntry(id)?.suggestedLec : undefined;
          return (
            <List.Item>
              <Typography.Text>{h.text}</Typography.Text>
              {lec ? <Typography.Text type="secondary">{t('wizard.hazards.suggestedLec', { L: lec.L, E: lec.E, C: lec.C, D: Math.round(lec.L * lec.E * lec.C * 10) / 10 })}</Typography.Text> : null}
            </List.Item>
          );
        }}
      />
    </>
  );
}
