/**
 * Result shapes of the contract that are not entities of core/model.
 */
import { z } from 'zod';
import type { ErrorCode } from './errors';
import type { Industry } from '../model/vocab';
import type { PersonRole } from '../model/org';

/** Files cross the contract as base64 (DESIGN §2), at most 50 MB decoded. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const FilePayloadSchema = z.object({
  fileName: z.string().min(1).max(255),
  mime: z.string().max(200),
  base64: z.string().max(Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4),
});
export type FilePayload = z.infer<typeof FilePayloadSchema>;

export interface AppInfo {
  version: string;
  /** Which shell serves the contract. */
  mode: 'electron' | 'browser' | 'test';
  workspaceDir: string;
  readOnly: boolean;
  readOnlyReason: null | 'locked' | 'requested';
  /** Who holds the lock when read-only because of it. */
  lockHolder: { app: string; pid: number; host: string; startedAt: string } | null;
  enterpriseSchemaVersion: number;
  /** Things that happened on open the user should know (index rebuilt after corruption…). */
  notices: { code: string; details?: Record<string, unknown> }[];
}

export interface Completeness {
  /** Profile fields still missing (keys of the profile). */
  profileGaps: string[];
  workshops: number;
  teams: number;
  posts: number;
  people: number;
  /** 0–100, a rough share of the work done (profile, org, hazards, assessments, duties, cards). */
  percent: number;
}

export interface EnterpriseSummary {
  id: string;
  name: string;
  archived: boolean;
  trashedAt: string | null;
  industry: Industry | null;
  updatedAt: string | null;
  completeness: Completeness | null;
  /** Set when the enterprise file could not be opened. */
  error: { code: ErrorCode; details?: Record<string, unknown> } | null;
}

export interface BackupInfo {
  name: string;
  time: string;
  size: number;
}

export interface ImportPreview {
  id: string;
  name: string;
  schemaVersion: number;
  migrated: boolean;
  /** An enterprise with this id already exists in the workspace. */
  clash: { id: string; name: string } | null;
  counts: { workshops: number; teams: number; posts: number; people: number };
  attachments: number;
}

export interface BulkPeopleRow {
  line: number;
  name: string;
  role: PersonRole | null;
  phone: string;
  postNames: string[];
  postIds: string[];
  /** Problems per field; a row with problems is not added. */
  problems: { field: 'name' | 'role' | 'phone' | 'post'; code: string; value?: string }[];
}
export interface BulkPeoplePreview {
  rows: BulkPeopleRow[];
  valid: number;
  invalid: number;
}

export const JOB_KINDS = ['workspace.backupAll', 'documents.export', 'documents.pack'] as const;

/** One document kind in the print centre, with what it can be produced for and what is missing. */
export interface DocListItem {
  id: string;
  title: string;
  group: string;
  purpose: string;
  formats: ('pdf' | 'docx' | 'xlsx')[];
  units: { id: string; name: string }[] | null;
  blocking: { code: string; text: string }[];
  warnings: { code: string; text: string }[];
}

/** A table preview of a document (first rows of its first table or sheet). */
export interface DocPreview {
  title: string;
  columns: { key: string; title: string }[];
  rows: Record<string, { text: string; fill?: string; color?: string }>[];
  totalRows: number;
}
export type JobKind = (typeof JOB_KINDS)[number];
export interface JobStatus {
  jobId: string;
  kind: JobKind;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  progress: { done: number; total: number; label?: string };
  result?: unknown;
  error?: { code: ErrorCode; details?: Record<string, unknown> };
}
