/**
 * Common (公共部分) sections of the hazard library, part B: special equipment (cranes, forklifts,
 * pressure vessels and cylinders, boilers, lifts), fire and evacuation, hazardous chemicals, molten
 * metal, labour-intensive places and the four occupational-hazard sections. One file per section
 * in ./common-b/; every entry applies to all industries (flag-gated sections carry their flag).
 */
import type { LibraryEntry } from '../schema';
import { QZ } from './common-b/qz';
import { CC } from './common-b/cc';
import { RQ } from './common-b/rq';
import { GL } from './common-b/gl';
import { DT } from './common-b/dt';
import { XF } from './common-b/xf';
import { WH } from './common-b/wh';
import { RR } from './common-b/rr';
import { RM } from './common-b/rm';
import { ZS } from './common-b/zy-zs';
import { FC } from './common-b/zy-fc';
import { GW } from './common-b/zy-gw';
import { YD } from './common-b/zy-yd';

export const ENTRIES: LibraryEntry[] = [...QZ, ...CC, ...RQ, ...GL, ...DT, ...XF, ...WH, ...RR, ...RM, ...ZS, ...FC, ...GW, ...YD];
