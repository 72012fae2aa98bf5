/**
 * Step 2: confirm the post (job content, equipment, location) and the shared places it works in.
 */
import { Checkbox, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnterprise } from '../../state/enterprise';
import { useHazardOps } from './useHazardOps';

export function ConfirmStep({ postId }: { postId: string }) {
  const { t } = useTranslation();
  const { doc, id } = useEnterprise();
  const apply = useHazardOps();
  if (!doc) return null;
  const post = doc.posts.find((p) => p.id === postId);
  if (!post) return null;
  const places = doc.riskPoints.filter((r) => r.kind === 'place');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('wizard.confirm.intro')}</Typography.Paragraph>
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label={t('org.jobContent')} span={2}>
          {post.jobContent || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('org.location')}>{post.location || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('org.headcount')}>{post.headcount ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('wizard.confirm.equipment')} span={2}>
          {post.equipment.join('、') || '—'}
        </Descriptions.Item>
      </Descriptions>
      <a href={`#/e/${encodeURIComponent(id)}/org`}>{t('wizard.confirm.editPost')}</a>
      <Typography.Title level={5}>{t('wizard.confirm.places')}</Typography.Title>
      <Typography.Text type="secondary">{t('wizard.confirm.placesHelp')}</Typography.Text>
      {places.length === 0 ? <Typography.Text type="secondary">{t('wizard.confirm.noPlaces')}</Typography.Text> : null}
      {places.map((r) => (
        <Checkbox
          key={r.id}
          checked={r.postIds.includes(postId)}
          data-testid={`place-${r.id}`}
          onChange={(e) => void apply({ op: e.target.checked ? 'linkPost' : 'unlinkPost', riskPointId: r.id, postId })}
        >
          {r.name}
          {r.location ? `（${r.location}）` : ''}
        </Checkbox>
      ))}
    </Space>
  );
}
