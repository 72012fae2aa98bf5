import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/contract/errors';
import { buildSample } from '../../core/sample/buildSample';
import { packEnterprise, unpackEnterprise } from './exchange';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('.safepost exchange file', () => {
  it('round-trips an enterprise and its attachments', () => {
    const doc = buildSample();
    const bytes = packEnterprise(doc, [{ name: 'ab12.jpg', data: new Uint8Array([1, 2, 3]) }]);
    const { loaded, attachments } = unpackEnterprise(bytes);
    expect(loaded.file).toEqual(doc);
    expect(attachments).toEqual([{ name: 'ab12.jpg', data: new Uint8Array([1, 2, 3]) }]);
  });
  it('refuses what is not a zip', () => {
    expect(codeOf(() => unpackEnterprise(strToU8('{"schemaVersion":2}')))).toBe('E_ZIP_INVALID');
    expect(codeOf(() => unpackEnterprise(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9])))).toBe('E_ZIP_INVALID');
  });
  it('refuses zip-slip entries before extracting anything', () => {
    const json = strToU8(JSON.stringify(buildSample()));
    for (const evil of ['../evil.txt', 'attachments/../../x', '/etc/passwd', 'C:/Windows/x', 'attachments\\..\\..\\x']) {
      const z = zipSync({ 'enterprise.json': json, [evil]: strToU8('x') });
      expect(codeOf(() => unpackEnterprise(z))).toBe('E_ZIP_SLIP');
    }
    // folder entries too (found by the property test: an entry named “/”)
    for (const evil of ['/', '../', '/abs/']) {
      const z = zipSync({ 'enterprise.json': json, [evil]: new Uint8Array(0) });
      expect(codeOf(() => unpackEnterprise(z)), evil).toBe('E_ZIP_SLIP');
    }
    expect(codeOf(() => unpackEnterprise(zipSync({ 'enterprise.json': json, 'attachments/': new Uint8Array(0) })))).toBe('no error');
  });
  it('refuses a zip without enterprise.json, or with a newer schema', () => {
    expect(codeOf(() => unpackEnterprise(zipSync({ 'readme.txt': strToU8('hi') })))).toBe('E_ZIP_NO_ENTERPRISE');
    const newer = zipSync({ 'enterprise.json': strToU8(JSON.stringify({ ...buildSample(), schemaVersion: 99 })) });
    expect(codeOf(() => unpackEnterprise(newer))).toBe('E_SCHEMA_NEWER');
  });
});
