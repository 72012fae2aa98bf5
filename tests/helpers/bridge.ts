/**
 * Starts browser mode on port 0 with `workspace` and resolves at its single `SAFEPOST_READY <url>`
 * line (DESIGN §2). SAFEPOST_STATIC serves a renderer built elsewhere (parallel runs must not share
 * dist/). Used by the e2e fixtures and the Chromium benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export function startServer(workspace: string, extraArgs: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    // SAFEPOST_STATIC: serve a renderer built elsewhere (parallel runs must not share dist/)
    const staticArgs = process.env.SAFEPOST_STATIC ? ['--static', process.env.SAFEPOST_STATIC] : [];
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/bridge/main.ts', '--port', '0', '--workspace', workspace, ...staticArgs, ...extraArgs], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^SAFEPOST_READY (\S+)$/m.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`browser mode exited (${code}) before READY: ${err}`)));
  });
}
