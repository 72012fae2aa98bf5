/**
 * Reads the ENTERPRISE argument every command takes (DESIGN §8): a `.json` or `.safepost` file,
 * or `--sample`. Reading never changes or moves the file.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { AppError } from '../../core/contract/errors';
import { loadEnterpriseText, type LoadedEnterprise } from '../../core/model/load';
import { unpackEnterprise } from '../services/exchange';
import { loadSample } from '../services/sample';

export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export function readEnterpriseArg(file: string | undefined, sample: boolean): LoadedEnterprise {
  if (sample) return { file: loadSample(), fromVersion: 0, migrated: false };
  if (!file) throw new AppError('E_USAGE', { reason: 'missing ENTERPRISE (a .json or .safepost file, or --sample)' });
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError('E_FILE_NOT_FOUND', { path: file });
  }
  if (size > MAX_INPUT_BYTES) throw new AppError('E_FILE_TOO_LARGE', { path: file, bytes: size });
  const bytes = readFileSync(file);
  if (extname(file).toLowerCase() === '.safepost') return unpackEnterprise(new Uint8Array(bytes)).loaded;
  return loadEnterpriseText(bytes.toString('utf8'));
}
