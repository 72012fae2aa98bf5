/**
 * Step 5: the post's list (一岗位一清单) and what is still missing.
 */
import { Alert, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hazardsOfPost } from '../../../../core/model/hazardOps';
import type { PostGap } from '../../../../core/model/postReview';
import { useEnterprise } from '../../state/enterprise';
import { accidentTypeName } from '../../ui/labels';

export function ReviewStep({ postId, gaps }: { postId: string; gaps: PostGap[] }) {
  const { t } = useTranslation();
  const { doc } = useEnterprise();
  if (!doc) return null;
  const hs = hazardsOfPost(doc, postId);
  const rpName = (id: string) => doc.riskPoints.find((r) => r.id === id)?.name ?? '';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('wizard.review.intro')}</Typography.Paragraph>
      {gaps.length === 0 ? (
        <Alert type="success" showIcon title={t('wizard.review.complete')} data-testid="review-complete" />
      ) : (
        <Alert
          type="warning"
          showIcon
          data-testid="review-gaps"
          title={
            <Space orientation="vertical" size={0}>
              {gaps.map((g, i) => (
                <span key={i}>{t(`wizard.review.gaps.${g.code}`, { text: g.text ?? '' })}</span>
              ))}
            </Space>
          }
        />
      )}
      <List
        size="small"
        bordered
        dataSource={hs}
        renderItem={(h, i) => (
          <List.Item>
            <Space orientation="vertical" size={0}>
              <Typography.Text>
                {i + 1}. {h.text}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {rpName(h.riskPointId)} · {h.accidentTypes.map(accidentTypeName).join('、')} · {t('wizard.hazards.measures')} {h.measures.length}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
