/**
 * Maps Node file-system errors to contract error codes with the path, so the user sees
 * "disk full" or "no permission" naming the file, never a stack trace.
 */
import { AppError, type ErrorCode } from '../../../core/contract/errors';

const BY_ERRNO: Record<string, ErrorCode> = {
  ENOSPC: 'E_DISK_FULL',
  EDQUOT: 'E_DISK_FULL',
  EACCES: 'E_PERMISSION',
  EPERM: 'E_PERMISSION',
  EROFS: 'E_READONLY_FS',
  ENOENT: 'E_FILE_NOT_FOUND',
};

export function ioError(e: unknown, path: string): AppError {
  if (e instanceof AppError) return e;
  const errno = (e as NodeJS.ErrnoException | undefined)?.code;
  const code = (errno && BY_ERRNO[errno]) || 'E_IO';
  return new AppError(code, { path, errno: errno ?? null });
}
