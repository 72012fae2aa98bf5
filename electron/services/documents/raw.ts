/**
 * Raw PDF producers: document kinds whose pages need native drawing at exact sizes (printable
 * signs at 100 %, cut-mark sheets, plate-sized print-shop pages) return `{ kind: 'raw', renderer,
 * data }` from their pure builder (core/documents/registry.ts); the renderer registered here under
 * that id turns the data into bytes. Modules add their producers to RAW_RENDERERS.
 */
import { AppError } from '../../../core/contract/errors';
import type { SignSheetsData, SignShopData } from '../../../core/documents/kinds/signs';
import type { DocFormat } from '../../../core/documents/registry';
import { renderContactSheet } from '../render/signs/contactSheet';
import { renderSignSheets, renderSignShop } from '../render/signs/sheets';
import type { CardsPdfData } from '../../../core/documents/kinds/cards';
import { renderCards } from '../render/cards';

export type RawRenderer = (data: unknown, format: DocFormat) => Promise<Buffer>;

export const RAW_RENDERERS: Record<string, RawRenderer> = {
  'signs.sheets': (data) => renderSignSheets(data as SignSheetsData),
  'signs.shop': (data) => renderSignShop(data as SignShopData),
  'signs.legend': () => renderContactSheet(),
  cards: (data, format) => renderCards(data as CardsPdfData, format),
};

/**
 * Renders raw data with the producer registered under `id`.
 * @throws AppError E_RENDER_FAILED when no producer is registered or it fails with a plain Error
 *   (AppErrors of the producer pass through).
 */
export async function renderRaw(id: string, data: unknown, format: DocFormat): Promise<Buffer> {
  const r = RAW_RENDERERS[id];
  if (!r) throw new AppError('E_RENDER_FAILED', { format, reason: `no raw renderer '${id}'` });
  try {
    return await r(data, format);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('E_RENDER_FAILED', { format, renderer: id, reason: e instanceof Error ? e.message : String(e) });
  }
}
