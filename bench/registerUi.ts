/**
 * The register screen (风险数据库) with 10 000 hazards in Chromium (whole-job issue): browser mode
 * on a workspace holding the synthetic enterprise, driven by Playwright with Debian's Chromium.
 * - first rows: from navigating to the screen (app already loaded) until the first row is shown;
 *   floor: fetching and parsing the same enterprise over the same HTTP API in the page.
 * - filter: from typing a search text until the row count shows the filtered number.
 * Needs /usr/bin/chromium (README's apt line); without it the rows say so and nothing is measured.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { counterIdGen } from '../core/model/ids';
import { registerRows } from '../core/model/registerRows';
import { nodeFs } from '../electron/services/storage/fsPort';
import { Workspace } from '../electron/services/workspace';
import { startServer } from '../tests/helpers/bridge';
import { row, type BenchRow } from './measure';
import { syntheticEnterprise } from './synthetic';

const CHROMIUM = '/usr/bin/chromium';
const root = join(import.meta.dirname, '..');
export async function benchRegisterUi(hazards = 10_000): Promise<BenchRow[]> {
  if (!existsSync(CHROMIUM)) return [{ name: `register screen (${hazards} rows)`, ms: 0, floorMs: null, ratio: null, note: `not measured: ${CHROMIUM} missing (apt-get install chromium)` }];
  const dir = mkdtempSync(join(tmpdir(), 'safepost-bench-ui-'));
  let child: ChildProcess | null = null;
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const staticDir = join(dir, 'dist');
    execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error', '--outDir', staticDir, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
    const doc = syntheticEnterprise({ workshops: 6, posts: 60, hazards });
    const wsDir = join(dir, 'ws');
    const ws = await new Workspace({ dir: wsDir, fs: nodeFs, clock: () => new Date(), idGen: counterIdGen(), app: 'cli' }).open();
    await ws.store.create(doc);
    await ws.close();
    // the filter: a level-independent text that matches a known share of the rows
    const needle = '防护';
    // the fields the screen searches (RiskDatabase.tsx)
    const expected = registerRows(doc).filter((r) => [r.hazard, r.riskPoint, r.place, r.workshop, r.team, ...r.posts, ...Object.values(r.measures).flat(), ...r.accidentTypes].join('|').includes(needle)).length;

    const started = await startServer(wsDir, ['--static', staticDir]);
    child = started.child;
    const origin = new URL(started.url).origin;
    const token = started.url.split('#token=')[1]!;
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(started.url);
    await page.locator('body[data-ready="1"]').waitFor({ state: 'attached' });

    const floorMs = await page.evaluate(async ({ origin, token }) => {
      const t0 = performance.now();
      const res = await fetch(`${origin}/api/enterprises.get`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ id: 'ent_bench' }) });
      await res.json();
      return performance.now() - t0;
    }, { origin, token });

    const t0 = performance.now();
    await page.goto(`${origin}/#/e/ent_bench/risks`);
    await page.getByTestId('risk-row').first().waitFor({ state: 'visible', timeout: 120_000 });
    const firstRows = performance.now() - t0;

    const t1 = performance.now();
    await page.getByTestId('risk-search').locator('input').fill(needle);
    await page.getByTestId('risk-counts').filter({ hasText: `显示 ${expected} 项` }).waitFor({ timeout: 60_000 });
    const filter = performance.now() - t1;
    return [
      row(`register screen: first rows (${hazards} hazards)`, firstRows, floorMs, 'floor: fetch + JSON.parse of the same enterprise in the page'),
      row(`register screen: filter “${needle}” (${expected} rows)`, filter, null, 'typing until the count shows the result'),
    ];
  } finally {
    await browser.close();
    if (child) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
