/**
 * `safepost catalog stats [--json]`: size and coverage of the hazard library.
 */
import { AppError } from '../../../core/contract/errors';
import { catalogStats } from '../../../core/catalog/stats';
import { EXIT_OK } from '../io';
import type { Command } from './types';

export const catalog: Command = {
  name: 'catalog',
  summary: '危险因素库统计 / hazard library counts',
  usage: 'safepost catalog stats [--json]',
  run(args, io) {
    if (args.positionals[0] !== 'stats') throw new AppError('E_USAGE', { reason: 'sub-command: stats' });
    const s = catalogStats();
    if (io.json) {
      io.out(JSON.stringify(s, null, 2));
      return EXIT_OK;
    }
    io.out(`危险因素库 ${s.libraryVersion}：共 ${s.total} 条`);
    io.out(`按行业：${Object.entries(s.byIndustry).map(([k, v]) => `${k} ${v}`).join('，')}`);
    for (const [k, v] of Object.entries(s.bySection)) io.out(`  ${k}: ${v}`);
    return EXIT_OK;
  },
};
