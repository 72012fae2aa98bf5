/**
 * The wizard's post list, in org order, with each post's progress and hazard count.
 */
import { Badge, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnterpriseFile } from '../../../../core/model/enterpriseFile';
import { hazardsOfPost } from '../../../../core/model/hazardOps';
import type { Post } from '../../../../core/model/org';

/** Posts in the order of the org tree: workshops, their teams, then enterprise-level ones. */
export function postsInOrgOrder(doc: EnterpriseFile): { post: Post; unit: string }[] {
  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
  const out: { post: Post; unit: string }[] = [];
  const postsUnder = (kind: Post['parent']['kind'], id?: string) =>
    doc.posts.filter((p) => p.parent.kind === kind && (kind === 'enterprise' || (p.parent as { id: string }).id === id)).sort(byOrder);
  for (const w of [...doc.workshops].sort(byOrder)) {
    for (const tm of doc.teams.filter((x) => x.workshopId === w.id).sort(byOrder)) for (const p of postsUnder('team', tm.id)) out.push({ post: p, unit: `${w.name} / ${tm.name}` });
    for (const p of postsUnder('workshop', w.id)) out.push({ post: p, unit: w.name });
  }
  for (const tm of doc.teams.filter((x) => x.workshopId === null).sort(byOrder)) for (const p of postsUnder('team', tm.id)) out.push({ post: p, unit: tm.name });
  for (const p of postsUnder('enterprise')) out.push({ post: p, unit: doc.profile.name });
  return out;
}

export function postStatus(doc: EnterpriseFile, postId: string): 'notStarted' | 'inProgress' | 'done' {
  const w = doc.wizard.posts[postId];
  if (!w) return 'notStarted';
  return w.step === 'done' ? 'done' : 'inProgress';
}

const COLOR = { notStarted: 'default', inProgress: 'processing', done: 'success' } as const;

export function PostList({ doc, current, onSelect }: { doc: EnterpriseFile; current: string | null; onSelect: (postId: string) => void }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      bordered
      data-testid="wizard-posts"
      style={{ maxHeight: 'calc(100vh - 220px)', overflowY: 'auto' }}
      dataSource={postsInOrgOrder(doc)}
      renderItem={({ post, unit }) => {
        const st = postStatus(doc, post.id);
        return (
          <List.Item
            onClick={() => onSelect(post.id)}
            style={{ cursor: 'pointer', background: current === post.id ? '#e6f0ff' : undefined }}
            data-testid={`wizard-post-${post.id}`}
          >
            <div style={{ width: '100%' }}>
              <Badge status={COLOR[st]} />
              <Typography.Text strong={current === post.id}>{post.name}</Typography.Text>
              <Tag style={{ float: 'right' }}>{t('wizard.hazardCount', { count: hazardsOfPost(doc, post.id).length })}</Tag>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {unit} · {t(`wizard.status.${st}`)}
              </Typography.Text>
            </div>
          </List.Item>
        );
      }}
    />
  );
}
