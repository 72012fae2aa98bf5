/**
 * The PPE registry (个体防护装备): ids and names from ppeIds.ts, each linked to the GB 2894
 * mandatory sign that calls for it, with its body-part class and basis.
 *
 * Basis: GB 39800.1-2020 《个体防护装备配备规范 第1部分：总则》 (published 2020-12-24, in force
 * 2022-01-01; one secondary source [S]) is the selection rule for every item. Product standards
 * are recalled [M] and shown as 待核实 until checked against the official catalogue; where we
 * are not sure a product standard exists, none is given.
 */
import { z } from 'zod';
import { ConfidenceSchema } from '../model/vocab';
import { isPrintable, UNVERIFIED_LABEL } from './editions';
import { PPE_ROWS } from './ppeIds';

export const PPE_CLASSES = ['head', 'eye-face', 'respiratory', 'hearing', 'hand', 'foot', 'fall', 'body', 'flotation'] as const;
export type PpeClass = (typeof PPE_CLASSES)[number];
export const PPE_CLASS_ZH: Readonly<Record<PpeClass, string>> = {
  head: '头部防护', 'eye-face': '眼面部防护', respiratory: '呼吸防护', hearing: '听力防护', hand: '手部防护',
  foot: '足部防护', fall: '坠落防护', body: '躯体防护', flotation: '防溺水',
};

export const PpeBasisSchema = z.object({ ref: z.string().min(4), confidence: ConfidenceSchema });
export type PpeBasis = z.infer<typeof PpeBasisSchema>;

export const PpeSchema = z.object({
  id: z.string().regex(/^ppe\.[a-z0-9-]+$/),
  nameZh: z.string().min(2),
  nameEn: z.string().min(3),
  signId: z.string().regex(/^sign\.[a-z0-9-]+$/),
  ppeClass: z.enum(PPE_CLASSES),
  basis: z.array(PpeBasisSchema).min(1),
});
export type Ppe = z.infer<typeof PpeSchema>;

export const PPE_SELECTION_BASIS: PpeBasis = { ref: 'GB 39800.1-2020', confidence: 'S' };

/** slug → [class, product standard (recalled, M) or null]. Every PPE row has one (tested). */
export const PPE_DETAILS: Readonly<Record<string, readonly [PpeClass, string | null]>> = {
  'safety-helmet': ['head', 'GB 2811-2019'],
  'protective-cap': ['head', null],
  'safety-glasses': ['eye-face', 'GB 32166.1-2016'],
  'goggles-chemical': ['eye-face', 'GB 32166.1-2016'],
  'welding-shield': ['eye-face', 'GB/T 3609.1-2008'],
  'face-shield': ['eye-face', 'GB 32166.1-2016'],
  'dust-mask-kn95': ['respiratory', 'GB 2626-2019'],
  'dust-mask-kn100': ['respiratory', 'GB 2626-2019'],
  'gas-mask': ['respiratory', 'GB 2890-2022'],
  scba: ['respiratory', 'GB/T 16556-2007'],
  earplugs: ['hearing', 'GB/T 31422-2015'],
  earmuffs: ['hearing', 'GB/T 31422-2015'],
  'gloves-general': ['hand', null],
  'gloves-cut': ['hand', 'GB 24541-2022'],
  'gloves-chemical': ['hand', 'GB 28881-2012'],
  'gloves-insulating': ['hand', 'GB/T 17622-2008'],
  'gloves-heat': ['hand', null],
  'gloves-welding': ['hand', null],
  'gloves-cold': ['hand', null],
  'safety-shoes': ['foot', 'GB 21148-2020'],
  'insulating-shoes': ['foot', 'GB 12011-2009'],
  'antistatic-shoes': ['foot', null],
  'chemical-boots': ['foot', null],
  'safety-harness': ['fall', 'GB 6095-2021'],
  coverall: ['body', null],
  'chemical-suit': ['body', 'GB 24539-2021'],
  'heat-suit': ['body', 'GB 8965.1-2020'],
  'welding-apron': ['body', 'GB 8965.2-2022'],
  'antistatic-clothing': ['body', 'GB 12014-2019'],
  'cold-clothing': ['body', null],
  'reflective-vest': ['body', 'GB 20653-2020'],
  'life-jacket': ['flotation', null],
};

export const PPE: readonly Ppe[] = PPE_ROWS.map(([slug, nameZh, nameEn, signId]) => {
  const [ppeClass, product] = PPE_DETAILS[slug] ?? ['body', null];
  const basis: PpeBasis[] = [PPE_SELECTION_BASIS];
  if (product) basis.push({ ref: product, confidence: 'M' });
  return { id: `ppe.${slug}`, nameZh, nameEn, signId, ppeClass, basis };
});

const BY_ID = new Map(PPE.map((p) => [p.id, p]));

/** A PPE item by id, or undefined. */
export function ppeItem(id: string): Ppe | undefined {
  return BY_ID.get(id);
}

/** PPE items a mandatory sign calls for. */
export function ppeForSign(signId: string): readonly Ppe[] {
  return PPE.filter((p) => p.signId === signId);
}

/** How a basis is shown: the designation, with （待核实） when it is not verified. */
export function displayPpeBasis(b: PpeBasis): string {
  return isPrintable(b.confidence) ? b.ref : `${b.ref}（${UNVERIFIED_LABEL}）`;
}

/** The bases that may be printed (verified ones only). */
export function printablePpeBasis(p: Ppe): string[] {
  return p.basis.filter((b) => isPrintable(b.confidence)).map((b) => b.ref);
}
