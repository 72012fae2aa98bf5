/**
 * `safepost sample --out FILE` writes the built-in sample enterprise (current schema version);
 * `safepost sample --workspace DIR` adds it to a workspace (refused, read-only, while another
 * process such as the app holds the workspace lock).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../core/contract/errors';
import { startRuntime } from '../../services/runtime';
import { loadSample } from '../../services/sample';
import { EXIT_OK } from '../io';
import type { Command } from './types';

export const sample: Command = {
  name: 'sample',
  summary: '写出内置示例企业，或加入工作区 / write the built-in sample enterprise, or add it to a workspace',
  usage: 'safepost sample --out FILE.json [--force] | --workspace DIR',
  options: { out: { type: 'string' }, force: { type: 'boolean' }, workspace: { type: 'string' } },
  async run(args, io) {
    const out = args.values.out as string | undefined;
    const ws = args.values.workspace as string | undefined;
    if (!out && !ws) throw new AppError('E_USAGE', { reason: '--out FILE or --workspace DIR is required' });
    if (ws) {
      const rt = await startRuntime({ dir: ws, app: 'cli', mode: 'test', sampleOnFirstRun: false });
      try {
        const info = rt.services.workspace();
        if (info.readOnly) throw new AppError('E_WORKSPACE_READONLY', { holder: info.lockHolder });
        const r = await rt.invoke('enterprises.createSample', {});
        if (!r.ok) throw new AppError(r.error.code, r.error.details);
        const s = r.data as { id: string; name: string };
        if (io.json) io.out(JSON.stringify({ ok: true, workspace: ws, id: s.id, name: s.name }));
        else io.err(`OK ${ws}：${s.name}（${s.id}）`);
      } finally {
        await rt.close();
      }
      return EXIT_OK;
    }
    if (existsSync(out!) && !args.values.force) throw new AppError('E_OUT_EXISTS', { path: out });
    mkdirSync(dirname(out!), { recursive: true });
    const doc = loadSample();
    writeFileSync(out!, `${JSON.stringify(doc, null, 1)}\n`);
    if (io.json) io.out(JSON.stringify({ ok: true, out, id: doc.id, name: doc.profile.name }));
    else io.err(`OK ${out}：${doc.profile.name}`);
    return EXIT_OK;
  },
};
