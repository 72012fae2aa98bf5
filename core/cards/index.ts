/**
 * Per-post cards and notices (一岗位一清单): 岗位安全风险告知卡, 岗位安全操作卡, 应急处置卡,
 * 告知确认表, 安全风险公告栏, 职业病危害告知卡 — what goes on each (pure data), card numbers,
 * versions, QR payloads, gaps and edits. Rendering lives in electron/services/render/cards.
 */
export * from './schema';
export * from './typography';
export * from './clauses';
export * from './units';
export * from './responsible';
export * from './facts';
export * from './qr';
export * from './content';
export * from './operating';
export * from './emergencyCard';
export * from './occupational';
export * from './board';
export * from './versions';
