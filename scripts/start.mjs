#!/usr/bin/env node
// npm start: builds and launches Electron. Electron ≥ 42 downloads its binary on first use, so
// right after `npm ci` it is never there: try the download once with a timeout; when it cannot be
// had (offline), say so and serve browser mode instead (DESIGN §2).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

function electronBinary() {
  const dir = dirname(require.resolve('electron/package.json'));
  const pathTxt = join(dir, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const bin = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

let bin = electronBinary();
if (!bin) {
  const dir = dirname(require.resolve('electron/package.json'));
  process.stderr.write('正在尝试下载 Electron / trying to download Electron…\n');
  spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore', timeout: 60_000 });
  bin = electronBinary();
}

if (bin) {
  const b = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
  const child = spawn(bin, ['.', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/bridge/main.ts', ...args], { stdio: ['inherit', 'pipe', 'inherit'] });
  let first = true;
  child.stdout.on('data', (d) => {
    if (first && d.toString().includes('SAFEPOST_READY')) {
      first = false;
      process.stdout.write('Electron 不可用，已改用浏览器模式 / Electron unavailable, using browser mode\n');
    }
    process.stdout.write(d);
  });
  for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
  child.on('exit', (code) => process.exit(code ?? 0));
}
