/**
 * Bulk entry of people pasted from Excel/WPS: one person per line, columns separated by tabs
 * (what a spreadsheet copy gives) or commas: 姓名, 角色, 电话, 岗位 (several posts joined by 、,;/).
 * A first line that names the columns is skipped. Each row is checked; the preview lists the
 * problems per field and only valid rows are added.
 */
import type { BulkPeoplePreview, BulkPeopleRow } from '../contract/types';
import type { EnterpriseFile } from './enterpriseFile';
import { PERSON_ROLE_ZH, type PersonRole } from './org';
import { postUnits } from './orgOps';

const ROLE_WORDS: [RegExp, PersonRole][] = [
  [/^(主要负责人|总经理|董事长|法定代表人|法人|厂长)$/, 'principal'],
  [/^(分管负责人|分管安全负责人|副总经理|副厂长|分管领导)$/, 'deputy'],
  [/^(安全管理人员|专职安全管理员|安全管理员|安全员|安全主任)$/, 'safetyManager'],
  [/^(车间主任|部门负责人|部门经理|车间负责人|主任)$/, 'workshopHead'],
  [/^(班组长|班长|组长)$/, 'teamLeader'],
  [/^(岗位员工|员工|操作工|作业人员|工人|职工)$/, 'worker'],
];

export function roleFromText(text: string): PersonRole | null {
  const t = text.replace(/\s/g, '');
  for (const [re, role] of ROLE_WORDS) if (re.test(t)) return role;
  const direct = (Object.entries(PERSON_ROLE_ZH) as [PersonRole, string][]).find(([, zh]) => zh === t);
  return direct ? direct[0] : null;
}

const HEADER = /姓名|名字|name/i;

export function parseBulkPeople(doc: EnterpriseFile, text: string): BulkPeoplePreview {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const rows: BulkPeopleRow[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const cells = (raw.includes('\t') ? raw.split('\t') : raw.split(/[,，]/)).map((c) => c.trim());
    if (rows.length === 0 && HEADER.test(cells[0] ?? '')) return;
    const [name = '', roleText = '', phone = '', postText = ''] = cells;
    const problems: BulkPeopleRow['problems'] = [];
    if (!name) problems.push({ field: 'name', code: 'required' });
    else if (name.length > 40) problems.push({ field: 'name', code: 'too_long', value: name });
    const role = roleText ? roleFromText(roleText) : 'worker';
    if (!role) problems.push({ field: 'role', code: 'unknown_role', value: roleText });
    if (phone && !/^[0-9０-９+\-()（）\s/转分机extEXT.,、]*$/.test(phone)) problems.push({ field: 'phone', code: 'invalid_phone', value: phone });
    const postNames = postText ? postText.split(/[、;；/|]/).map((s) => s.trim()).filter(Boolean) : [];
    const postIds: string[] = [];
    for (const pn of postNames) {
      const matches = doc.posts.filter((p) => p.name === pn || p.code === pn);
      if (matches.length === 1) postIds.push(matches[0]!.id);
      else problems.push({ field: 'post', code: matches.length === 0 ? 'unknown_post' : 'ambiguous_post', value: pn });
    }
    rows.push({ line: i + 1, name, role, phone, postNames, postIds, problems });
  });
  const valid = rows.filter((r) => r.problems.length === 0).length;
  return { rows, valid, invalid: rows.length - valid };
}

/** Rows of a preview ready for the `addPeople` op (valid rows only), with units from the first post. */
export function bulkRowsToPeople(doc: EnterpriseFile, preview: BulkPeoplePreview) {
  return preview.rows
    .filter((r) => r.problems.length === 0 && r.role)
    .map((r) => {
      const first = doc.posts.find((p) => p.id === r.postIds[0]);
      const units = first ? postUnits(doc, first) : { workshopId: null, teamId: null };
      return { name: r.name, role: r.role as PersonRole, phone: r.phone, postIds: r.postIds, ...units };
    });
}
