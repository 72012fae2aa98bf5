import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from '../io';

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
}

/** One CLI command: its options (parsed by node:util parseArgs) and a run function → exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options?: NonNullable<ParseArgsConfig['options']>;
  /** Sub-commands take the first positional (e.g. `catalog stats`). */
  run(args: ParsedArgs, io: CliIo): number | Promise<number>;
}
