/**
 * `safepost validate FILE [--json]`: checks an enterprise file without changing or moving it.
 * Exit 1 when it cannot be parsed, fails the schema or has broken references; completeness gaps
 * are warnings (exit 0).
 */
import { AppError } from '../../../core/contract/errors';
import { completenessWarnings } from '../../../core/model/warnings';
import { warningText } from '../../../core/model/warningText';
import { readEnterpriseArg } from '../enterpriseArg';
import { codeLine, EXIT_INVALID, EXIT_OK, type CliIo } from '../io';
import type { Command } from './types';

function detailLines(e: AppError): string[] {
  const d = (e.details ?? {}) as { issues?: { path: string; code: string }[]; refs?: { path: string; id: string; problem: string }[] };
  return [...(d.issues ?? []).map((i) => `  ${i.path || '(root)'}: ${i.code}`), ...(d.refs ?? []).map((r) => `  ${r.path}: ${r.problem} ${r.id}`)];
}

/** Warnings of one code printed in full before the rest are counted. */
const WARNINGS_PER_CODE = 10;

export const validate: Command = {
  name: 'validate',
  summary: '检查企业文件（.json / .safepost），不修改文件 / check an enterprise file without changing it',
  usage: 'safepost validate FILE|--sample [--json]',
  options: { sample: { type: 'boolean' } },
  run(args, io: CliIo) {
    const file = args.positionals[0];
    try {
      const loaded = readEnterpriseArg(file, !!args.values.sample);
      const warnings = completenessWarnings(loaded.file);
      if (io.json) io.out(JSON.stringify({ ok: true, file: file ?? 'sample', schemaVersion: loaded.fromVersion || loaded.file.schemaVersion, migrated: loaded.migrated, errors: [], warnings }));
      else {
        // a register just imported can have hundreds of one kind: the first few, then how many more
        const shown = new Map<string, number>();
        for (const w of warnings) {
          const n = (shown.get(w.code) ?? 0) + 1;
          shown.set(w.code, n);
          if (n <= WARNINGS_PER_CODE) io.err(`${w.code} ${warningText(io.lang, w)} [${w.where}]`);
        }
        for (const [code, n] of shown) {
          if (n > WARNINGS_PER_CODE) io.err(io.lang === 'en' ? `${code} … ${n - WARNINGS_PER_CODE} more (--json lists all)` : `${code} …另有 ${n - WARNINGS_PER_CODE} 条（--json 列出全部）`);
        }
        io.err(`OK ${file ?? 'sample'}：${loaded.file.profile.name}（${warnings.length} 条提示 / warnings）`);
      }
      return EXIT_OK;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      if (e.code === 'E_USAGE' || e.code === 'E_FILE_NOT_FOUND') throw e;
      if (io.json) io.out(JSON.stringify({ ok: false, file, errors: [{ code: e.code, details: e.details ?? {} }], warnings: [] }));
      else {
        io.err(codeLine(io, e.code, file ?? ''));
        for (const l of detailLines(e)) io.err(l);
      }
      return EXIT_INVALID;
    }
  },
};
