/**
 * Where the imported rows go in the org tree (DESIGN §4): workshops (车间/科室) and teams (班组)
 * from the workshop column and the responsibility chains, posts from the post column, riskPoints
 * from the riskPoint column or the post (its own 作业活动) or the equipment/place written in the
 * post column (场所/设备设施, linked to the posts the chain names). Units that already exist in the
 * target enterprise are matched by name; the rest are planned for creation on confirmation.
 */
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { RiskPointKind } from '../model/hazards';
import { activityName } from '../model/riskPointPlaces';
import type { AnalysedRow } from './analyse';
import { chainAt, teamName, type ChainItem } from './chain';
import { isPlaceName, parsePostCell, postCore, postMatchScore } from './orgNames';
import { compactText } from './text';

export type PlannedParent = { kind: 'enterprise' } | { kind: 'workshop'; key: string } | { kind: 'team'; key: string };

export interface PlannedWorkshop { key: string; name: string; existingId: string | null }
export interface PlannedTeam { key: string; name: string; workshopKey: string | null; existingId: string | null }
export interface PlannedPost {
  key: string;
  name: string;
  parent: PlannedParent;
  jobContent: string;
  equipment: string[];
  existingId: string | null;
  /** Named only in a responsibility chain (not in the post column). */
  fromChain: boolean;
}
export interface PlannedRiskPoint {
  key: string;
  name: string;
  kind: RiskPointKind;
  unit: PlannedParent;
  postKeys: string[];
  existingId: string | null;
}

export interface OrgPlan {
  workshops: PlannedWorkshop[];
  teams: PlannedTeam[];
  posts: PlannedPost[];
  riskPoints: PlannedRiskPoint[];
  /** riskPoint key of every analysed row, by spreadsheet row number. */
  rowRiskPoint: Map<number, string>;
  /** Rows that need a unit (workshop, team, post or riskPoint) that does not exist yet. */
  createdRows: number[];
}

/** Name of the riskPoint of rows that name neither a post nor a place. */
export const UNNAMED_RISK_POINT = '未注明风险点';

const ACTIVITY_WORDS = /作业|操作|检修|维修|维护|巡检|运输|装卸|搬运|焊接|切割|吊装|驾驶|清理|清扫|施工|试验|检验|检测|巡视|加工|冲压|打磨|喷涂|调试|安装|装载|铲装|爆破|穿孔/;

const clip = (s: string, max: number) => ([...s].length > max ? [...s].slice(0, max).join('') : s);
const teamKeyOf = (name: string) => `team:${compactText(teamName(name)).replace(/班组$/, '班')}`;
const wsKeyOf = (name: string) => `ws:${compactText(name)}`;
const postKeyOf = (name: string) => `post:${compactText(name)}`;
const rpKeyOf = (kind: RiskPointKind, name: string) => `rp:${kind}:${compactText(name)}`;

/** Plans the org units of the rows; `doc` is the target enterprise (null: a new one). */
export function planOrg(rows: readonly AnalysedRow[], doc: EnterpriseFile | null): OrgPlan {
  const workshops = new Map<string, PlannedWorkshop>();
  const teams = new Map<string, PlannedTeam>();
  const posts = new Map<string, PlannedPost>();
  const riskPoints = new Map<string, PlannedRiskPoint>();
  const parentKey = (p: PlannedParent) => (p.kind === 'enterprise' ? 'enterprise' : p.key);

  // what exists already
  if (doc) {
    for (const w of doc.workshops) workshops.set(wsKeyOf(w.name), { key: wsKeyOf(w.name), name: w.name, existingId: w.id });
    const wsKeyById = new Map(doc.workshops.map((w) => [w.id, wsKeyOf(w.name)]));
    const teamKeyById = new Map(doc.teams.map((t) => [t.id, teamKeyOf(t.name)]));
    for (const t of doc.teams) teams.set(teamKeyOf(t.name), { key: teamKeyOf(t.name), name: t.name, workshopKey: t.workshopId ? (wsKeyById.get(t.workshopId) ?? null) : null, existingId: t.id });
    const parentOf = (p: { kind: string; id?: string }): PlannedParent =>
      p.kind === 'workshop' ? { kind: 'workshop', key: wsKeyById.get(p.id!)! } : p.kind === 'team' ? { kind: 'team', key: teamKeyById.get(p.id!)! } : { kind: 'enterprise' };
    const postKeyById = new Map(doc.posts.map((p) => [p.id, postKeyOf(p.name)]));
    for (const p of doc.posts) {
      posts.set(postKeyOf(p.name), { key: postKeyOf(p.name), name: p.name, parent: parentOf(p.parent), jobContent: p.jobContent, equipment: p.equipment, existingId: p.id, fromChain: false });
    }
    for (const r of doc.riskPoints) {
      const key = rpKeyOf(r.kind, r.name);
      riskPoints.set(key, { key, name: r.name, kind: r.kind, unit: parentOf(r.unit), postKeys: r.postIds.map((id) => postKeyById.get(id)!).filter(Boolean), existingId: r.id });
    }
  }

  const workshop = (name: string): string => {
    const n = clip(name, 60);
    const key = wsKeyOf(n);
    if (!workshops.has(key)) workshops.set(key, { key, name: n, existingId: null });
    return key;
  };
  const team = (name: string, wsKey: string | null): string => {
    const n = clip(teamName(name), 60);
    const key = teamKeyOf(n);
    if (!teams.has(key)) teams.set(key, { key, name: n, workshopKey: wsKey, existingId: null });
    return key;
  };
  /** The unit a row's workshop column and chain name (team under its workshop). */
  const unitOf = (r: AnalysedRow): PlannedParent => {
    const wsName = r.cells.workshop ?? (r.chain ? chainAt(r.chain, 'workshop')?.unit : undefined) ?? null;
    const teamN = r.chain ? chainAt(r.chain, 'team')?.unit : undefined;
    const wsKey = wsName ? workshop(wsName) : null;
    if (teamN) return { kind: 'team', key: team(teamN, wsKey) };
    if (wsKey) return { kind: 'workshop', key: wsKey };
    return { kind: 'enterprise' };
  };

  // posts of the post column: parent = the unit most of their rows name
  const postRows = new Map<string, { cell: ReturnType<typeof parsePostCell>; units: Map<string, { unit: PlannedParent; n: number }> }>();
  for (const r of rows) {
    if (!r.cells.post) continue;
    const cell = parsePostCell(r.cells.post);
    if (cell.name === '' || cell.isPlace) continue;
    const entry = postRows.get(postKeyOf(cell.name)) ?? { cell, units: new Map() };
    if (!entry.cell.jobContent && cell.jobContent) entry.cell = { ...entry.cell, jobContent: cell.jobContent };
    entry.cell.equipment = [...new Set([...entry.cell.equipment, ...cell.equipment])];
    const unit = unitOf(r);
    const u = entry.units.get(parentKey(unit));
    if (u) u.n += 1;
    else entry.units.set(parentKey(unit), { unit, n: 1 });
    postRows.set(postKeyOf(cell.name), entry);
  }
  for (const [key, { cell, units }] of postRows) {
    if (posts.has(key)) continue;
    const unit = [...units.values()].sort((a, b) => b.n - a.n)[0]!.unit;
    posts.set(key, { key, name: cell.name, parent: unit, jobContent: cell.jobContent, equipment: cell.equipment.slice(0, 100), existingId: null, fromChain: false });
  }

  /** The posts a chain's post-level items name: matched to known posts, else created. */
  const chainPosts = (items: ChainItem[], unit: PlannedParent, placeName: string): string[] => {
    const out: string[] = [];
    for (const item of items) {
      if (item.level !== 'post' || !item.unit) continue;
      const name = clip(postCore(item.unit) === '' ? `${placeName}${item.unit}` : item.unit, 60);
      let best: { key: string; s: number } | null = null;
      for (const p of posts.values()) {
        const s = postMatchScore(name, p.name);
        if (s > 0 && (!best || s > best.s)) best = { key: p.key, s };
      }
      let key = best?.key;
      if (!key) {
        key = postKeyOf(name);
        if (!posts.has(key)) posts.set(key, { key, name, parent: unit, jobContent: '', equipment: [], existingId: null, fromChain: true });
      }
      if (!out.includes(key)) out.push(key);
    }
    return out;
  };
  const riskPoint = (kind: RiskPointKind, name: string, unit: PlannedParent, postKeys: string[]): string => {
    const n = clip(name, 100);
    const key = rpKeyOf(kind, n);
    const rp = riskPoints.get(key);
    if (rp) rp.postKeys = [...new Set([...rp.postKeys, ...postKeys])];
    else riskPoints.set(key, { key, name: n, kind, unit, postKeys: [...postKeys], existingId: null });
    return key;
  };

  const rowRiskPoint = new Map<number, string>();
  for (const r of rows) {
    const cell = r.cells.post ? parsePostCell(r.cells.post) : null;
    const rpText = r.cells.riskPoint ? clip(compactText(r.cells.riskPoint), 100) : '';
    const unit = unitOf(r);
    let key: string;
    if (cell && cell.name !== '' && !cell.isPlace) {
      const post = posts.get(postKeyOf(cell.name))!;
      if (rpText) {
        const kind: RiskPointKind = ACTIVITY_WORDS.test(rpText) && !isPlaceName(rpText) ? 'activity' : 'place';
        key = riskPoint(kind, rpText, post.parent, [post.key]);
      } else {
        key = riskPoint('activity', post.jobContent && !/[；;]/.test(post.jobContent) ? post.jobContent : activityName(post.name), post.parent, [post.key]);
      }
    } else {
      const place = cell && cell.name !== '' ? cell.name : rpText;
      const items = r.chain?.items ?? [];
      if (place) {
        const kind: RiskPointKind = cell?.isPlace || !ACTIVITY_WORDS.test(place) || isPlaceName(place) ? 'place' : 'activity';
        key = riskPoint(kind, place, unit, chainPosts(items, unit, place));
      } else {
        const linked = chainPosts(items, unit, '');
        const first = linked[0] ? posts.get(linked[0]) : undefined;
        key = first ? riskPoint('activity', activityName(first.name), first.parent, linked) : riskPoint('place', UNNAMED_RISK_POINT, { kind: 'enterprise' }, []);
      }
    }
    rowRiskPoint.set(r.row, key);
  }

  // rows that need something new
  const isNewParent = (p: PlannedParent): boolean =>
    p.kind === 'workshop' ? workshops.get(p.key)?.existingId === null : p.kind === 'team' ? teams.get(p.key)?.existingId === null : false;
  const createdRows: number[] = [];
  for (const r of rows) {
    const rp = riskPoints.get(rowRiskPoint.get(r.row)!)!;
    const existingPosts = new Set(rp.existingId && doc ? doc.riskPoints.find((x) => x.id === rp.existingId)!.postIds : []);
    const newLink = rp.postKeys.some((k) => {
      const p = posts.get(k)!;
      return p.existingId === null || !existingPosts.has(p.existingId);
    });
    if (rp.existingId === null || newLink || isNewParent(rp.unit)) createdRows.push(r.row);
  }
  return {
    workshops: [...workshops.values()],
    teams: [...teams.values()],
    posts: [...posts.values()],
    riskPoints: [...riskPoints.values()],
    rowRiskPoint,
    createdRows,
  };
}
