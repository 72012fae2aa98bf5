/**
 * CLI conventions (DESIGN §8): messages on stderr in zh-CN (or --lang en), each starting with a
 * stable code; --json prints one JSON document on stdout; exit 0 done (warnings allowed), 1
 * invalid input or blocking findings, 2 usage or I/O error.
 */
import { translate, type Lang } from '../../core/i18n';

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  lang: Lang;
  json: boolean;
  out(text: string): void;
  err(text: string): void;
}

export function nodeIo(lang: Lang, json: boolean): CliIo {
  return {
    lang,
    json,
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  };
}

/** One message line: `<CODE> <text>`; text is the translated message of an error code. */
export function codeLine(io: CliIo, code: string, extra = ''): string {
  const msg = /^E_/.test(code) ? translate(io.lang, `errors.${code}`) : '';
  return [code, msg, extra].filter(Boolean).join(' ');
}

export class UsageError extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}
