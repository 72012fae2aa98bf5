/**
 * 机械 industry sections of the hazard library, one file per section under ./machinery/:
 * jx.jjg 机加工, jx.cy 冲压/锻压, jx.zz 铸造, jx.hj 焊接切割, jx.tz 涂装/喷涂, jx.rcl 热处理与电镀,
 * jx.zp 装配. Cross-cutting topics (electrical rooms, cranes, forklifts, hot-work permits, confined
 * spaces, dust-explosion systems, fire exits, generic noise) are in the common sections.
 */
import type { LibraryEntry } from '../schema';
import { JJG } from './machinery/jjg';
import { CY } from './machinery/cy';
import { ZZ } from './machinery/zz';
import { HJ } from './machinery/hj';
import { TZ } from './machinery/tz';
import { RCL } from './machinery/rcl';
import { ZP } from './machinery/zp';

export const ENTRIES: LibraryEntry[] = [...JJG, ...CY, ...ZZ, ...HJ, ...TZ, ...RCL, ...ZP];
