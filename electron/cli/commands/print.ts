/**
 * `safepost print <what> ENTERPRISE|--sample --out DIR [--force] [--suggested] [--post ID|NAME] [--json]`:
 * writes the printable documents of <what> into DIR (DESIGN §8: DIR is created; existing files are refused
 * unless --force; names `<序号>_<title>[_<unit>].<ext>`).
 *
 * <what> comes from PRINT_TARGETS; a new target (cards, notices …) is one more entry there.
 * Kinds with blocking gaps are skipped with a warning line; when every kind is blocked the command
 * fails with E_DOC_INCOMPLETE (exit 1).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../core/contract/errors';
import { documentFileName } from '../../../core/documents/fileNames';
import { documentKind, type DocFinding, type DocFormat } from '../../../core/documents/registry';
import { localDate } from '../../../core/model/dates';
import type { EnterpriseFile } from '../../../core/model/enterpriseFile';
import { counterIdGen } from '../../../core/model/ids';
import { applySignPlacementOp } from '../../../core/signs/placementOps';
import { jobsFor, writeDocuments } from '../../services/documents/produce';
import { nodeFs } from '../../services/storage/fsPort';
import { readEnterpriseArg } from '../enterpriseArg';
import { EXIT_OK } from '../io';
import type { Command } from './types';
import { CARD_PRINT_TARGETS, paperOf, posterOf, resolvePost } from './printCards';

export interface PrintTarget {
  /** Document kind ids written, in order. */
  kinds: readonly string[];
  summary: string;
  /** Optional in-memory preparation (never written back to the enterprise file). */
  prepare?: (doc: EnterpriseFile, values: Record<string, unknown>) => EnterpriseFile;
  /** Formats written (default: every format of each kind). */
  formats?: (values: Record<string, unknown>) => DocFormat[];
  /**
   * Narrows the enterprise after the completeness check, before rendering (e.g. --post keeps the
   * signs of that post's riskPoints): findings stay about the whole enterprise, the files cover
   * only what is kept. Throws E_DOC_INCOMPLETE when nothing is left.
   */
  narrow?: (doc: EnterpriseFile, values: Record<string, unknown>) => EnterpriseFile;
  /** Keeps some (kind, unit) jobs only (e.g. --post); undefined: every unit. */
  only?: (doc: EnterpriseFile, values: Record<string, unknown>) => ((kindId: string, unitId: string | undefined) => boolean) | undefined;
}

/** Places without a plan take their suggested signs (--suggested). */
function withSuggestions(doc: EnterpriseFile, values: Record<string, unknown>): EnterpriseFile {
  return values.suggested ? applySignPlacementOp(doc, { op: 'adoptAll' }, counterIdGen()) : doc;
}

/**
 * `--post ID|NAME` for signs and placement: keeps the sign placements of the riskPoints (places and
 * activities) the post is exposed at (riskPoint.postIds), so the sheets, the print-shop file and the
 * placement list cover that post only. Unknown post: E_NOT_FOUND; a post without planned signs:
 * E_DOC_INCOMPLETE.
 */
function signsOfPost(doc: EnterpriseFile, values: Record<string, unknown>): EnterpriseFile {
  if (typeof values.post !== 'string') return doc;
  const postId = resolvePost(doc, values.post);
  const places = new Set(doc.riskPoints.filter((r) => r.postIds.includes(postId)).map((r) => r.id));
  const signPlacements = doc.signPlacements.filter((p) => places.has(p.riskPointId));
  if (signPlacements.length === 0) throw new AppError('E_DOC_INCOMPLETE', { post: values.post, reason: 'no planned signs at the places of this post' });
  return { ...doc, signPlacements };
}

/** The print targets: `print <key>`. Add cards/notices here. */
export const PRINT_TARGETS: Record<string, PrintTarget> = {
  signs: { kinds: ['signs.sheets', 'signs.shop'], summary: '安全标志（打印）及制作文件 / printable signs and the print-shop file', prepare: withSuggestions, narrow: signsOfPost },
  placement: { kinds: ['signs.placement'], summary: '安全标志设置一览表 / sign placement list', prepare: withSuggestions, narrow: signsOfPost },
  ...CARD_PRINT_TARGETS,
};

const targets = () => Object.keys(PRINT_TARGETS).join('|');

export const printCmd: Command = {
  name: 'print',
  summary: '打印安全标志、设置一览表、岗位告知卡、公告栏 / print signs, placement list, post cards, notices',
  usage: `safepost print ${targets()} ENTERPRISE|--sample --out DIR [--force] [--suggested] [--post ID|NAME] [--size A4|A3] [--poster A3|A2|A1] [--docx] [--json]`,
  options: {
    sample: { type: 'boolean' }, out: { type: 'string' }, force: { type: 'boolean' }, suggested: { type: 'boolean' },
    post: { type: 'string' }, size: { type: 'string' }, poster: { type: 'string' }, docx: { type: 'boolean' },
  },
  async run(args, io) {
    const [what, file] = args.positionals;
    const target = what ? PRINT_TARGETS[what] : undefined;
    if (!target) throw new AppError('E_USAGE', { reason: `first argument: ${targets()}` });
    const out = args.values.out as string | undefined;
    if (!out) throw new AppError('E_USAGE', { reason: '--out DIR is required' });
    const loaded = readEnterpriseArg(file, !!args.values.sample).file;
    const prepared = target.prepare ? target.prepare(loaded, args.values) : loaded;
    const warnings: DocFinding[] = [];
    const kinds: string[] = [];
    let blocked: DocFinding[] = [];
    for (const id of target.kinds) {
      const kind = documentKind(id);
      if (!kind) throw new AppError('E_DOC_UNKNOWN_KIND', { kind: id });
      const c = kind.check(prepared);
      if (c.blocking.length > 0) {
        blocked = [...blocked, ...c.blocking];
        warnings.push(...c.blocking.map((b) => ({ code: b.code, text: `${kind.title}：${b.text}` })));
        continue;
      }
      kinds.push(id);
      for (const w of c.warnings) if (!warnings.some((x) => x.code === w.code && x.text === w.text)) warnings.push(w);
    }
    if (kinds.length === 0) throw new AppError('E_DOC_INCOMPLETE', { target: what, findings: blocked });
    const doc = target.narrow ? target.narrow(prepared, args.values) : prepared;
    const formats = target.formats?.(args.values);
    const only = target.only?.(doc, args.values);
    const pageSize = paperOf(args.values);
    const posterSize = posterOf(args.values);
    if (only && !jobsFor(doc, kinds, formats).some((j) => only(j.kind.id, j.unitId))) throw new AppError('E_DOC_INCOMPLETE', { target: what, post: args.values.post, reason: 'nothing to print for this post' });
    // refuse before writing anything: an existing output file stops the whole run (unless --force)
    if (!args.values.force) {
      for (const j of jobsFor(doc, kinds, formats).filter((x) => !only || only(x.kind.id, x.unitId))) {
        const unit = j.unitId ? j.kind.units?.(doc).find((u) => u.id === j.unitId) : undefined;
        const path = join(out, documentFileName(j.kind.order, j.kind.title, j.format, unit?.name));
        if (existsSync(path)) throw new AppError('E_OUT_EXISTS', { path });
      }
    }
    const paths = await writeDocuments(doc, out, kinds, { today: localDate(new Date()), preparer: '', pageSize, ...(posterSize ? { posterSize } : {}), ...(args.values.suggested ? { signsSuggested: true } : {}) }, { fs: nodeFs, force: !!args.values.force, ...(only ? { only } : {}) }, formats);
    if (io.json) io.out(JSON.stringify({ ok: true, files: paths, warnings }));
    else {
      for (const w of warnings) io.err(`${w.code} ${w.text}`);
      for (const p of paths) io.err(`OK ${p}`);
    }
    return EXIT_OK;
  },
};
