/**
 * `safepost export register|duties|checklists ENTERPRISE --out DIR [--force] [--json]`: writes the
 * documents of that group (all their formats and units) into DIR.
 */
import { AppError } from '../../../core/contract/errors';
import { DOCUMENT_KINDS, type DocGroup } from '../../../core/documents/registry';
import { localDate } from '../../../core/model/dates';
import { writeDocuments } from '../../services/documents/produce';
import { nodeFs } from '../../services/storage/fsPort';
import { readEnterpriseArg } from '../enterpriseArg';
import { EXIT_OK } from '../io';
import type { Command } from './types';

const WHAT: Record<string, DocGroup> = { register: 'register', duties: 'duties', checklists: 'checklists' };

export const exportCmd: Command = {
  name: 'export',
  summary: '导出风险清单、责任清单、隐患排查表 / export the register, duty lists, checklists',
  usage: 'safepost export register|duties|checklists ENTERPRISE|--sample --out DIR [--force] [--json]',
  options: { sample: { type: 'boolean' }, out: { type: 'string' }, force: { type: 'boolean' } },
  async run(args, io) {
    const [what, file] = args.positionals;
    const group = what ? WHAT[what] : undefined;
    if (!group) throw new AppError('E_USAGE', { reason: 'first argument: register | duties | checklists' });
    const out = args.values.out as string | undefined;
    if (!out) throw new AppError('E_USAGE', { reason: '--out DIR is required' });
    const { file: doc } = readEnterpriseArg(file, !!args.values.sample);
    const kinds = DOCUMENT_KINDS.filter((k) => k.group === group).map((k) => k.id);
    if (kinds.length === 0) throw new AppError('E_DOC_UNKNOWN_KIND', { group });
    const warnings = DOCUMENT_KINDS.filter((k) => kinds.includes(k.id)).flatMap((k) => k.check(doc).warnings);
    const paths = await writeDocuments(doc, out, kinds, { today: localDate(new Date()), preparer: '' }, { fs: nodeFs, force: !!args.values.force });
    if (io.json) io.out(JSON.stringify({ ok: true, files: paths, warnings }));
    else {
      for (const w of warnings) io.err(`${w.code} ${w.text}`);
      for (const p of paths) io.err(`OK ${p}`);
    }
    return EXIT_OK;
  },
};
