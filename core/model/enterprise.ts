/**
 * 企业基本信息 (enterprise profile). Every field except the name may be empty while the profile is
 * a draft; `profileGaps()` lists what is still missing. Phones are text: leading zeros and
 * extensions ("0571-8888 8888 转 123") must survive.
 */
import { z } from 'zod';
import { IndustrySchema, SpecialFlagSchema, SPECIAL_FLAGS } from './vocab';
import { checkUscc } from './uscc';

export const SCALES = ['above', 'below', 'micro'] as const;
export const ScaleSchema = z.enum(SCALES);
export type Scale = z.infer<typeof ScaleSchema>;
export const SCALE_ZH: Record<Scale, string> = { above: '规上', below: '规下', micro: '小微' };

const text = (max: number) => z.string().trim().max(max);
/** Phone numbers as text; digits, spaces, + - ( ) / 转 and ext. */
export const PhoneSchema = z.string().trim().max(40).regex(/^[0-9０-９+\-()（）\s/转分机extEXT.,、]*$/, { message: 'phone' });

/** A USCC field: empty, or a code that passes GB 32100 (stored normalized: upper case, no spaces). */
export const UsccFieldSchema = z.string().transform((v, ctx) => {
  if (v.trim() === '') return '';
  const r = checkUscc(v);
  if (r.ok) return r.value;
  ctx.addIssue({ code: 'custom', message: r.code, params: { ...r } });
  return z.NEVER;
});

/** The profile's fields without defaults: the shape of a patch (zod 4 would apply defaults inside .partial()). */
const profileFields = {
  name: text(100).min(1),
  uscc: UsccFieldSchema,
  industry: IndustrySchema.nullable(),
  subIndustry: text(60),
  scale: ScaleSchema.nullable(),
  address: text(200),
  /** 主要负责人 */
  principal: text(40),
  principalPhone: PhoneSchema,
  /** 分管负责人 */
  deputy: text(40),
  deputyPhone: PhoneSchema,
  /** 安全管理人员 */
  safetyManager: text(40),
  safetyManagerPhone: PhoneSchema,
  /** 内部应急电话 */
  emergencyPhone: PhoneSchema,
  /** Short code used in card numbers `<code>-<post code>-v<n>`: ASCII letters/digits. */
  code: z.string().trim().max(12).regex(/^[A-Za-z0-9]*$/, { message: 'code' }),
  employeeCount: z.number().int().min(0).max(1_000_000).nullable(),
  flags: z.array(SpecialFlagSchema),
  /** A draft may have gaps; confirming the profile requires every field of PROFILE_REQUIRED. */
  draft: z.boolean(),
};

/** An edit of some profile fields; absent fields stay as they are. */
export const ProfilePatchSchema = z.object(profileFields).partial().strict();

export const ProfileSchema = z.object({
  ...profileFields,
  uscc: profileFields.uscc.default(''),
  industry: profileFields.industry.default(null),
  subIndustry: profileFields.subIndustry.default(''),
  scale: profileFields.scale.default(null),
  address: profileFields.address.default(''),
  principal: profileFields.principal.default(''),
  principalPhone: profileFields.principalPhone.default(''),
  deputy: profileFields.deputy.default(''),
  deputyPhone: profileFields.deputyPhone.default(''),
  safetyManager: profileFields.safetyManager.default(''),
  safetyManagerPhone: profileFields.safetyManagerPhone.default(''),
  emergencyPhone: profileFields.emergencyPhone.default(''),
  code: profileFields.code.default(''),
  employeeCount: profileFields.employeeCount.default(null),
  flags: profileFields.flags.default([]),
  draft: profileFields.draft.default(true),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** Fields a confirmed (non-draft) profile must have. */
export const PROFILE_REQUIRED = [
  'uscc', 'industry', 'scale', 'address', 'principal', 'principalPhone', 'safetyManager', 'emergencyPhone', 'code',
  'employeeCount',
] as const satisfies readonly (keyof Profile)[];

/** Missing required fields of a profile, in form order. */
export function profileGaps(p: Profile): (typeof PROFILE_REQUIRED)[number][] {
  return PROFILE_REQUIRED.filter((k) => {
    const v = p[k];
    return v === null || v === '';
  });
}

export function emptyProfile(name: string): Profile {
  return ProfileSchema.parse({ name });
}

export { SPECIAL_FLAGS };
