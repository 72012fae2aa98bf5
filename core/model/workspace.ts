/**
 * workspace.json (DESIGN §3): settings, the workspace's own library of custom hazards, and the
 * list of enterprises with their archive/trash state. Enterprise content lives in its own file.
 */
import { z } from 'zod';
import { CustomEntrySchema } from '../catalog/custom';
import { ImportMappingSchema } from '../import/header';

export const WORKSPACE_SCHEMA_VERSION = 1;

export const LANGUAGES = ['zh-CN', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

const settingsFields = {
  language: LanguageSchema,
  /** The enterprise the app opens on start. */
  lastEnterpriseId: z.string().nullable(),
  /** Folder for bulk exports in browser mode; empty = `<workspace>/exports`. */
  exportDir: z.string().max(1000),
  /** Name of the person working (assessor on assessments, 编制人 on documents). */
  userName: z.string().trim().max(40),
};

/** An edit of some settings; absent fields stay as they are (no defaults here, on purpose). */
export const SettingsPatchSchema = z.object(settingsFields).partial().strict();

export const SettingsSchema = z.object({
  language: settingsFields.language.default('zh-CN'),
  lastEnterpriseId: settingsFields.lastEnterpriseId.default(null),
  exportDir: settingsFields.exportDir.default(''),
  userName: settingsFields.userName.default(''),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const EnterpriseEntrySchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(100),
  archived: z.boolean().default(false),
  /** ISO time it was moved to the trash; null when not trashed. */
  trashedAt: z.string().nullable().default(null),
});
export type EnterpriseEntry = z.infer<typeof EnterpriseEntrySchema>;

export const WorkspaceFileSchema = z.object({
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  settings: SettingsSchema.default(SettingsSchema.parse({})),
  /** Custom hazards written by users, offered for later enterprises (library issue). */
  customLibrary: z.array(CustomEntrySchema).default([]),
  enterprises: z.array(EnterpriseEntrySchema).default([]),
  /** Column mappings of register imports, remembered per header set (key: core/import headerKey). */
  importMappings: z.record(z.string(), ImportMappingSchema).default({}),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFileSchema>;

export function emptyWorkspace(): WorkspaceFile {
  return WorkspaceFileSchema.parse({ schemaVersion: WORKSPACE_SCHEMA_VERSION });
}
