/**
 * 一岗位一清单: pick a post; its hazards with grades and measures, the post's duties, its own
 * checks, emergency steps and whom it reports to; download as DOCX (editable) or PDF.
 */
import { Button, Card, Descriptions, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postsInOrgOrder, postDisplayName } from '../../../../core/duties/orgOrder';
import type { PostListHazard } from '../../../../core/duties/views';
import { useApp } from '../../state/app';
import { useEnterprise } from '../../state/enterprise';
import { saveFile } from '../../ui/files';
import { LevelTag } from '../../ui/LevelTag';
import { useEnterpriseQuery } from './useDutyOps';

export function PostListTab() {
  const { t } = useTranslation();
  const { call } = useApp();
  const { doc, id } = useEnterprise();
  const posts = doc ? postsInOrgOrder(doc) : [];
  const [postId, setPostId] = useState<string | null>(posts[0]?.id ?? null);
  const l = useEnterpriseQuery('duties.postList', postId ? { postId } : null);
  if (!doc) return null;
  const download = async (format: 'docx' | 'pdf') => {
    if (!postId) return;
    const f = await call('documents.render', { enterpriseId: id, kind: 'post-list', format, unitId: postId });
    if (f) saveFile(f);
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Select style={{ width: 320 }} showSearch optionFilterProp="label" value={postId} onChange={setPostId} options={posts.map((p) => ({ value: p.id, label: postDisplayName(doc, p) }))} data-testid="post-select" />
        <Button onClick={() => void download('docx')} disabled={!postId} data-testid="post-list-docx">
          {t('print.download', { format: 'DOCX' })}
        </Button>
        <Button type="primary" onClick={() => void download('pdf')} disabled={!postId} data-testid="post-list-pdf">
          {t('print.download', { format: 'PDF' })}
        </Button>
      </Space>
      {l ? (
        <>
          <Descriptions size="small" bordered column={2} data-testid="post-list-info">
            <Descriptions.Item label={t('duties.post.workshop')}>{l.post.workshop || t('duties.post.direct')}</Descriptions.Item>
            <Descriptions.Item label={t('duties.post.team')}>{l.post.team || t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('duties.post.people')}>{l.post.people.join('、') || t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('duties.post.top')}>
              <LevelTag level={l.topLevel} />
            </Descriptions.Item>
          </Descriptions>
          <Card size="small" title={t('duties.post.hazards', { count: l.hazards.length })}>
            <Table<PostListHazard>
              size="small"
              rowKey="hazardId"
              pagination={false}
              dataSource={l.hazards}
              columns={[
                { key: 'rp', title: t('duties.matrix.riskPoint'), dataIndex: 'riskPoint', width: 140 },
                { key: 'text', title: t('duties.matrix.hazard'), dataIndex: 'text' },
                { key: 'level', title: t('duties.matrix.level'), width: 96, render: (_, h) => <LevelTag level={h.level} mark={h.levelMark} short /> },
                { key: 'control', title: t('duties.matrix.control'), width: 80, render: (_, h) => (h.controlLevel ? t(`vocab.controlLevel.${h.controlLevel}`) : null) },
                {
                  key: 'measures',
                  title: t('duties.post.measures'),
                  render: (_, h) => (
                    <Space orientation="vertical" size={0}>
                      {h.measures.map((m, i) => (
                        <Typography.Text key={i} style={{ fontSize: 12 }}>
                          {t('common.tagged', { tag: t(`vocab.measureKind.${m.kind}`), text: m.text })}
                        </Typography.Text>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
          <Card size="small" title={t('duties.post.duties')}>
            <List size="small" dataSource={l.duties} renderItem={(d) => <List.Item>{d}</List.Item>} />
          </Card>
          <Card size="small" title={t('duties.post.checks', { frequency: l.checkFrequency })}>
            <List
              size="small"
              dataSource={l.checks}
              renderItem={(c) => (
                <List.Item>
                  <Space wrap>
                    {c.major ? <Tag color="red">{t('duties.checklists.major')}</Tag> : null}
                    <Typography.Text>{c.check}</Typography.Text>
                    <Typography.Text type="secondary">{c.place}</Typography.Text>
                    <Tag>{t(`vocab.checkMethod.${c.method}`)}</Tag>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title={t('duties.post.emergency')}>
            {l.emergency.map((e) => (
              <div key={e.accidentType} style={{ marginBottom: 8 }}>
                <Typography.Text strong>{e.accidentType}</Typography.Text>
                <ol style={{ margin: '4px 0' }}>
                  {e.steps.map((s, i) => (
                    <li key={i}>{s}</li>
                  ))}
                </ol>
              </div>
            ))}
            <Typography.Text>{l.phones.map((p) => t('common.labeled', { label: p.label, value: p.number })).join('；')}</Typography.Text>
          </Card>
          <Card size="small" title={t('duties.post.supervisors')}>
            <List
              size="small"
              dataSource={l.supervisors}
              renderItem={(s) => <List.Item>{t('duties.post.supervisor', { level: t(`vocab.controlLevel.${s.level}`), unit: s.unit, persons: s.persons.map((p) => `${p.role} ${p.name}`).join('、') })}</List.Item>}
            />
          </Card>
        </>
      ) : null}
    </Space>
  );
}
