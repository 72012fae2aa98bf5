/**
 * The registry of document kinds (DESIGN §6): id, official Chinese title, formats, the units it is
 * produced per, a completeness check, and a builder that returns a renderer-independent model.
 * It feeds the print centre (打印中心), the CLI exports and the document pack.
 */
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { DocModel, PageSize, WorkbookModel } from './model';
import { REGISTER_KINDS } from './kinds/register';
import { SIGN_KINDS } from './kinds/signs';
import { CARD_KINDS } from './kinds/cards';
import { DUTY_KINDS } from './kinds/duties';
import { POST_LIST_KINDS } from './kinds/postList';
import { CHECKLIST_KINDS } from './kinds/checklists';

export type DocFormat = 'pdf' | 'docx' | 'xlsx';
export const DOC_MIME: Record<DocFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type DocGroup = 'register' | 'duties' | 'checklists' | 'cards' | 'notices' | 'signs' | 'pack';

export interface DocContext {
  /** Date printed on the document, 'YYYY-MM-DD' (local). */
  today: string;
  /** 编制人 (the user's name from the settings), may be ''. */
  preparer: string;
  /** Paper of fixed-layout sheets (cards, boards): 'A4' (default) or 'A3'. */
  pageSize?: PageSize;
  /** Paper of posters (安全风险公告栏): 'A3' (default), 'A2' or 'A1'; landscape. */
  posterSize?: 'A3' | 'A2' | 'A1';
  /** The sign plan was suggested by SafePost and not yet confirmed: the sign documents say so in print. */
  signsSuggested?: boolean;
}

export interface DocUnit {
  id: string;
  name: string;
}

export interface DocFinding {
  code: string;
  /** Short zh-CN text shown in the print centre. */
  text: string;
}

/**
 * What a builder returns: a document model, a workbook model, or — for pages that need native
 * drawing at exact sizes (printable signs) — `raw`: pure `data` for the electron raw renderer
 * registered under `renderer` (electron/services/documents/raw.ts), plus a summary `model` for
 * previews.
 */
export type Built =
  | { kind: 'doc'; model: DocModel }
  | { kind: 'book'; model: WorkbookModel }
  | { kind: 'raw'; renderer: string; data: unknown; model: DocModel };

export interface DocumentKind {
  id: string;
  /** Official Chinese title, also the file name's title. */
  title: string;
  group: DocGroup;
  /** What the document is for (the pack's 目录). */
  purpose: string;
  formats: readonly DocFormat[];
  /** Sequence number used in file names `<序号>_<title>[_<unit>].<ext>`. */
  order: number;
  /** Units it is produced per (workshops, posts, places…); absent: one for the enterprise. */
  units?: (doc: EnterpriseFile) => DocUnit[];
  /** Gaps: `blocking` ones prevent producing it; `warnings` are printed in the print centre. */
  check: (doc: EnterpriseFile) => { blocking: DocFinding[]; warnings: DocFinding[] };
  build: (doc: EnterpriseFile, format: DocFormat, ctx: DocContext, unitId?: string) => Built;
}

/** Every document kind, in print-centre order. Modules add their kinds here. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [...REGISTER_KINDS, ...DUTY_KINDS, ...POST_LIST_KINDS, ...CHECKLIST_KINDS, ...SIGN_KINDS, ...CARD_KINDS];

export function documentKind(id: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => k.id === id);
}
