#!/usr/bin/env node
// npm run test:reliability (run by .ci/run): 200 SIGKILLs during saves and backups, disk faults,
// corruption, two processes on one workspace, property-based malformed input, security, safe file
// names. Cross-platform env setting, hence a script.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, SAFEPOST_KILLS: process.env.SAFEPOST_KILLS ?? '200', SAFEPOST_RELIABILITY: '1' };
const run = (args) => {
  const r = spawnSync('npx', ['vitest', 'run', ...args], { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(['--project', 'electron', 'tests/unit/crashSafety.test.ts', 'tests/unit/diskFaults.test.ts', 'tests/unit/contract.test.ts', 'electron/security.test.ts']);
run(['--project', 'reliability']);
spawnSync(process.execPath, ['scripts/security-report.mjs'], { stdio: 'inherit' });
