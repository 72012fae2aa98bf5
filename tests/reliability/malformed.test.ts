/**
 * Malformed input, property-based (fast-check): enterprise files and `.safepost` zips (zip-slip,
 * huge declared entries, random bytes) never crash, never write partially, and always give an
 * error code a user can read.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES } from '../../core/contract/errors';
import { counterIdGen } from '../../core/model/ids';
import { loadEnterpriseText } from '../../core/model/load';
import { buildSample } from '../../core/sample/buildSample';
import { unpackEnterprise } from '../../electron/services/exchange';
import { startRuntime, type Runtime } from '../../electron/services/runtime';
import { tmpDir } from '../helpers/tmp';

const CODES = new Set<string>(ERROR_CODES);

function outcome(fn: () => unknown): 'ok' | string {
  try {
    fn();
    return 'ok';
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

/** A JSON value with a random change at a random path. */
const mutation = fc.tuple(fc.nat(), fc.oneof(fc.constant(undefined), fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()), fc.object()));

function mutate(value: unknown, pick: number, replacement: unknown): unknown {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    paths.push(p);
    if (Array.isArray(v)) v.slice(0, 5).forEach((x, i) => walk(x, [...p, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
  };
  walk(value, []);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let cur = copy;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === undefined) delete cur[last];
  else cur[last] = replacement;
  return copy;
}

describe('malformed enterprise files', () => {
  const sample = buildSample();
  it('any mutation loads or fails with a known code (never a crash)', () => {
    fc.assert(
      fc.property(mutation, ([pick, rep]) => {
        // a file always holds text: a removed root becomes the text 'undefined'
        const r = outcome(() => loadEnterpriseText(JSON.stringify(mutate(sample, pick, rep)) ?? 'undefined'));
        expect(r === 'ok' || CODES.has(r)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
  it('random bytes and truncations fail with a known code', () => {
    const text = JSON.stringify(sample);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat({ max: text.length }), (bytes, cut) => {
        expect(CODES.has(outcome(() => loadEnterpriseText(Buffer.from(bytes).toString('utf8'))))).toBe(true);
        const r = outcome(() => loadEnterpriseText(text.slice(0, cut)));
        expect(cut === text.length ? r === 'ok' : CODES.has(r)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('malformed .safepost files', () => {
  const json = strToU8(JSON.stringify(buildSample()));
  it('random zips, zip-slip names and junk are refused with a code', () => {
    const name = fc.oneof(
      fc.constantFrom('enterprise.json', 'attachments/a.jpg', '../x', '../../etc/passwd', '/abs', 'C:/x', 'a/../../b', 'attachments\\..\\..\\x', 'ok/.'),
      fc.string({ minLength: 1, maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.uint8Array({ maxLength: 200 })), { maxLength: 5 }), fc.boolean(), (entries, withEnterprise) => {
        const files: Record<string, Uint8Array> = {};
        for (const [n, d] of entries) files[n] = d;
        if (withEnterprise) files['enterprise.json'] = json;
        let zip: Uint8Array;
        try {
          zip = zipSync(files);
        } catch {
          return; // fflate itself refuses some names; nothing to test
        }
        const r = outcome(() => unpackEnterprise(zip));
        expect(r === 'ok' || CODES.has(r)).toBe(true);
        if (Object.keys(files).some((n) => n.split(/[\\/]/).includes('..') || n.startsWith('/') || /^[A-Za-z]:/.test(n))) expect(r).not.toBe('ok');
      }),
      { numRuns: 300 },
    );
  });
  it('a zip whose entry declares a huge size is refused before inflating', () => {
    const zip = zipSync({ 'enterprise.json': json, 'attachments/big.bin': new Uint8Array(1024) });
    // patch the declared uncompressed size of the second entry (central directory) to 2 GB
    const b = Buffer.from(zip);
    const cd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    b.writeUInt32LE(0x7fffffff, cd + 24);
    const r = outcome(() => unpackEnterprise(new Uint8Array(b)));
    expect(['E_ZIP_TOO_LARGE', 'E_ZIP_INVALID']).toContain(r);
  });
});

describe('malformed imports through the contract change nothing', () => {
  const t = tmpDir();
  let rt: Runtime;
  beforeAll(async () => {
    rt = await startRuntime({ dir: t.dir, app: 'test', mode: 'test', idGen: counterIdGen() });
  });
  afterAll(async () => {
    await rt.close();
    t.remove();
  });
  it('random .safepost payloads: an error Result every time, the workspace untouched', async () => {
    const before = readFileSync(join(t.dir, 'workspace.json'), 'utf8');
    const files = readdirSync(join(t.dir, 'enterprises')).sort();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        const r = await rt.invoke('enterprises.import', { file: { fileName: 'x.safepost', mime: 'application/zip', base64: Buffer.from(bytes).toString('base64') }, onClash: 'copy' });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(CODES.has(r.error.code)).toBe(true);
      }),
      { numRuns: 150 },
    );
    expect(readFileSync(join(t.dir, 'workspace.json'), 'utf8')).toBe(before);
    expect(readdirSync(join(t.dir, 'enterprises')).sort()).toEqual(files);
  });
});
