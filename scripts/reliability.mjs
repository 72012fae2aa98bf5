#!/usr/bin/env node
// npm run test:reliability: the crash-safety test with 200 SIGKILLs, disk faults, and the
// reliability suite (tests/reliability). Cross-platform env setting, hence a script.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const files = ['tests/unit/crashSafety.test.ts', 'tests/unit/diskFaults.test.ts'];
if (existsSync('tests/reliability')) files.push('tests/reliability');
const r = spawnSync('npx', ['vitest', 'run', '--project', 'electron', ...files], { stdio: 'inherit', env: { ...process.env, SAFEPOST_KILLS: process.env.SAFEPOST_KILLS ?? '200' } });
process.exit(r.status ?? 1);
