import { describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { errorText, pathLabel } from './errorText';

describe('contract errors as the user reads them', () => {
  const t = initI18n('zh-CN').t;
  it('labels issue paths with the field names of the form, list positions as 第 n 条', () => {
    expect(pathLabel(t, 'op.hazard.text')).toBe('危险因素');
    expect(pathLabel(t, 'op.hazard.measures.1.check')).toBe('管控措施 第 2 条 核查内容');
    expect(pathLabel(t, 'op.patch.accidentTypes')).toBe('事故类型');
    expect(pathLabel(t, 'op.something')).toBe('op.something');
  });
  it('names the field and what is wrong, never the internal path', () => {
    const text = errorText(t, { code: 'E_INVALID_ARGUMENT', details: { issues: [{ path: 'op.hazard.accidentTypes', code: 'too_small' }] } });
    expect(text).toBe('输入有误，请按提示修改。\n“事故类型”：不能为空或太小');
    expect(text).not.toContain('op.');
  });
});
