/**
 * `safepost sample --out FILE`: writes the built-in sample enterprise (current schema version).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../core/contract/errors';
import { loadSample } from '../../services/sample';
import { EXIT_OK } from '../io';
import type { Command } from './types';

export const sample: Command = {
  name: 'sample',
  summary: '写出内置示例企业 / write the built-in sample enterprise',
  usage: 'safepost sample --out FILE.json [--force]',
  options: { out: { type: 'string' }, force: { type: 'boolean' } },
  run(args, io) {
    const out = args.values.out as string | undefined;
    if (!out) throw new AppError('E_USAGE', { reason: '--out FILE is required' });
    if (existsSync(out) && !args.values.force) throw new AppError('E_OUT_EXISTS', { path: out });
    mkdirSync(dirname(out), { recursive: true });
    const doc = loadSample();
    writeFileSync(out, `${JSON.stringify(doc, null, 1)}\n`);
    if (io.json) io.out(JSON.stringify({ ok: true, out, id: doc.id, name: doc.profile.name }));
    else io.err(`OK ${out}：${doc.profile.name}`);
    return EXIT_OK;
  },
};
