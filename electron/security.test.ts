import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedNavigation, permissionAllowed, WEB_PREFERENCES, WINDOW_OPEN_HANDLER_RESULT } from './security';

describe('Electron security constants (DESIGN §7)', () => {
  it('webPreferences isolate the renderer', () => {
    expect(WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false });
  });
  it('the CSP is exactly the one of DESIGN §7', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
  it('the page meta CSP matches it (frame-ancestors only works as a header)', () => {
    const html = readFileSync(join(import.meta.dirname, '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    expect(html).toContain('<html lang="zh-CN">');
  });
  it('navigation stays on the bundle; new windows and permissions are denied', () => {
    const app = 'file:///opt/SafePost/resources/app.asar/dist/renderer/index.html';
    expect(isAllowedNavigation(`${app}#/settings`, app)).toBe(true);
    expect(isAllowedNavigation('file:///etc/passwd', app)).toBe(false);
    expect(isAllowedNavigation('https://example.com/', app)).toBe(false);
    expect(isAllowedNavigation('not a url', app)).toBe(false);
    expect(WINDOW_OPEN_HANDLER_RESULT).toEqual({ action: 'deny' });
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(permissionAllowed(p)).toBe(false);
  });
  it("only main.ts, window.ts and preload.ts import 'electron'", async () => {
    const { readdirSync } = await import('node:fs');
    const root = join(import.meta.dirname, '..');
    const files = ['core', 'electron', 'renderer'].flatMap((d) =>
      (readdirSync(join(root, d), { recursive: true }) as string[]).filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f)).map((f) => `${d}/${f.replace(/\\/g, '/')}`),
    );
    const hits = files.filter((f) => /from 'electron'|require\('electron'\)/.test(readFileSync(join(root, f), 'utf8'))).sort();
    expect(hits).toEqual(['electron/main.ts', 'electron/preload.ts', 'electron/window.ts']);
  });
});
