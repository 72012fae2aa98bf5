// @vitest-environment happy-dom
import { App as AntApp } from 'antd';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { EnterpriseFile } from '../../../../core/model/enterpriseFile';
import { counterIdGen } from '../../../../core/model/ids';
import { buildSample } from '../../../../core/sample/buildSample';
import { applySignPlacementOp } from '../../../../core/signs/placementOps';
import { fakeBridge } from '../../bridge/fake';
import { initI18n } from '../../i18n';
import { AppStateProvider } from '../../state/app';
import { EnterpriseProvider } from '../../state/enterprise';
import { SignsPage } from './SignsPage';

afterEach(cleanup);

function setup(sub?: string) {
  initI18n('zh-CN');
  let doc: EnterpriseFile = buildSample();
  const ids = counterIdGen();
  const bridge = fakeBridge({
    'app.info': async () => ({ version: 't', mode: 'browser', workspaceDir: '/w', readOnly: false, readOnlyReason: null, lockHolder: null, enterpriseSchemaVersion: doc.schemaVersion, notices: [] }) as never,
    'settings.get': async () => ({ language: 'zh-CN', userName: '', lastEnterpriseId: null, exportDir: '' }) as never,
    'enterprises.get': async () => doc,
    'signs.apply': async ({ op }) => {
      doc = applySignPlacementOp(doc, op, ids);
      return doc;
    },
  });
  const r = render(
    <AntApp>
      <AppStateProvider bridge={bridge}>
        <EnterpriseProvider id="ent_sample">
          <SignsPage {...(sub ? { sub } : {})} />
        </EnterpriseProvider>
      </AppStateProvider>
    </AntApp>,
  );
  return { ...r, bridge, doc: () => doc };
}

describe('SignsPage', () => {
  it('opens the first planned place with its signs in category order and its other suggestions', async () => {
    const { findByTestId, getByTestId } = setup();
    expect((await findByTestId('signs-place-name')).textContent).toBe('冲压作业');
    const titles = [...getByTestId('signs-rows').querySelectorAll('tbody [data-sign-id]')].map((e) => e.getAttribute('aria-label'));
    expect(titles).toEqual(['当心伤手', '当心机械伤人', '禁止伸入', '必须戴防护眼镜', '必须戴护耳器']);
    expect(getByTestId('sign-suggest-sign.warn-crushing')).toBeTruthy();
    expect(getByTestId('signs-place-rp_kj').textContent).toContain('建议 5 种');
  });

  it('an unplanned place shows suggestions; adopting stores them', async () => {
    const { findByTestId, getByTestId, bridge, doc } = setup('rp_kj');
    expect((await findByTestId('signs-place-name')).textContent).toBe('空压机房');
    expect(getByTestId('signs-suggestions').querySelectorAll('[data-sign-id]')).toHaveLength(5);
    fireEvent.click(getByTestId('signs-adopt'));
    await waitFor(() => expect(doc().signPlacements.filter((p) => p.riskPointId === 'rp_kj')).toHaveLength(5));
    expect(bridge.calls.find((c) => c.name === 'signs.apply')!.arg).toEqual({ enterpriseId: 'ent_sample', op: { op: 'adopt', riskPointId: 'rp_kj' } });
    await findByTestId('signs-rows');
  });
});
