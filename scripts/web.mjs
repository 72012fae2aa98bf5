#!/usr/bin/env node
// `npm run web -- [--port N] [--workspace DIR]`: builds the renderer, then serves browser mode.
// A node script rather than `vite build && node …` in package.json: it runs the same under cmd.exe,
// passes SIGINT/SIGTERM on to the server, and stops the server when whoever started it is gone
// (npm's shell does not pass a SIGTERM on and dies; this script is then re-parented), so no server
// and no workspace lock are left behind.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const b = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (b.status !== 0) process.exit(b.status ?? 1);
const child = spawn(process.execPath, ['--import', 'tsx', 'electron/bridge/main.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
const parent = process.ppid;
setInterval(() => process.ppid !== parent && child.kill('SIGTERM'), 1000).unref();
child.on('exit', (code) => process.exit(code ?? 0));
