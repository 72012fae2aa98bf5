#!/usr/bin/env node
// The CLI shim (DESIGN §1/§8): registers tsx so the TypeScript sources run directly, right after
// `npm ci`, with no build step, from any folder.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
