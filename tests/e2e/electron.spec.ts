/**
 * The Electron shell, where an Electron binary exists (never on this machine or CI: its download
 * is blocked). Skips with a clear line otherwise; the same UI is covered in browser mode.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

function electronBinary(): string | null {
  if (process.env.ELECTRON_BINARY && existsSync(process.env.ELECTRON_BINARY)) return process.env.ELECTRON_BINARY;
  // Do not require('electron'): on Electron ≥ 42 that starts the download.
  const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const p = join(dir, 'path.txt');
  if (!existsSync(p)) return null;
  const bin = join(dir, 'dist', readFileSync(p, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

const bin = electronBinary();
if (!bin) console.log('SKIP electron shell: Electron binary not installed (no GitHub access); covered in browser mode');

test.describe('electron shell', () => {
  test.skip(!bin, 'Electron binary not installed (no GitHub access)');
  test('opens the main window with the app frame and the contract over IPC', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'safepost-electron-'));
    const app = await electron.launch({ executablePath: bin!, args: ['.', '--no-sandbox', `--workspace=${ws}`] });
    const win = await app.firstWindow();
    await expect(win.locator('body[data-ready="1"]')).toBeAttached();
    await expect(win.getByTestId('nav')).toContainText('企业列表');
    const info = await win.evaluate(() => window.safepost!.invoke('app.info', {}));
    expect(info).toMatchObject({ ok: true, data: { mode: 'electron' } });
    const bad = await win.evaluate(() => window.safepost!.invoke('no.such', {}));
    expect(bad).toMatchObject({ ok: false, error: { code: 'E_UNKNOWN_COMMAND' } });
    await app.close();
  });
});
