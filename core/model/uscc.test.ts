import { describe, expect, it } from 'vitest';
import { checkUscc, usccCheckChar } from './uscc';

describe('USCC (GB 32100-2015)', () => {
  // Check characters computed by hand with the weights 3^(i-1) mod 31.
  it('computes the check character of known codes', () => {
    // Σ for 91350100M000100Y4: worked example used by many validators -> check '3'
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    // a Zhejiang (3301xx) code built for the sample
    expect(usccCheckChar('91330110MA2H3K7P0')).toBe('4');
  });
  it('accepts a valid code, also in lower case and with spaces', () => {
    expect(checkUscc('91350100M000100Y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
    expect(checkUscc(' 91350100m000100y43 ')).toEqual({ ok: true, value: '91350100M000100Y43' });
    expect(checkUscc('9135 0100 M000 100Y 43')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });
  it('refuses a wrong check character and says which one is expected', () => {
    expect(checkUscc('91350100M000100Y44')).toEqual({ ok: false, code: 'E_USCC_CHECKSUM', expected: '3', actual: '4' });
  });
  it('refuses wrong length', () => {
    expect(checkUscc('91350100M000100Y4')).toMatchObject({ ok: false, code: 'E_USCC_FORMAT', reason: 'length' });
  });
  it('refuses O/I look-alikes with the position and a corrected suggestion', () => {
    // '0' typed as the letter O at position 10
    const r = checkUscc('91350100MO00100Y43');
    expect(r).toEqual({ ok: false, code: 'E_USCC_FORMAT', reason: 'charset', position: 10, char: 'O', suggestion: '91350100M000100Y43' });
    // 'I' for '1' at position 13: the corrected code is valid
    expect(checkUscc('91350100M000I00Y43')).toMatchObject({ reason: 'charset', position: 13, char: 'I', suggestion: '91350100M000100Y43' });
  });
  it('refuses a non-digit region code', () => {
    expect(checkUscc('913A0100M000100Y4' + usccCheckChar('913A0100M000100Y4'))).toMatchObject({ code: 'E_USCC_FORMAT', reason: 'region' });
  });
});
