/**
 * Common (cross-industry, 公共部分) sections of the hazard library, part A: 粉尘防爆, 涉氨制冷,
 * 有限空间作业, 喷涂与有机溶剂, 危险作业 (动火/高处/吊装/临时用电/检维修) and 电气 (配电房/线路/
 * 防爆电气). One file per topic in ./common-a/; this file only concatenates them in section order.
 */
import type { LibraryEntry } from '../schema';
import { DUST_ENTRIES } from './common-a/dust';
import { AMMONIA_ENTRIES } from './common-a/ammonia';
import { CONFINED_ENTRIES } from './common-a/confined';
import { SPRAYING_ENTRIES } from './common-a/spraying';
import { HAZARDOUS_WORK_ENTRIES } from './common-a/hazardous-work';
import { ELECTRICAL_ENTRIES } from './common-a/electrical';

export const ENTRIES: LibraryEntry[] = [
  ...DUST_ENTRIES,
  ...AMMONIA_ENTRIES,
  ...CONFINED_ENTRIES,
  ...SPRAYING_ENTRIES,
  ...HAZARDOUS_WORK_ENTRIES,
  ...ELECTRICAL_ENTRIES,
];
