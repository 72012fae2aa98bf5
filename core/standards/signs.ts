/**
 * The safety-sign registry: one record per sign id (`sign.<slug>`, see signIds.ts) with its
 * category, the code and titles it has in each edition of GB 2894, H/J scope, the accident types
 * and PPE that call for it, and the state of its artwork.
 *
 * Editions (domain-facts §1.7–1.8):
 * - GB 2894-2008: 40/39/16/8 signs, counts [V], information titles [V], other titles and every
 *   individual code [M] — so no 2008 code is printable until verified.
 * - GB 2894-2025: the 2008 signs are carried over under their 2008 titles [M] (9 Chinese names
 *   changed, which ones is unknown [?]); 禁止穿化纤服装 was deleted [V]; the additions are known by
 *   name only [S]. No 2025 code is known and none is invented (code null, shown as 待核实).
 */
import { z } from 'zod';
import { ConfidenceSchema, type Confidence } from '../model/vocab';
import { GB6441_2025_CODES } from './accidentTypeCodes';
import { isPrintable, UNVERIFIED_LABEL } from './editions';
import { PPE_ROWS } from './ppeIds';
import { SIGN_ARTWORK } from './signArtwork';
import { SIGN_HINTS } from './signHints';
import {
  ADDED_2025, INFORMATION_2008, MANDATORY_2008, PROHIBITION_2008, WARNING_2008, type SignCategory, type SignRow,
} from './signIds';

export const SIGN_CATEGORIES = ['prohibition', 'warning', 'mandatory', 'information'] as const;
export const SIGN_CATEGORY_ZH: Readonly<Record<SignCategory, string>> = {
  prohibition: '禁止标志', warning: '警告标志', mandatory: '指令标志', information: '提示标志',
};
export const SIGN_EDITIONS = ['GB 2894-2008', 'GB 2894-2025'] as const;
export type SignEdition = (typeof SIGN_EDITIONS)[number];

export const SignEditionEntrySchema = z.object({
  edition: z.enum(SIGN_EDITIONS),
  /** Code in that edition ('1-1' style), null when not known. */
  code: z.string().regex(/^[1-4]-\d{1,2}$/).nullable(),
  codeConfidence: ConfidenceSchema,
  titleZh: z.string().min(2),
  titleEn: z.string().min(3),
  titleConfidence: ConfidenceSchema,
  noteZh: z.string().optional(),
});
export type SignEditionEntry = z.infer<typeof SignEditionEntrySchema>;

export const SignArtworkSchema = z.union([z.literal('own'), z.literal('missing'), z.templateLiteral(['icon-set:', z.string().min(1)])]);
export type SignArtwork = z.infer<typeof SignArtworkSchema>;

export const SafetySignSchema = z.object({
  id: z.string().regex(/^sign\.[a-z0-9-]+$/),
  category: z.enum(SIGN_CATEGORIES),
  /** One entry per edition the sign belongs to, oldest first. */
  editions: z.array(SignEditionEntrySchema).min(1),
  /** Edition that deleted the sign. */
  withdrawnIn: z.enum(SIGN_EDITIONS).optional(),
  /** H 环境信息 / J 局部信息 scope; empty when unknown. */
  scope: z.array(z.enum(['H', 'J'])),
  scopeConfidence: ConfidenceSchema,
  /** GB 6441-2025 codes of the accidents the sign usually guards against. */
  accidentTypes: z.array(z.string().regex(/^WSA1\d{4}$/)),
  /** PPE the sign calls for (mandatory signs). */
  ppeIds: z.array(z.string().regex(/^ppe\.[a-z0-9-]+$/)),
  artwork: SignArtworkSchema,
});
export type SafetySign = z.infer<typeof SafetySignSchema>;

const WITHDRAWN_2025 = new Set(['no-chemical-fibre-clothing']);
/** 当心感染 is the likeliest of the 9 renamed signs (the only rename example cited, P-460). */
const NOTES_2025: Readonly<Record<string, string>> = {
  'warn-infection': '2025 版可能改称“当心生物危害”（待核实）',
};

function build(category: SignCategory, [slug, code2008, titleZh, titleEn]: SignRow, added2025: boolean): SafetySign {
  const id = `sign.${slug}`;
  const hint = SIGN_HINTS[slug];
  const editions: SignEditionEntry[] = [];
  if (!added2025) {
    editions.push({
      edition: 'GB 2894-2008', code: code2008, codeConfidence: 'M', titleZh, titleEn,
      titleConfidence: category === 'information' ? 'V' : 'M',
    });
  }
  if (!WITHDRAWN_2025.has(slug)) {
    const e: SignEditionEntry = {
      edition: 'GB 2894-2025', code: null, codeConfidence: '?', titleZh, titleEn,
      titleConfidence: added2025 ? 'S' : NOTES_2025[slug] ? '?' : 'M',
    };
    const note = NOTES_2025[slug];
    if (note) e.noteZh = note;
    editions.push(e);
  }
  const scope = hint?.[0] ?? null;
  const sign: SafetySign = {
    id,
    category,
    editions,
    scope: scope === null ? [] : (scope.split('') as ('H' | 'J')[]),
    scopeConfidence: scope === null ? '?' : 'M',
    accidentTypes: (hint?.[1] ?? []).map((n) => GB6441_2025_CODES[n]),
    ppeIds: PPE_ROWS.filter((p) => p[3] === id).map((p) => `ppe.${p[0]}`),
    artwork: SIGN_ARTWORK[slug] ?? 'missing',
  };
  if (WITHDRAWN_2025.has(slug)) sign.withdrawnIn = 'GB 2894-2025';
  return sign;
}

export const SAFETY_SIGNS: readonly SafetySign[] = [
  ...PROHIBITION_2008.map((r) => build('prohibition', r, false)),
  ...WARNING_2008.map((r) => build('warning', r, false)),
  ...MANDATORY_2008.map((r) => build('mandatory', r, false)),
  ...INFORMATION_2008.map((r) => build('information', r, false)),
  ...ADDED_2025.map(([category, ...row]) => build(category, row, true)),
];

const BY_ID = new Map(SAFETY_SIGNS.map((s) => [s.id, s]));

/** A sign by id, or undefined. */
export function safetySign(id: string): SafetySign | undefined {
  return BY_ID.get(id);
}

/** The signs that belong to an edition, in registry order (by category, then code). */
export function signsOf(edition: SignEdition, category?: SignCategory): readonly SafetySign[] {
  return SAFETY_SIGNS.filter((s) => s.editions.some((e) => e.edition === edition) && (!category || s.category === category));
}

/** The sign's entry in an edition, or undefined when the sign is not part of it. */
export function signInEdition(id: string, edition: SignEdition): SignEditionEntry | undefined {
  return safetySign(id)?.editions.find((e) => e.edition === edition);
}

/** The sign whose title in the edition is `titleZh` (exact, after trimming), or undefined. */
export function signByTitle(titleZh: string, edition: SignEdition = 'GB 2894-2008'): SafetySign | undefined {
  const t = titleZh.trim();
  return SAFETY_SIGNS.find((s) => s.editions.some((e) => e.edition === edition && e.titleZh === t));
}

/**
 * The sign code that may be printed for the edition (e.g. '2-7'); null when the sign is not in
 * the edition, has no known code, or the code is unverified (M/?) — DESIGN §5.
 */
export function printableSignCode(id: string, edition: SignEdition): string | null {
  const e = signInEdition(id, edition);
  return e?.code && isPrintable(e.codeConfidence) ? e.code : null;
}

/** The code shown in the app: printable code, else the known code or nothing marked 待核实. */
export function displaySignCode(id: string, edition: SignEdition): string {
  const e = signInEdition(id, edition);
  if (!e) return '';
  const printable = printableSignCode(id, edition);
  if (printable) return printable;
  return e.code ? `${e.code}（${UNVERIFIED_LABEL}）` : UNVERIFIED_LABEL;
}

/** Confidence of a sign's title in an edition ('?' when the sign is not in it). */
export function signTitleConfidence(id: string, edition: SignEdition): Confidence {
  return signInEdition(id, edition)?.titleConfidence ?? '?';
}
