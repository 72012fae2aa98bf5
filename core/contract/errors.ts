/**
 * Error codes: the one list shared by the contract, the CLI and the UI (DESIGN §2, §8).
 * Each code matches /^E_[A-Z0-9_]+$/ and has the i18n key `errors.<code>` in every locale.
 * Tests and scripts assert codes, never prose.
 */
export const ERROR_CODES = [
  // contract and transport
  'E_UNKNOWN_COMMAND', 'E_INVALID_ARGUMENT', 'E_INTERNAL', 'E_UNAUTHORIZED', 'E_FORBIDDEN', 'E_PAYLOAD_TOO_LARGE', 'E_BRIDGE',
  // workspace and storage
  'E_WORKSPACE_READONLY', 'E_WORKSPACE_INVALID', 'E_NOT_FOUND', 'E_FILE_NOT_FOUND', 'E_FILE_EMPTY', 'E_FILE_CORRUPT',
  'E_FILE_NOT_JSON', 'E_SCHEMA_NEWER', 'E_SCHEMA_INVALID', 'E_BROKEN_REFERENCE', 'E_MIGRATION_FAILED',
  'E_DISK_FULL', 'E_PERMISSION', 'E_READONLY_FS', 'E_IO', 'E_BACKUP_NOT_FOUND', 'E_CONFLICT',
  // enterprise and org
  'E_USCC_FORMAT', 'E_USCC_CHECKSUM', 'E_ORG_CYCLE', 'E_ORG_PARENT', 'E_PERSON_NOT_FOUND', 'E_ENTERPRISE_TRASHED',
  // exchange files
  'E_ZIP_INVALID', 'E_ZIP_SLIP', 'E_ZIP_NO_ENTERPRISE', 'E_ZIP_TOO_LARGE', 'E_FILE_TOO_LARGE', 'E_FILE_TYPE',
  // hazards, risk evaluation, duties
  'E_HAZARD_TEXT_REQUIRED', 'E_ACCIDENT_TYPE_REQUIRED', 'E_ACCIDENT_TYPE_EDITION', 'E_ACCIDENT_TYPE_UNKNOWN', 'E_HAZARD_SHARED',
  'E_RISK_OFF_SCALE', 'E_RISK_REASON_REQUIRED', 'E_RISK_RESIDUAL_ABOVE_INHERENT', 'E_RISK_MAJOR_FLOOR', 'E_BAND_TABLE_INVALID',
  'E_OWNER_NOT_FOUND', 'E_FREQUENCY_INVALID', 'E_CONTROL_MAP_INCOMPLETE',
  // import of registers
  'E_IMPORT_COLUMNS', 'E_IMPORT_FILE_TYPE', 'E_IMPORT_EMPTY', 'E_IMPORT_NO_HEADER', 'E_IMPORT_ENCODING',
  // documents and signs
  'E_DOC_UNKNOWN_KIND', 'E_DOC_INCOMPLETE', 'E_RENDER_FAILED', 'E_SIGN_UNKNOWN', 'E_SIGN_DISTANCE',
  // jobs
  'E_JOB_NOT_FOUND', 'E_JOB_CANCELLED', 'E_JOB_UNKNOWN_KIND',
  // CLI
  'E_USAGE', 'E_OUT_EXISTS',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const ERROR_CODE_PATTERN = /^E_[A-Z0-9_]+$/;

/** Details travel with an error: the field path, the allowed values, file paths… never prose. */
export type ErrorDetails = Record<string, unknown>;

export interface AppErrorShape {
  code: ErrorCode;
  details?: ErrorDetails;
}

/**
 * The one exception type used inside handlers and services. The dispatcher turns it into an
 * error Result; it never crosses IPC or HTTP as an exception.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;
  constructor(code: ErrorCode, details?: ErrorDetails) {
    super(details ? `${code} ${JSON.stringify(details)}` : code);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function isErrorCode(x: unknown): x is ErrorCode {
  return typeof x === 'string' && (ERROR_CODES as readonly string[]).includes(x);
}
