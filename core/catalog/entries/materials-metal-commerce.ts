/**
 * Hazard-library entries of the 建材, 冶金, 有色, 烟草 and 商贸 industry sections, one file per
 * section under ./materials-metal-commerce/. Cross-cutting topics (electrical rooms, cranes,
 * forklifts as equipment, hot work, confined-space procedure, general dust-explosion systems,
 * fire exits, generic molten-metal handling, ammonia machine rooms) are in the common sections;
 * these files hold what is specific to each industry's process and equipment.
 */
import type { LibraryEntry } from '../schema';
import { ENTRIES as jcSn } from './materials-metal-commerce/jc-sn';
import { ENTRIES as jcBl } from './materials-metal-commerce/jc-bl';
import { ENTRIES as jcTc } from './materials-metal-commerce/jc-tc';
import { ENTRIES as jcSc } from './materials-metal-commerce/jc-sc';
import { ENTRIES as yjRl } from './materials-metal-commerce/yj-rl';
import { ENTRIES as yjJz } from './materials-metal-commerce/yj-jz';
import { ENTRIES as yjYy } from './materials-metal-commerce/yj-yy';
import { ENTRIES as ysRl } from './materials-metal-commerce/ys-rl';
import { ENTRIES as ysJz } from './materials-metal-commerce/ys-jz';
import { ENTRIES as ysYy } from './materials-metal-commerce/ys-yy';
import { ENTRIES as ysLm } from './materials-metal-commerce/ys-lm';
import { ENTRIES as ycJg } from './materials-metal-commerce/yc-jg';
import { ENTRIES as smCc } from './materials-metal-commerce/sm-cc';
import { ENTRIES as smLs } from './materials-metal-commerce/sm-ls';
import { ENTRIES as smLk } from './materials-metal-commerce/sm-lk';

export const ENTRIES: LibraryEntry[] = [
  ...jcSn, ...jcBl, ...jcTc, ...jcSc,
  ...yjRl, ...yjJz, ...yjYy,
  ...ysRl, ...ysJz, ...ysYy, ...ysLm,
  ...ycJg,
  ...smCc, ...smLs, ...smLk,
];
