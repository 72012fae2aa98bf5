/**
 * Public API of the standards data (DESIGN §5): edition-tagged accident types, factor codes,
 * major hidden-hazard clauses, safety signs, PPE and emergency templates, with lookups and the
 * name-normalising helpers the import needs. Import from here, not from the data files.
 */
export * from './editions';
export * from './accidentTypeCodes';
export * from './accidentTypes';
export * from './accidentTypeMapping';
export * from './accidentTypeNames';
export * from './factorCodes';
export * from './majorHazardSchema';
export * from './majorHazards';
export { MH2023_CLAUSES, MH2023_ARTICLE_14_NOTE } from './mh2023';
export { MH2017_CLAUSES } from './mh2017';
export * from './signIds';
export * from './signs';
export * from './signOrder';
export * from './ppeIds';
export * from './ppe';
export * from './emergencySchema';
export * from './emergency';
export * from './stats';
