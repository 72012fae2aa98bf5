/**
 * `safepost pack ENTERPRISE|--sample --out DIR [--json]`: the whole document pack in a dated folder
 * inside DIR. Exit 0 only when every document kind was written (warnings allowed); 1 when a kind
 * had to be skipped for blocking gaps.
 */
import { AppError } from '../../../core/contract/errors';
import { localDate } from '../../../core/model/dates';
import { buildPack } from '../../services/documents/pack';
import { nodeFs } from '../../services/storage/fsPort';
import { readEnterpriseArg } from '../enterpriseArg';
import { EXIT_INVALID, EXIT_OK } from '../io';
import type { Command } from './types';

export const pack: Command = {
  name: 'pack',
  summary: '生成全套资料（含目录） / write the whole document pack with its contents list',
  usage: 'safepost pack ENTERPRISE|--sample --out DIR [--json]',
  options: { sample: { type: 'boolean' }, out: { type: 'string' } },
  async run(args, io) {
    const out = args.values.out as string | undefined;
    if (!out) throw new AppError('E_USAGE', { reason: '--out DIR is required' });
    const { file: doc } = readEnterpriseArg(args.positionals[0], !!args.values.sample);
    const r = await buildPack(doc, out, { today: localDate(new Date()), preparer: '' }, {
      fs: nodeFs,
      progress: io.json ? undefined : (d, t, l) => l && io.err(`… ${d + 1}/${t} ${l}`),
    });
    if (io.json) {
      io.out(JSON.stringify({ ok: r.skipped.length === 0, dir: r.dir, files: r.files.map((f) => ({ file: f.relPath, kind: f.kind, format: f.format, unit: f.unit, pages: f.pages, bytes: f.bytes })), warnings: r.warnings, skipped: r.skipped, notApplicable: r.notApplicable }));
    } else {
      for (const w of r.warnings) io.err(`${w.code} ${w.kind}：${w.text}`);
      for (const s of r.notApplicable) io.err(`不适用 ${s.kind}：${s.text}`);
      for (const s of r.skipped) io.err(`E_DOC_INCOMPLETE ${s.kind}：${s.text}`);
      io.err(`OK ${r.dir}：${r.files.length} 个文件`);
    }
    return r.skipped.length === 0 ? EXIT_OK : EXIT_INVALID;
  },
};
