/**
 * Hermetic Playwright fixtures (after Bruno): every test starts browser mode on port 0 with a
 * fresh workspace, waits for the single `SAFEPOST_READY` line, opens the app and waits for the
 * readiness marker `body[data-ready="1"]`. No sleeps.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../helpers/bridge';

export interface SafepostServer {
  url: string;
  origin: string;
  token: string;
  workspace: string;
  /** Calls the contract directly (setup steps that are not what the test is about). */
  api<T = unknown>(name: string, arg?: unknown): Promise<T>;
}

export const test = base.extend<{ server: SafepostServer; app: Page }>({
  server: async ({}, use) => {
    const workspace = mkdtempSync(join(tmpdir(), 'safepost-e2e-'));
    const { child, url } = await startServer(workspace);
    const origin = new URL(url).origin;
    const token = url.split('#token=')[1]!;
    const api = async <T,>(name: string, arg: unknown = {}): Promise<T> => {
      const res = await fetch(`${origin}/api/${name}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(arg) });
      const body = (await res.json()) as { ok: boolean; data?: T; error?: unknown };
      if (!body.ok) throw new Error(`${name} failed: ${JSON.stringify(body.error)}`);
      return body.data as T;
    };
    await use({ url, origin, token, workspace, api });
    // a graceful stop releases the workspace lock; a server that hangs is killed so teardown
    // stays bounded on a loaded machine
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    rmSync(workspace, { recursive: true, force: true });
  },
  app: async ({ page, server }, use) => {
    await page.goto(server.url);
    await expect(page.locator('body[data-ready="1"]')).toBeAttached();
    await use(page);
  },
});

export { expect };
