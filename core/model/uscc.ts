/**
 * 统一社会信用代码 (unified social credit code) check, GB 32100-2015 §4–5.
 *
 * 18 characters from the 31-character set 0-9 and A-Z without I, O, S, V, Z. Character 18 is a
 * check character: C18 = 31 − (Σ Ci·Wi mod 31), with weights Wi = 3^(i−1) mod 31 for i = 1…17
 * (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28); a result of 31 means 0.
 * Characters 3–8 are the administrative division code (GB/T 2260), always digits.
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Letters people type by mistake for digits (O for 0, I for 1) and the fix we suggest. */
const LOOKALIKES: Record<string, string> = { O: '0', I: '1', S: '5', Z: '2', V: 'U' };

export type UsccCheck =
  | { ok: true; value: string }
  | { ok: false; code: 'E_USCC_FORMAT'; reason: 'length' | 'charset' | 'region'; position?: number; char?: string; suggestion?: string }
  | { ok: false; code: 'E_USCC_CHECKSUM'; expected: string; actual: string };

/** Check character (position 18) for the first 17 characters; throws on a char outside the set. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17[i] ?? '');
    if (v < 0) throw new Error(`USCC character ${i + 1} '${first17[i]}' is not in the GB 32100 set`);
    sum += v * WEIGHTS[i]!;
  }
  const c = 31 - (sum % 31);
  return USCC_CHARSET[c === 31 ? 0 : c]!;
}

/**
 * Validates a USCC. Lower case and surrounding/inner spaces are accepted and normalized (people
 * copy codes from licences and e-mails). A look-alike letter (O, I, S, Z, V) is refused with the
 * position and a suggested corrected code when that correction passes the check.
 */
export function checkUscc(input: string): UsccCheck {
  const value = input.replace(/[\s\u3000-]/g, '').toUpperCase();
  if (value.length !== 18) return { ok: false, code: 'E_USCC_FORMAT', reason: 'length' };
  for (let i = 0; i < 18; i++) {
    const ch = value[i]!;
    if (!USCC_CHARSET.includes(ch)) {
      const fix = LOOKALIKES[ch];
      const fixed = fix ? value.split('').map((c) => LOOKALIKES[c] ?? c).join('') : undefined;
      const suggestion = fixed && [...fixed].every((c) => USCC_CHARSET.includes(c)) && usccCheckChar(fixed.slice(0, 17)) === fixed[17] ? fixed : undefined;
      return suggestion
        ? { ok: false, code: 'E_USCC_FORMAT', reason: 'charset', position: i + 1, char: ch, suggestion }
        : { ok: false, code: 'E_USCC_FORMAT', reason: 'charset', position: i + 1, char: ch };
    }
  }
  if (!/^\d{6}$/.test(value.slice(2, 8))) return { ok: false, code: 'E_USCC_FORMAT', reason: 'region', position: 3 };
  const expected = usccCheckChar(value.slice(0, 17));
  if (expected !== value[17]) return { ok: false, code: 'E_USCC_CHECKSUM', expected, actual: value[17]! };
  return { ok: true, value };
}
