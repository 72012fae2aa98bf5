/**
 * The headless CLI (`npx safepost …`, DESIGN §8). Commands grow with the issues.
 */
import { parseArgs } from 'node:util';
import { AppError } from '../../core/contract/errors';
import { translate } from '../../core/i18n';
import { catalog } from './commands/catalog';
import { exportCmd } from './commands/export';
import { importCmd } from './commands/import';
import { pack } from './commands/pack';
import { printCmd } from './commands/print';
import { sample } from './commands/sample';
import { standards } from './commands/standards';
import type { Command } from './commands/types';
import { validate } from './commands/validate';
import { codeLine, EXIT_INVALID, EXIT_USAGE, nodeIo, type CliIo } from './io';

export const COMMANDS: Command[] = [validate, sample, standards, catalog, exportCmd, printCmd, importCmd, pack];

function help(io: CliIo): string {
  const lines = [
    'SafePost 命令行 / command line',
    '',
    '用法 / usage: safepost <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(58)} ${c.summary}`),
    '',
    '通用选项 / common options: --json  --lang zh-CN|en  --help',
    '退出码 / exit codes: 0 完成 done, 1 输入无效 invalid input, 2 用法或读写错误 usage or I/O error',
  ];
  return io.lang === 'en' ? lines.join('\n') : lines.join('\n');
}

export async function runCli(argv: string[], io?: CliIo): Promise<number> {
  const lang = argv.includes('--lang') && argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'zh-CN';
  const json = argv.includes('--json');
  const cio = io ?? nodeIo(lang, json);
  const name = argv.find((a) => !a.startsWith('-'));
  if (!name || argv.includes('--help') || argv.includes('-h')) {
    if (!name && !argv.includes('--help') && !argv.includes('-h')) {
      cio.err(help(cio));
      return EXIT_USAGE;
    }
    const cmd = COMMANDS.find((c) => c.name === name);
    cio.out(cmd ? `${cmd.usage}\n  ${cmd.summary}` : help(cio));
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    cio.err(`E_USAGE ${translate(cio.lang, 'errors.E_USAGE')} unknown command: ${name}`);
    cio.err(help(cio));
    return EXIT_USAGE;
  }
  const rest = argv.slice(argv.indexOf(name) + 1);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...(cmd.options ?? {}), json: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    cio.err(`E_USAGE ${e instanceof Error ? e.message : String(e)}`);
    cio.err(`usage: ${cmd.usage}`);
    return EXIT_USAGE;
  }
  try {
    return await cmd.run({ positionals: parsed.positionals, values: parsed.values as never }, cio);
  } catch (e) {
    if (e instanceof AppError) {
      const usage = e.code === 'E_USAGE';
      cio.err(codeLine(cio, e.code, e.details ? JSON.stringify(e.details) : ''));
      if (usage) cio.err(`usage: ${cmd.usage}`);
      const io = ['E_USAGE', 'E_FILE_NOT_FOUND', 'E_OUT_EXISTS', 'E_PERMISSION', 'E_DISK_FULL', 'E_READONLY_FS', 'E_IO', 'E_FILE_TOO_LARGE', 'E_WORKSPACE_READONLY'];
      return io.includes(e.code) ? EXIT_USAGE : EXIT_INVALID;
    }
    const errno = (e as NodeJS.ErrnoException).code;
    if (errno) {
      cio.err(`E_IO ${errno} ${e instanceof Error ? e.message : ''}`);
      return EXIT_USAGE;
    }
    cio.err(`E_INTERNAL ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT_USAGE;
  }
}

const isMain = process.argv[1] && /cli[\\/]main\.(ts|js|mjs)$/.test(process.argv[1]);
if (isMain) void runCli(process.argv.slice(2)).then((code) => process.exit(code));
