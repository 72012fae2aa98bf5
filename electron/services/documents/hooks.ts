/**
 * PDF drawing hooks for `custom` blocks of document models (sign icons, QR codes …). Each module
 * that needs native drawing registers its hook here by id.
 */
import type { CustomHook } from '../render/pdf';

export const CUSTOM_HOOKS: Record<string, CustomHook> = {};

/** One hook that dispatches on the block id; unknown ids draw nothing. */
export const customHook: CustomHook = (id, data, box, pdf) => {
  const h = CUSTOM_HOOKS[id];
  if (h) h(id, data, box, pdf);
};
