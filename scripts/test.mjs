#!/usr/bin/env node
// npm test = typecheck + lint + vitest + renderer build + Playwright (DESIGN §7).
// Stops before Playwright, exit 1, when Debian Chromium is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['vitest', 'npx', ['vitest', 'run']],
  ['renderer build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
];

function run(name, cmd, args) {
  process.stderr.write(`\n▶ ${name}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    process.stderr.write(`✖ ${name} failed (exit ${r.status})\n`);
    process.exit(r.status ?? 1);
  }
}

for (const [name, cmd, args] of steps) run(name, cmd, args);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  process.stderr.write('Chromium not found: apt-get install -y chromium fonts-noto-cjk poppler-utils\n');
  process.exit(1);
}
run('playwright', 'npx', ['playwright', 'test']);
process.stderr.write('\n✔ all tests passed\n');
