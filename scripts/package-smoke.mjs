#!/usr/bin/env node
// Offline packaging smoke (tech-notes §1): electron-builder --linux dir with a fake electronDist
// (the real Electron zip cannot be downloaded here), then check that app.asar holds the built
// app and pdfkit, and that the fonts and the sample were copied as extra resources.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const fake = mkdtempSync(join(tmpdir(), 'fake-electron-'));
writeFileSync(join(fake, 'electron'), '#!/bin/sh\necho fake electron\n');
chmodSync(join(fake, 'electron'), 0o755);
writeFileSync(join(fake, 'version'), require('electron/package.json').version);
mkdirSync(join(fake, 'resources'));

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['electron-vite', 'build']);
run('npx', ['electron-builder', '--linux', 'dir', `-c.electronDist=${fake}`, '--publish', 'never']);

const res = 'release/linux-unpacked/resources';
const asar = require('@electron/asar');
const files = asar.listPackage(join(res, 'app.asar')).map((f) => f.replace(/\\/g, '/'));
const must = ['/dist/main/index.js', '/dist/preload/index.cjs', '/dist/renderer/index.html', '/node_modules/pdfkit/package.json', '/node_modules/svg-to-pdfkit/package.json'];
const missing = must.filter((m) => !files.includes(m));
const extras = ['fonts/NotoSansSC-Regular.ttf', 'fonts/NotoSansSC-Bold.ttf', 'sample/enterprise.json'].filter((f) => !existsSync(join(res, f)));
if (missing.length || extras.length) {
  console.error(`packaging smoke FAILED: missing in app.asar: ${missing.join(', ') || '-'}; missing resources: ${extras.join(', ') || '-'}`);
  process.exit(1);
}
console.log(`packaging smoke OK: app.asar holds ${files.length} entries incl. dist/ and pdfkit; fonts and sample present`);
