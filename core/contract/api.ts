/**
 * THE typed contract (DESIGN §2): every command the UI may call, declared once with the zod
 * schema of its argument and the type of its result. Electron IPC, the browser-mode HTTP bridge
 * and the fake bridge of component tests all serve exactly this map.
 */
import { z } from 'zod';
import type { EnterpriseFile } from '../model/enterpriseFile';
import { IndustrySchema } from '../model/vocab';
import { ProfilePatchSchema } from '../model/enterprise';
import { OrgOpSchema, UnitKindSchema, type DeleteImpact } from '../model/orgOps';
import { HazardOpSchema } from '../model/hazardOps';
import { RiskOpSchema } from '../model/riskOps';
import { DutyOpSchema } from '../duties/ops';
import type { ChecklistOverview, DutyCompleteness, MatrixRow, PersonDuties, PostList } from '../duties/views';
import { CardOpSchema } from '../cards/versions';
import type { BandTableImpact } from '../risk/recompute';
import type { LibraryEntryView } from '../catalog/views';
import { SettingsPatchSchema, type Settings } from '../model/workspace';
import { SignPlacementOpSchema } from '../signs/placementOps';
import type { PlacePlan } from '../signs/placement';
import type { AppInfo, BackupInfo, EnterpriseSummary, FilePayload, ImportPreview, JobStatus, BulkPeoplePreview, DocListItem, DocPreview } from './types';
import { FilePayloadSchema, JOB_KINDS } from './types';
import { ImportDecisionsSchema, ImportMappingSchema, type ImportInspection, type ImportPreviewResult, type ImportReport } from '../import';

/** The uploaded register and how to read it (import.*): encoding of a CSV, sheet, header rows. */
const ImportSource = z.object({
  file: FilePayloadSchema,
  encoding: z.enum(['utf-8', 'gb18030']).optional(),
  sheet: z.string().max(100).optional(),
  headerRows: z.array(z.number().int().min(1).max(1_048_576)).min(1).max(2).optional(),
});
const ImportRead = ImportSource.extend({
  mapping: ImportMappingSchema.optional(),
  org: z.string().trim().max(100).optional(),
  decisions: ImportDecisionsSchema.optional(),
  /** Band table to grade the stored scores with (default: the one in force). */
  bandTableId: z.string().min(1).max(64).optional(),
});

/** Declares a command: its argument schema and (type-only) result: `command(Schema).returns<R>()`. */
function command<A extends z.ZodType>(arg: A) {
  return { returns: <R>() => ({ arg }) as { arg: A; result?: R } };
}

const Id = z.string().min(1).max(64);
const EnterpriseRef = z.object({ enterpriseId: Id });
const Empty = z.object({}).strict();

export const API = {
  // app and workspace
  'app.info': command(Empty).returns<AppInfo>(),
  'settings.get': command(Empty).returns<Settings>(),
  'settings.update': command(SettingsPatchSchema).returns<Settings>(),
  'workspace.switch': command(z.object({ dir: z.string().trim().min(1).max(1000) })).returns<AppInfo>(),

  // enterprises (the consultant's list)
  'enterprises.list': command(z.object({ includeTrashed: z.boolean().optional() })).returns<EnterpriseSummary[]>(),
  'enterprises.create': command(
    z.object({ name: z.string().trim().min(1).max(100), industry: IndustrySchema.nullable().optional() }),
  ).returns<EnterpriseSummary>(),
  'enterprises.createSample': command(Empty).returns<EnterpriseSummary>(),
  'enterprises.duplicate': command(
    z.object({ id: Id, name: z.string().trim().min(1).max(100), keepPeople: z.boolean(), keepHazards: z.boolean().optional() }),
  ).returns<EnterpriseSummary>(),
  'enterprises.archive': command(z.object({ id: Id, archived: z.boolean() })).returns<EnterpriseSummary>(),
  'enterprises.trash': command(z.object({ id: Id })).returns<EnterpriseSummary>(),
  'enterprises.restore': command(z.object({ id: Id })).returns<EnterpriseSummary>(),
  'enterprises.emptyTrash': command(Empty).returns<{ deleted: number }>(),
  'enterprises.get': command(z.object({ id: Id })).returns<EnterpriseFile>(),
  'enterprises.backups': command(z.object({ id: Id })).returns<BackupInfo[]>(),
  'enterprises.restoreBackup': command(
    z.object({ id: Id, name: z.string().regex(/^\d{8}T\d{6}Z(-\d+)?\.json$/).optional() }),
  ).returns<EnterpriseFile>(),
  'enterprises.export': command(z.object({ id: Id })).returns<FilePayload>(),
  'enterprises.inspectImport': command(z.object({ file: FilePayloadSchema })).returns<ImportPreview>(),
  'enterprises.import': command(
    z.object({ file: FilePayloadSchema, onClash: z.enum(['copy', 'replace']) }),
  ).returns<EnterpriseSummary>(),

  // profile and org tree
  'profile.update': command(
    EnterpriseRef.extend({ patch: ProfilePatchSchema }),
  ).returns<EnterpriseFile>(),
  'org.apply': command(EnterpriseRef.extend({ op: OrgOpSchema })).returns<EnterpriseFile>(),
  'org.deleteImpact': command(
    EnterpriseRef.extend({ kind: UnitKindSchema, id: Id }),
  ).returns<DeleteImpact>(),
  'people.parseBulk': command(
    EnterpriseRef.extend({ text: z.string().max(2_000_000) }),
  ).returns<BulkPeoplePreview>(),

  // identification (危险因素辨识)
  'hazards.apply': command(EnterpriseRef.extend({ op: HazardOpSchema })).returns<EnterpriseFile>(),
  'library.suggest': command(EnterpriseRef.extend({ postId: Id, limit: z.number().int().min(1).max(200).optional() })).returns<LibraryEntryView[]>(),
  'library.search': command(
    z.object({ query: z.string().trim().min(1).max(100), enterpriseId: Id.optional(), postId: Id.optional(), limit: z.number().int().min(1).max(200).optional() }),
  ).returns<LibraryEntryView[]>(),

  // risk evaluation (风险评价) and the risk settings
  'risk.apply': command(EnterpriseRef.extend({ op: RiskOpSchema })).returns<EnterpriseFile>(),
  'risk.bandTableImpact': command(EnterpriseRef.extend({ tableId: z.string().min(1).max(64) })).returns<BandTableImpact[]>(),

  // documents and the print centre (打印中心)
  'documents.list': command(EnterpriseRef).returns<DocListItem[]>(),
  'documents.render': command(
    EnterpriseRef.extend({ kind: z.string().min(1).max(64), format: z.enum(['pdf', 'docx', 'xlsx']), unitId: Id.optional(), pageSize: z.enum(['A4', 'A3']).optional(), posterSize: z.enum(['A3', 'A2', 'A1']).optional() }),
  ).returns<FilePayload>(),
  'documents.preview': command(EnterpriseRef.extend({ kind: z.string().min(1).max(64), unitId: Id.optional(), rows: z.number().int().min(1).max(200).optional() })).returns<DocPreview>(),

  // per-post cards (岗位告知卡): versions, operating-card edits, equipment location, monitoring results
  'cards.apply': command(EnterpriseRef.extend({ op: CardOpSchema })).returns<EnterpriseFile>(),

  // safety signs (安全标志设置): the plan per place (stored rows + suggestions) and its edits
  'signs.plan': command(EnterpriseRef.extend({ riskPointId: Id.optional() })).returns<PlacePlan[]>(),
  'signs.apply': command(EnterpriseRef.extend({ op: SignPlacementOpSchema })).returns<EnterpriseFile>(),

  // import of risk registers made by others (Excel/CSV): nothing is written before import.apply
  'import.inspect': command(ImportSource).returns<ImportInspection>(),
  'import.preview': command(ImportRead.extend({ enterpriseId: Id.nullable().optional() })).returns<ImportPreviewResult>(),
  'import.apply': command(
    ImportRead.extend({
      target: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('existing'), enterpriseId: Id }),
        z.object({ kind: z.literal('new'), name: z.string().trim().min(1).max(100), industry: IndustrySchema.nullable() }),
      ]),
    }),
  ).returns<{ enterpriseId: string; name: string; created: boolean; report: ImportReport }>(),

  // control duties (分级管控责任) and hidden-hazard checklists (隐患排查清单)
  'duties.matrix': command(EnterpriseRef).returns<MatrixRow[]>(),
  'duties.person': command(EnterpriseRef.extend({ personId: Id })).returns<PersonDuties>(),
  'duties.postList': command(EnterpriseRef.extend({ postId: Id })).returns<PostList>(),
  'duties.completeness': command(EnterpriseRef).returns<DutyCompleteness>(),
  'duties.apply': command(EnterpriseRef.extend({ op: DutyOpSchema })).returns<EnterpriseFile>(),
  'checklists.overview': command(EnterpriseRef).returns<ChecklistOverview>(),

  // long jobs
  'jobs.start': command(
    z.object({ kind: z.enum(JOB_KINDS), arg: z.record(z.string(), z.unknown()) }),
  ).returns<{ jobId: string }>(),
  'jobs.status': command(z.object({ jobId: Id })).returns<JobStatus>(),
  'jobs.cancel': command(z.object({ jobId: Id })).returns<JobStatus>(),
} as const;

export type Api = typeof API;
export type CommandName = keyof Api;
export type ArgOf<K extends CommandName> = z.input<Api[K]['arg']>;
export type ParsedArgOf<K extends CommandName> = z.output<Api[K]['arg']>;
export type ResultOf<K extends CommandName> = NonNullable<Api[K]['result']>;

export const COMMAND_NAMES = Object.keys(API) as CommandName[];

export function isCommandName(x: unknown): x is CommandName {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(API, x);
}
