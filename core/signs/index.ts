/**
 * GB 2894 sign artwork and geometry (pure): safety colours, the standard's size formulas and
 * plate choice, pictogram sanitizing, title fitting and the composition of a whole sign as SVG.
 */
export * from './colours';
export * from './geometry';
export * from './pictogram';
export * from './panelText';
export * from './compose';
