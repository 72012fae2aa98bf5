/**
 * The contract through its transports: the fake bridge (dispatch), the HTTP bridge of browser
 * mode (token, Host, Origin, unknown names, bad arguments, oversized bodies), never a throw.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../core/contract/api';
import { dispatch } from '../../core/contract/dispatch';
import { ERROR_CODE_PATTERN } from '../../core/contract/errors';
import { counterIdGen } from '../../core/model/ids';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { startRuntime, type Runtime } from '../../electron/services/runtime';
import { fakeBridge } from '../../renderer/src/bridge/fake';
import { tmpDir } from '../helpers/tmp';

describe('dispatch (fake bridge)', () => {
  const bridge = fakeBridge({ 'settings.get': async () => ({ language: 'en', lastEnterpriseId: null, exportDir: '', userName: '测试' }) });
  it('answers a known command', async () => {
    expect(await bridge.invoke('settings.get', {})).toEqual({ ok: true, data: { language: 'en', lastEnterpriseId: null, exportDir: '', userName: '测试' } });
  });
  it('refuses unknown names, missing handlers and bad arguments with error Results', async () => {
    expect(await dispatch({}, 'no.such', {})).toEqual({ ok: false, error: { code: 'E_UNKNOWN_COMMAND', details: { name: 'no.such' } } });
    expect(await dispatch({}, 42, {})).toEqual({ ok: false, error: { code: 'E_UNKNOWN_COMMAND', details: { name: 'number' } } });
    expect(await dispatch({}, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'E_UNKNOWN_COMMAND' } });
    const bad = await bridge.invoke('settings.get', { extra: 1 } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'E_INVALID_ARGUMENT', details: { issues: [{ code: 'unrecognized_keys' }] } } });
  });
  it('turns a handler exception into E_INTERNAL, and an AppError into its code', async () => {
    const seen: string[] = [];
    const r = await dispatch({ 'app.info': async () => { throw new TypeError('boom'); } }, 'app.info', {}, { onInternalError: (n) => seen.push(n) });
    expect(r).toEqual({ ok: false, error: { code: 'E_INTERNAL', details: { command: 'app.info' } } });
    expect(seen).toEqual(['app.info']);
  });
  it('every command name is namespaced and every error code matches E_[A-Z0-9_]+', async () => {
    for (const n of COMMAND_NAMES) expect(n).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
    const { ERROR_CODES } = await import('../../core/contract/errors');
    for (const c of ERROR_CODES) expect(c).toMatch(ERROR_CODE_PATTERN);
  });
});

function http(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers ?? {} }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('HTTP bridge (browser mode)', () => {
  const tmp = tmpDir();
  let rt: Runtime;
  let br: Bridge;
  const auth = () => ({ Host: `127.0.0.1:${br.port}`, Authorization: `Bearer ${br.token}`, 'Content-Type': 'application/json' });
  beforeAll(async () => {
    rt = await startRuntime({ dir: tmp.dir, app: 'test', mode: 'browser', idGen: counterIdGen(), sampleOnFirstRun: false });
    br = await startBridge({ invoke: rt.invoke, staticDir: null, port: 0, token: 'tok-123' });
  });
  afterAll(async () => {
    await br.close();
    await rt.close();
    tmp.remove();
  });

  it('GET /healthz needs no token', async () => {
    expect(await http(br.port, '/healthz')).toMatchObject({ status: 200, body: '{"ok":true}' });
  });
  it('answers a command with the right token, Host and no/same Origin', async () => {
    const r = await http(br.port, '/api/settings.get', { method: 'POST', headers: auth(), body: '{}' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, data: { language: 'zh-CN' } });
    const same = await http(br.port, '/api/settings.get', { method: 'POST', headers: { ...auth(), Origin: `http://127.0.0.1:${br.port}` }, body: '{}' });
    expect(same.status).toBe(200);
  });
  it('401 without or with a wrong token', async () => {
    const h = { Host: `127.0.0.1:${br.port}` };
    expect((await http(br.port, '/api/app.info', { method: 'POST', headers: h, body: '{}' })).status).toBe(401);
    const wrong = await http(br.port, '/api/app.info', { method: 'POST', headers: { ...h, Authorization: 'Bearer nope' }, body: '{}' });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toEqual({ ok: false, error: { code: 'E_UNAUTHORIZED' } });
  });
  it('403 for a foreign Host (DNS rebinding) or Origin (another local page)', async () => {
    const host = await http(br.port, '/api/app.info', { method: 'POST', headers: { ...auth(), Host: `evil.example:${br.port}` }, body: '{}' });
    expect(host.status).toBe(403);
    expect(JSON.parse(host.body)).toEqual({ ok: false, error: { code: 'E_FORBIDDEN', details: { reason: 'host' } } });
    const origin = await http(br.port, '/api/app.info', { method: 'POST', headers: { ...auth(), Origin: 'http://127.0.0.1:9999' }, body: '{}' });
    expect(origin.status).toBe(403);
    expect(JSON.parse(origin.body)).toEqual({ ok: false, error: { code: 'E_FORBIDDEN', details: { reason: 'origin' } } });
  });
  it('unknown names, bad JSON and bad arguments are error Results, not crashes', async () => {
    const unknown = await http(br.port, '/api/app.shutdown', { method: 'POST', headers: auth(), body: '{}' });
    expect(JSON.parse(unknown.body)).toEqual({ ok: false, error: { code: 'E_UNKNOWN_COMMAND', details: { name: 'app.shutdown' } } });
    const badJson = await http(br.port, '/api/app.info', { method: 'POST', headers: auth(), body: '{nope' });
    expect(JSON.parse(badJson.body)).toMatchObject({ ok: false, error: { code: 'E_INVALID_ARGUMENT' } });
    const badArg = await http(br.port, '/api/enterprises.create', { method: 'POST', headers: auth(), body: JSON.stringify({ name: '' }) });
    expect(JSON.parse(badArg.body)).toMatchObject({ ok: false, error: { code: 'E_INVALID_ARGUMENT', details: { issues: [{ path: 'name', code: 'too_small' }] } } });
    // the server still answers afterwards
    expect((await http(br.port, '/healthz')).status).toBe(200);
  });
});
