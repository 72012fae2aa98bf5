/**
 * 危险因素辨识: every post, step by step, resumable. Progress is saved with each step, so nothing
 * is lost when the window closes mid-step; the current post is in the URL.
 */
import { Alert, Button, Card, Col, Progress, Row, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WIZARD_STEPS, type WizardStep } from '../../../../core/model/hazards';
import { postGaps } from '../../../../core/model/postReview';
import { navigate } from '../../router';
import { useEnterprise } from '../../state/enterprise';
import { ConfirmStep } from './ConfirmStep';
import { HazardStep } from './HazardStep';
import { postsInOrgOrder, postStatus, PostList } from './PostList';
import { ReviewStep } from './ReviewStep';
import { ScreeningCard } from './ScreeningCard';
import { useHazardOps } from './useHazardOps';
import { EvaluateStep, useEvaluationChecks } from './EvaluateStep';

const FLOW: WizardStep[] = ['confirm', 'hazards', 'evaluate', 'review'];

export function WizardPage({ sub }: { sub?: string }) {
  const { t } = useTranslation();
  const { doc, id } = useEnterprise();
  const apply = useHazardOps();
  const [screening, setScreening] = useState(false);
  const extraChecks = useEvaluationChecks();
  if (!doc) return null;
  const ordered = postsInOrgOrder(doc);
  const postId = sub && doc.posts.some((p) => p.id === sub) ? sub : (ordered[0]?.post.id ?? null);
  const done = ordered.filter((x) => postStatus(doc, x.post.id) === 'done').length;

  if (!doc.wizard.screeningDone || screening) {
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Title level={3}>{t('wizard.title')}</Typography.Title>
        <ScreeningCard onDone={() => setScreening(false)} />
      </Space>
    );
  }

  const state = postId ? doc.wizard.posts[postId] : undefined;
  const step: WizardStep = state?.step ?? 'confirm';
  const current = step === 'done' ? 3 : FLOW.indexOf(step);
  const setStep = (s: WizardStep) => postId && void apply({ op: 'setStep', postId, step: s });
  const gaps = postId ? postGaps(doc, postId, extraChecks) : [];
  const post = doc.posts.find((p) => p.id === postId);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space align="center" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('wizard.title')}
        </Typography.Title>
        <Space>
          <Progress percent={ordered.length ? Math.round((100 * done) / ordered.length) : 0} size="small" style={{ width: 160 }} />
          <Typography.Text data-testid="wizard-overall">{t('wizard.overall', { done, total: ordered.length, hazards: doc.hazards.length })}</Typography.Text>
          <Button size="small" onClick={() => setScreening(true)}>
            {t('wizard.screening.edit')}
          </Button>
        </Space>
      </Space>
      <Typography.Text type="secondary">
        {t('wizard.screening.done', { flags: doc.profile.flags.map((f) => t(`vocab.flag.${f}`)).join('、') || t('wizard.screening.none') })}
      </Typography.Text>
      <Row gutter={16}>
        <Col span={6}>
          <PostList doc={doc} current={postId} onSelect={(p) => navigate({ page: 'enterprise', enterpriseId: id, view: 'wizard', sub: p })} />
        </Col>
        <Col span={18}>
          {!post ? (
            <Alert type="info" title={t('org.selectHint')} />
          ) : (
            <Card
              title={
                <Space>
                  <span data-testid="wizard-post-title">{post.name}</span>
                  {step === 'done' ? <Tag color="green">{t('wizard.status.done')}</Tag> : null}
                </Space>
              }
            >
              <Steps
                size="small"
                current={current}
                onChange={(i) => setStep(FLOW[i]!)}
                items={FLOW.map((s) => ({ title: t(`wizard.steps.${s}`) }))}
                style={{ marginBottom: 16 }}
                data-testid="wizard-steps"
              />
              {step === 'confirm' ? <ConfirmStep postId={post.id} /> : null}
              {step === 'hazards' ? <HazardStep postId={post.id} /> : null}
              {step === 'evaluate' ? <EvaluateStep postId={post.id} /> : null}
              {step === 'review' || step === 'done' ? <ReviewStep postId={post.id} gaps={gaps} /> : null}
              <Space style={{ marginTop: 16 }}>
                {current > 0 && step !== 'done' ? <Button onClick={() => setStep(FLOW[current - 1]!)}>{t('wizard.prev')}</Button> : null}
                {step !== 'review' && step !== 'done' ? (
                  <Button type="primary" onClick={() => setStep(FLOW[current + 1]!)} data-testid="wizard-next">
                    {t('wizard.next')}
                  </Button>
                ) : null}
                {step === 'review' ? (
                  <Button type="primary" onClick={() => setStep('done')} data-testid="wizard-finish">
                    {t('wizard.finish')}
                  </Button>
                ) : null}
                {step === 'done' ? <Button onClick={() => setStep('hazards')}>{t('wizard.reopen')}</Button> : null}
              </Space>
            </Card>
          )}
        </Col>
      </Row>
    </Space>
  );
}

export { WIZARD_STEPS };
