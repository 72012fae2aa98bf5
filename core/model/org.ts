/**
 * 组织与岗位: workshops (车间/部门) → teams (班组) → posts (岗位), and people (人员).
 * Teams may sit under the enterprise; posts under a team, a workshop or the enterprise (micro firms
 * have neither workshops nor teams). Order within a parent is the array order of `order` values.
 */
import { z } from 'zod';

const Id = z.string().min(1).max(64);
const name = z.string().trim().min(1).max(60);

export const WorkshopSchema = z.object({
  id: Id,
  name,
  order: z.number().int(),
});
export type Workshop = z.infer<typeof WorkshopSchema>;

export const TeamSchema = z.object({
  id: Id,
  name,
  /** null: the team sits directly under the enterprise. */
  workshopId: Id.nullable(),
  order: z.number().int(),
});
export type Team = z.infer<typeof TeamSchema>;

export const POST_PARENT_KINDS = ['enterprise', 'workshop', 'team'] as const;
export const PostParentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('enterprise') }),
  z.object({ kind: z.literal('workshop'), id: Id }),
  z.object({ kind: z.literal('team'), id: Id }),
]);
export type PostParent = z.infer<typeof PostParentSchema>;

export const PostSchema = z.object({
  id: Id,
  name,
  /** Short post code used in card numbers: ASCII letters, digits and '-'. */
  code: z.string().trim().max(16).regex(/^[A-Za-z0-9-]*$/, { message: 'code' }).default(''),
  parent: PostParentSchema,
  order: z.number().int(),
  /** 岗位职责/作业内容 */
  jobContent: z.string().trim().max(500).default(''),
  /** 作业地点 */
  location: z.string().trim().max(100).default(''),
  headcount: z.number().int().min(0).max(100_000).nullable().default(null),
  /** 主要设备 */
  equipment: z.array(z.string().trim().min(1).max(60)).max(100).default([]),
  /** 工具 */
  tools: z.array(z.string().trim().min(1).max(60)).max(100).default([]),
});
export type Post = z.infer<typeof PostSchema>;

export const PERSON_ROLES = ['principal', 'deputy', 'safetyManager', 'workshopHead', 'teamLeader', 'worker'] as const;
export const PersonRoleSchema = z.enum(PERSON_ROLES);
export type PersonRole = z.infer<typeof PersonRoleSchema>;
export const PERSON_ROLE_ZH: Record<PersonRole, string> = {
  principal: '主要负责人', deputy: '分管负责人', safetyManager: '安全管理人员', workshopHead: '车间主任',
  teamLeader: '班组长', worker: '岗位员工',
};

export const PersonSchema = z.object({
  id: Id,
  name: z.string().trim().min(1).max(40),
  role: PersonRoleSchema,
  phone: z.string().trim().max(40).default(''),
  /** The workshop a 车间主任 heads (or a person belongs to); null when none. */
  workshopId: Id.nullable().default(null),
  /** The team a 班组长 leads; null when none. */
  teamId: Id.nullable().default(null),
  postIds: z.array(Id).default([]),
});
export type Person = z.infer<typeof PersonSchema>;
