/**
 * `safepost print cards|notices ENTERPRISE --out DIR [--post ID|NAME] [--size A4|A3] [--poster A3|A2|A1] [--docx]`
 * (issue: cards). cards = 岗位安全风险告知卡, 岗位安全操作卡, 应急处置卡, 岗位安全风险告知确认表 of
 * every post with hazards (plus the whole enterprise's set in one file, 岗位告知卡汇编); notices =
 * 安全风险公告栏 (places, workshops, the plant) and 职业病危害告知卡 (exposed posts). `--post` keeps
 * one post: its four cards, or its 职业病危害告知卡 and the boards of the places it works at.
 * PDF by default; `--docx` adds the editable DOCX files. `--size` is the paper of the cards, `--poster`
 * the paper of the 安全风险公告栏 posters (A3 by default; their appendix prints on the same paper).
 */
import { AppError } from '../../../core/contract/errors';
import type { DocFormat } from '../../../core/documents/registry';
import type { EnterpriseFile } from '../../../core/model/enterpriseFile';
import type { PrintTarget } from './print';

/** The post named by --post (an id, else an exact name). */
export function resolvePost(doc: EnterpriseFile, value: string): string {
  const byId = doc.posts.find((p) => p.id === value);
  if (byId) return byId.id;
  const byName = doc.posts.filter((p) => p.name === value.trim());
  if (byName.length === 1) return byName[0]!.id;
  if (byName.length > 1) throw new AppError('E_INVALID_ARGUMENT', { field: 'post', value, reason: 'ambiguous', ids: byName.map((p) => p.id) });
  throw new AppError('E_NOT_FOUND', { kind: 'post', id: value });
}

/** Paper from --size (default A4). */
export function paperOf(values: Record<string, unknown>): 'A4' | 'A3' {
  const v = values.size;
  if (v === undefined) return 'A4';
  if (v === 'A4' || v === 'A3' || v === 'a4' || v === 'a3') return String(v).toUpperCase() as 'A4' | 'A3';
  throw new AppError('E_USAGE', { reason: '--size A4|A3' });
}

/** Poster paper from --poster (undefined = the default A3). */
export function posterOf(values: Record<string, unknown>): 'A3' | 'A2' | 'A1' | undefined {
  const v = values.poster;
  if (v === undefined) return undefined;
  const up = String(v).toUpperCase();
  if (up === 'A3' || up === 'A2' || up === 'A1') return up;
  throw new AppError('E_USAGE', { reason: '--poster A3|A2|A1' });
}

const formatsOf = (values: Record<string, unknown>): DocFormat[] => (values.docx ? ['pdf', 'docx'] : ['pdf']);

export const CARD_PRINT_TARGETS: Record<string, PrintTarget> = {
  cards: {
    kinds: ['card.risk', 'card.operating', 'card.emergency', 'card.ack', 'cards.batch'],
    summary: '岗位安全风险告知卡、操作卡、应急处置卡、告知确认表 / per-post cards',
    formats: formatsOf,
    only: (doc, values) => {
      if (typeof values.post !== 'string') return (kind, unit) => kind !== 'cards.batch' || unit === 'enterprise';
      const postId = resolvePost(doc, values.post);
      return (kind, unit) => kind !== 'cards.batch' && unit === postId;
    },
  },
  notices: {
    kinds: ['notice.board', 'notice.occupational'],
    summary: '安全风险公告栏、职业病危害告知卡 / notice boards and occupational-hazard cards',
    formats: formatsOf,
    only: (doc, values) => {
      if (typeof values.post !== 'string') return undefined;
      const postId = resolvePost(doc, values.post);
      const places = new Set(doc.riskPoints.filter((r) => r.kind === 'place' && r.postIds.includes(postId)).map((r) => r.id));
      return (kind, unit) => (kind === 'notice.occupational' ? unit === postId : !!unit && places.has(unit));
    },
  },
};
