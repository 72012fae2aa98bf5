/**
 * Hazard-library entries of the 轻工 and 纺织 industry sections. Each section lives in its own
 * file under ./light-textile/; this file only concatenates them in the order of sections.ts.
 */
import type { LibraryEntry } from '../schema';
import { FURNITURE } from './light-textile/furniture';
import { RUBBER_PLASTICS } from './light-textile/rubber-plastics';
import { FOOD } from './light-textile/food';
import { PAPER } from './light-textile/paper';
import { PRINTING } from './light-textile/printing';
import { BEVERAGE } from './light-textile/beverage';
import { SPINNING } from './light-textile/spinning';
import { WEAVING } from './light-textile/weaving';
import { DYEING } from './light-textile/dyeing';
import { GARMENT } from './light-textile/garment';

export const ENTRIES: LibraryEntry[] = [
  ...FURNITURE,
  ...RUBBER_PLASTICS,
  ...FOOD,
  ...PAPER,
  ...PRINTING,
  ...BEVERAGE,
  ...SPINNING,
  ...WEAVING,
  ...DYEING,
  ...GARMENT,
];
