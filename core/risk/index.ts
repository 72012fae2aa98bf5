/**
 * Public API of risk evaluation (DESIGN §4, §5; domain-facts §4, §9.1). Pure functions and zod
 * schemas; no storage. Import from here.
 *
 * - scales: LEC (D = L·E·C) and LS (R = L·S) steps with their meanings (domain-facts §4.2, §4.3);
 * - bandTable: score → 重大/较大/一般/低 as data; presets bt.lec.default, bt.lec.alt,
 *   bt.ls.default. There is no single national table: thresholds are chosen per enterprise;
 * - evaluate: scores, off-scale refusal, direct determination, the major floor;
 * - assessment: the stored record, build / confirm / import;
 * - levelInUse: the level used everywhere, residual ≤ inherent;
 * - recompute: band-table change impact and re-grading as new records;
 * - controlLevel: grade → 管控层级 map (domain-facts §9.1);
 * - settings: per-enterprise risk settings with defaults.
 *
 * Errors: AppError E_RISK_OFF_SCALE, E_RISK_REASON_REQUIRED, E_RISK_RESIDUAL_ABOVE_INHERENT,
 * E_RISK_MAJOR_FLOOR, E_BAND_TABLE_INVALID, E_CONTROL_MAP_INCOMPLETE (+ E_NOT_FOUND for an unknown
 * table, E_INVALID_ARGUMENT for malformed records).
 */
export * from './levels';
export * from './scales';
export * from './bandTable';
export * from './evaluate';
export * from './assessment';
export * from './levelInUse';
export * from './recompute';
export * from './controlLevel';
export * from './settings';
