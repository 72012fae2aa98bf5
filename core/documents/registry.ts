/**
 * The registry of document kinds (DESIGN §6): id, official Chinese title, formats, the units it is
 * produced per, a completeness check, and a builder that returns a renderer-independent model.
 * It feeds the print centre (打印中心), the CLI exports and the document pack.
 */
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { DocModel, WorkbookModel } from './model';
import { REGISTER_KINDS } from './kinds/register';

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

export type Built = { kind: 'doc'; model: DocModel } | { kind: 'book'; model: WorkbookModel };

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
export const DOCUMENT_KINDS: readonly DocumentKind[] = [...REGISTER_KINDS];

export function documentKind(id: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => k.id === id);
}
