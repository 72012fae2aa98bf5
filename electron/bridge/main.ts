/**
 * `npm run web -- [--port N] [--workspace DIR]`: serves the built renderer and the contract on
 * 127.0.0.1 and prints exactly one line `SAFEPOST_READY http://127.0.0.1:<port>/#token=<t>` on
 * stdout when ready (tests wait for it). Everything else goes to stderr.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../services/resources';
import { resolveWorkspaceDir, startRuntime } from '../services/runtime';
import { startBridge } from './server';

export const READY_PREFIX = 'SAFEPOST_READY';

export async function runWeb(argv: string[], banner?: string): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, workspace: { type: 'string' }, static: { type: 'string' } },
    allowPositionals: false,
    strict: true,
  });
  const port = values.port === undefined ? 5178 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`E_USAGE --port must be 0–65535 (got ${values.port})\n`);
    process.exit(2);
  }
  const staticDir = values.static ?? join(repoRoot() ?? process.cwd(), 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    process.stderr.write(`E_FILE_NOT_FOUND renderer not built: ${staticDir} (run: npx vite build)\n`);
    process.exit(2);
  }
  const dir = resolveWorkspaceDir(values.workspace);
  const runtime = await startRuntime({ dir, app: 'web', mode: 'browser', log: (l) => process.stderr.write(`${l}\n`) });
  const bridge = await startBridge({ invoke: runtime.invoke, staticDir, port });
  const ws = runtime.services.workspace();
  process.stderr.write(`workspace: ${ws.dir}${ws.readOnly ? ' (只读 / read-only: locked by another process)' : ''}\n`);
  if (banner) process.stdout.write(`${banner}\n`);
  process.stdout.write(`${READY_PREFIX} ${bridge.url}\n`);
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await bridge.close().catch(() => undefined);
    await runtime.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

const isMain = process.argv[1] && /bridge[\\/]main\.(ts|js|mjs)$/.test(process.argv[1]);
if (isMain) {
  runWeb(process.argv.slice(2)).catch((e: unknown) => {
    const code = (e as { code?: string }).code;
    process.stderr.write(`${code && /^E_/.test(code) ? code : 'E_INTERNAL'} ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  });
}
