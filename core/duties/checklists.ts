/**
 * Hidden-hazard checklists (隐患排查清单) built from the enterprise's data:
 * - one item per control measure of every hazard, from the library's authored check text
 *   (custom measures without one get "核查：<measure>是否落实", for the user to edit);
 * - the base items that apply to the enterprise's industry and flags (licences, permits,
 *   training records, fire equipment, drills …, core/catalog/baseChecks.ts);
 * - one item for each major hidden-hazard clause of 应急管理部令第10号 that concerns the
 *   enterprise and that no other item covers;
 * - the seasonal and pre-holiday items (seasonalChecks.ts).
 *
 * Each item says what to verify and how (排查方法/内容), what "in order" means (排查标准), where,
 * who (level and people) and how often. The standard of a measure item is the control measure
 * it verifies (the measure text); a base, seasonal or pre-holiday item states its standard in
 * its own text, so the printed row gives the method (现场查看, 查记录、台账 …) and the text
 * after the leading verb as the standard; a clause item's standard is the absence of the
 * clause's situation.
 *
 * Placement rules (SafePost's own, documented here because they decide what is printed):
 * - A measure is checked at its default level (the library's `level`), moved up where the
 *   hazard has no unit at that level; it goes on the routine (日常) sheet of each unit of that
 *   level in the hazard's scope. Measures (engineering, management, PPE) of hazards of a
 *   specialist topic (电气、特种设备、消防、粉尘防爆、涉氨制冷、有限空间) also go on that topic's
 *   specialist sheet.
 * - Knowledge checks are not daily work: a training measure, an emergency measure checked by
 *   asking (询问/抽问), and any measure whose check asks about emergency handling (应急、处置、
 *   施救、急救、撤离、扑救 …) go to the lowest level at or above their default level whose
 *   routine frequency is weekly or rarer (defaults: the workshop, else the enterprise's monthly
 *   sheet), never onto a per-shift post sheet or a daily team sheet. People's knowledge changes
 *   slowly, and asking the same question every shift teaches nothing (isKnowledgeCheck).
 * - A base item is checked at its level by the units it concerns (topics.ts relevance); when no
 *   unit of that level concerns it, it moves up (never down) and the enterprise takes it last.
 *   Items of a specialist topic go on the topic's sheet; those checked quarterly or less often
 *   go ONLY there, more frequent ones also on the routine sheet. Seasonal and pre-holiday items
 *   go on the seasonal and pre-holiday sheets.
 * - The frequency of a routine sheet is the level's configured frequency (defaults: 岗位 每班,
 *   班组 每日, 车间 每周, 企业 每月; domain-facts §9.2); specialist sheets use the topic's
 *   frequency (default 每季度).
 * - Items corresponding to a clause of 应急管理部令第10号 are marked 重大事故隐患 (★): base items
 *   carrying the clause, the clause items themselves, and those measures of a hazard related to
 *   a clause that realise the clause (majorSubjects.ts: the clause's keywords and measure kinds),
 *   e.g. "电工持证上岗" for 第三条第（二）项 but not "定期检查私拉乱接" of the same hazard.
 * Checks of one sheet with the same method, text and standard are printed once, places joined.
 */
import { baseChecksFor, type BaseCheck, type CheckFrequency } from '../catalog/baseChecks';
import type { EnterpriseFile } from '../model/enterpriseFile';
import { postUnits } from '../model/orgOps';
import { CONTROL_LEVELS, CONTROL_LEVEL_ZH, type CheckMethod, type ControlLevel, type MeasureKind, type RiskLevel } from '../model/vocab';
import { levelInUse } from '../risk/levelInUse';
import { clausesFor, majorHazardClause } from '../standards/majorHazards';
import { clauseCitationForPrint, type MajorHazardClause } from '../standards/majorHazardSchema';
import { levelsOfScope, moveUp, scopeOfHazard, type HazardScope } from './controlLevel';
import { measureRealisesClause } from './majorSubjects';
import { postDisplayName, postPath, postsInOrgOrder, teamDisplayName, teamsInOrder, workshopsInOrder } from './orgOrder';
import { dutyIndex, ownersAt, roleOwnersAt, type OwnerPerson, type OwnerUnit } from './owners';
import { HOLIDAY_CHECKS, SEASONAL_CHECKS, type SeasonalCheck } from './seasonalChecks';
import {
  frequencyDays, frequencyZh, SEASON_FOCUS_ZH, SEASON_ZH, SEASONS, SPECIALIST_TOPIC_ZH, SPECIALIST_TOPICS,
  type Frequency, type ItemTextEdit, type Season, type SpecialistTopic,
} from './settings';
import { baseRelevance, baseTopic, hazardTopic, matches, unitSignature, type UnitSignature } from './topics';
import { batchMemo } from '../model/batchMemo';

export type ItemSource = 'measure' | 'base' | 'clause' | 'seasonal' | 'holiday';
export type SheetKind = 'routine' | 'specialist' | 'seasonal' | 'holiday';

export interface MajorMark {
  clauseId: string;
  /** Citation as printed (the article only when verified, DESIGN §5). */
  citation: string;
}

export interface ChecklistItem {
  /** Stable key: m:<hazardId>:<measure index>, b:<base id>, c:<clause id>, s:<seasonal id>, h:<holiday id>. */
  key: string;
  source: ItemSource;
  /** What to verify, as printed (the user's edit when one applies). */
  check: string;
  /** The generated text (before any edit). */
  generated: string;
  edited: boolean;
  /**
   * What "in order" means (排查标准): the measure text of a measure item, the text after the
   * leading verb of a base/seasonal/holiday item, '不得存在：<situation>' for a clause item.
   */
  standard: string;
  /** The method/content printed beside the standard (排查方法/内容). */
  content: string;
  /** Where. */
  place: string;
  method: CheckMethod;
  /** The level that checks it (after moving up). */
  level: ControlLevel;
  /** Who: per unit of that level, the people (owner overrides apply to measure items). */
  who: { unit: OwnerUnit; persons: OwnerPerson[] }[];
  /** How often on its routine sheet (null when it is on specialist/seasonal/holiday sheets only). */
  frequency: Frequency | null;
  topic: SpecialistTopic | null;
  major: MajorMark | null;
  /** Sheets it is printed on. */
  sheetIds: string[];
  hazardId?: string;
  riskLevel?: RiskLevel | null;
  measureKind?: MeasureKind;
  baseId?: string;
}

/** One printed row: identical checks of a sheet merged. */
export interface SheetRow {
  keys: string[];
  check: string;
  /** Printed 排查方法/内容 and 排查标准 (see ChecklistItem). */
  content: string;
  standard: string;
  place: string;
  method: CheckMethod;
  major: MajorMark | null;
}

export interface ChecklistSheet {
  /** 'routine:enterprise', 'routine:workshop:<id>', 'routine:team:<id>', 'routine:post:<id>', 'specialist:<topic>', 'seasonal:<season>', 'holiday'. */
  id: string;
  kind: SheetKind;
  level: ControlLevel;
  unit: OwnerUnit;
  /** '冲压车间 / 冲压一班' — the unit with the units above it. */
  unitPath: string;
  topic?: SpecialistTopic;
  season?: Season;
  frequency: Frequency | null;
  /** '每日', '每季度', '季节性', '节假日前'. */
  frequencyText: string;
  /** 班组每日隐患排查表 … */
  title: string;
  /** Printed under the title (the focus of a seasonal list), may be ''. */
  subtitle: string;
  /** The people responsible for the check (role holders of the unit). */
  inspectors: OwnerPerson[];
  /** Rows from the hazards' measures, then general items. */
  sections: { title: string; rows: SheetRow[] }[];
}

export interface ChecklistBook {
  items: ChecklistItem[];
  sheets: ChecklistSheet[];
  /** Text edits whose generated text changed or whose item no longer exists. */
  staleEdits: ItemTextEdit[];
}

const SPECIALIST_KINDS: ReadonlySet<MeasureKind> = new Set(['engineering', 'management', 'ppe']);
const LONG_INTERVAL: ReadonlySet<CheckFrequency> = new Set(['quarterly', 'half-yearly', 'yearly']);

/** "核查：<measure>是否落实" for a measure without an authored check (trailing punctuation dropped). */
export function defaultCheckText(measureText: string): string {
  return `核查：${measureText.trim().replace(/[。；;，,.\s]+$/u, '')}是否落实`;
}

/** Days between two checks at or above which knowledge checks may be asked (weekly). */
const KNOWLEDGE_MIN_DAYS = 7;
const EMERGENCY_WORDS = /应急|处置|施救|急救|救援|撤离|逃生|扑救|灭火方法|怎么办|做法/u;

/**
 * Whether a measure checks what people know rather than the state of the place: a training
 * measure, an emergency measure checked by asking, or a measure asked about emergency handling.
 * Such checks go on a weekly-or-rarer sheet (module comment).
 */
export function isKnowledgeCheck(m: { kind: MeasureKind; method: CheckMethod; check: string }): boolean {
  if (m.kind === 'training') return true;
  if (m.method !== 'ask') return false;
  return m.kind === 'emergency' || EMERGENCY_WORDS.test(m.check);
}

/** A measure text as a standard: trimmed, without the final full stop or semicolon. */
export function standardText(measureText: string): string {
  return measureText.trim().replace(/[。；;，,.\s]+$/u, '');
}

const LEADING_VERB = /^(生产期间)?(现场)?(查看|察看|观察|核对|核查|查阅|检查|巡查|试验|测试|检测|抽问|询问|清点|确认)/u;
const CONTENT_OF_METHOD: Record<CheckMethod, string> = { look: '现场查看', measure: '现场测试、检测', ask: '询问、抽问人员', records: '查阅记录、台账核对' };
const DONE_WORDS = /(有效|完好|正常|联锁|畅通|干燥|无积水|相符|齐全|传输|结冰|合格|到位|记录)$/u;

/**
 * Splits a self-contained check text (a base, seasonal or pre-holiday item: '查看X齐全有效')
 * into the printed method ('现场查看', from the item's method) and the standard (the text after
 * the leading verb: 'X齐全有效'). A test whose text names only the device gets '，动作正常有效';
 * a question gets '能说出' after the people asked. Text without a leading verb is its own standard.
 */
export function splitCheck(check: string, method: CheckMethod): { content: string; standard: string } {
  const t = standardText(check);
  const m = LEADING_VERB.exec(t);
  if (!m) return { content: CONTENT_OF_METHOD[method], standard: t };
  let rest = (m[1] ?? '') + t.slice(m[0].length).replace(/^[：:，,\s]+/u, '');
  if (method === 'measure' && !DONE_WORDS.test(rest)) rest += '，动作正常有效';
  if (method === 'ask') rest = rest.replace(/^(员工|作业人员|人员)/u, '$1能说出');
  return { content: CONTENT_OF_METHOD[method], standard: rest };
}

/** How a clause's check reads: 测 → measure, 问 → ask, 查看 → look, else records. */
function clauseMethod(c: MajorHazardClause): CheckMethod {
  if (/^(测|检测|测试)/.test(c.checkZh)) return 'measure';
  if (/^(问|抽问|询问)/.test(c.checkZh)) return 'ask';
  if (/^(查看|看)/.test(c.checkZh)) return 'look';
  return 'records';
}

function majorMark(id: string | null | undefined): MajorMark | null {
  if (!id) return null;
  const c = majorHazardClause(id);
  return c ? { clauseId: id, citation: clauseCitationForPrint(c) } : null;
}

export const sheetIdOf = {
  routine: (level: ControlLevel, unitId: string | null) => (level === 'enterprise' ? 'routine:enterprise' : `routine:${level}:${unitId}`),
  specialist: (t: SpecialistTopic) => `specialist:${t}`,
  seasonal: (s: Season) => `seasonal:${s}`,
  holiday: () => 'holiday',
};

interface UnitCtx {
  unit: OwnerUnit;
  path: string;
  scope: HazardScope;
  sig: UnitSignature;
}

/**
 * Builds every item and sheet of an enterprise. Pure; the settings come from
 * `doc.duties.checklists`.
 */
export function buildChecklists(doc: EnterpriseFile): ChecklistBook {
  const s = doc.duties.checklists;
  const ix = dutyIndex(doc);
  const edits = new Map(s.itemTexts.map((e) => [e.key, e]));
  const usedEdits = new Set<string>();
  const ent: OwnerUnit = { kind: 'enterprise', id: null, name: doc.profile.name };

  // ---- hazards, their scopes, and the units of every level with their signatures -------------
  const hz = [...doc.hazards].sort((a, b) => (ix.rp.get(a.riskPointId)?.order ?? 0) - (ix.rp.get(b.riskPointId)?.order ?? 0));
  const scopeOf = new Map<string, HazardScope>();
  for (const h of hz) {
    const rp = ix.rp.get(h.riskPointId);
    scopeOf.set(h.id, rp ? scopeOfHazard(doc, rp, h) : { workshopIds: [], teamIds: [], postIds: [] });
  }
  const hazardsWhere = (pred: (sc: HazardScope) => boolean) => hz.filter((h) => pred(scopeOf.get(h.id)!));
  const units: Record<Exclude<ControlLevel, 'enterprise'>, UnitCtx[]> = {
    workshop: workshopsInOrder(doc).map((w) => {
      const posts = doc.posts.filter((p) => postUnits(doc, p).workshopId === w.id);
      return {
        unit: { kind: 'workshop', id: w.id, name: w.name },
        path: w.name,
        scope: { workshopIds: [w.id], teamIds: [], postIds: [] },
        sig: unitSignature(doc, hazardsWhere((sc) => sc.workshopIds.includes(w.id)), posts.map((p) => p.id)),
      };
    }),
    team: teamsInOrder(doc).map((t) => {
      const ws = t.workshopId ? doc.workshops.find((w) => w.id === t.workshopId)?.name : '';
      const name = teamDisplayName(doc, t.id);
      return {
        unit: { kind: 'team', id: t.id, name },
        path: ws ? `${ws} / ${t.name}` : t.name,
        scope: { workshopIds: [], teamIds: [t.id], postIds: [] },
        sig: unitSignature(doc, hazardsWhere((sc) => sc.teamIds.includes(t.id)), doc.posts.filter((p) => p.parent.kind === 'team' && p.parent.id === t.id).map((p) => p.id)),
      };
    }),
    post: postsInOrgOrder(doc).map((p) => {
      const pp = postPath(doc, p);
      return {
        unit: { kind: 'post', id: p.id, name: postDisplayName(doc, p) },
        path: [pp.workshop, pp.team, p.name].filter(Boolean).join(' / '),
        scope: { workshopIds: [], teamIds: [], postIds: [p.id] },
        sig: unitSignature(doc, hazardsWhere((sc) => sc.postIds.includes(p.id)), [p.id]),
      };
    }),
  };
  const unitCtx = new Map<string, UnitCtx>();
  for (const l of ['workshop', 'team', 'post'] as const) for (const u of units[l]) unitCtx.set(`${l}:${u.unit.id}`, u);
  const roleWho = (level: ControlLevel, u: OwnerUnit) =>
    level === 'enterprise' ? roleOwnersAt(doc, { workshopIds: [], teamIds: [], postIds: [] }, 'enterprise').persons : roleOwnersAt(doc, unitCtx.get(`${level}:${u.id}`)!.scope, level).persons;

  const items: ChecklistItem[] = [];
  const topicOn = (t: SpecialistTopic | null): t is SpecialistTopic => !!t && s.specialist[t].enabled;
  const textOf = (key: string, generated: string) => {
    const e = edits.get(key);
    if (e && e.original === generated) {
      usedEdits.add(key);
      return { check: e.text, edited: true };
    }
    return { check: generated, edited: false };
  };
  const covered = new Set<string>();
  /** The lowest existing level at or above `wanted` whose routine sheet is weekly or rarer. */
  const knowledgeLevel = (wanted: ControlLevel, available: readonly ControlLevel[]): ControlLevel => {
    for (let i = CONTROL_LEVELS.indexOf(wanted); i > 0; i--) {
      const l = CONTROL_LEVELS[i]!;
      if (available.includes(l) && frequencyDays(s.routine[l]) >= KNOWLEDGE_MIN_DAYS) return l;
    }
    return 'enterprise';
  };

  // ---- measures -------------------------------------------------------------------------------
  for (const h of hz) {
    const sc = scopeOf.get(h.id)!;
    const available = levelsOfScope(sc);
    const rp = ix.rp.get(h.riskPointId);
    const topic = hazardTopic(h);
    const grade = levelInUse(ix.assessments.get(h.id) ?? []).level;
    // an activity is located by the part it concerns; a place by its name and that part
    const where = !rp ? h.place : rp.kind === 'activity' ? h.place || rp.location || rp.name : placeText(rp.name, h.place);
    h.measures.forEach((m, i) => {
      const generated = m.check.trim() || defaultCheckText(m.text);
      const level = isKnowledgeCheck({ kind: m.kind, method: m.method, check: generated }) ? knowledgeLevel(m.level, available) : moveUp(m.level, available);
      const owners = ownersAt(doc, h, level, ix, grade);
      const key = `m:${h.id}:${i}`;
      const major = h.majorHazardClause && measureRealisesClause(h.majorHazardClause, m) ? majorMark(h.majorHazardClause) : null;
      if (major) covered.add(major.clauseId);
      const sheetIds = owners.units.map((u) => sheetIdOf.routine(level, u.id));
      if (topicOn(topic) && SPECIALIST_KINDS.has(m.kind)) sheetIds.push(sheetIdOf.specialist(topic));
      const text = textOf(key, generated);
      items.push({
        key,
        source: 'measure',
        ...text,
        generated,
        standard: standardText(m.text),
        content: text.check,
        place: where,
        method: m.method,
        level,
        who: owners.units.map((u) => ({ unit: u, persons: ownersFor(doc, level, u, owners.persons, owners.source) })),
        frequency: s.routine[level],
        topic,
        major,
        sheetIds,
        hazardId: h.id,
        riskLevel: grade,
        measureKind: m.kind,
      });
    });
  }

  // ---- base items -----------------------------------------------------------------------------
  const place = (c: { method: CheckMethod }, level: ControlLevel) =>
    c.method === 'records' ? '相关记录、台账' : level === 'enterprise' ? '全厂' : level === 'workshop' ? '本车间' : level === 'team' ? '本班组作业区域' : '本岗位';
  /** The level and units that check a base item (moving up until some unit concerns it). */
  const placeBase = (c: BaseCheck): { level: ControlLevel; units: OwnerUnit[] } => {
    const rule = baseRelevance(c);
    for (let i = CONTROL_LEVELS.indexOf(c.level); i > 0; i--) {
      const level = CONTROL_LEVELS[i] as Exclude<ControlLevel, 'enterprise'>;
      const list = units[level];
      if (list.length === 0) continue;
      const chosen = rule ? list.filter((u) => matches(rule, u.sig)) : level === 'post' ? list.filter((u) => u.sig.sections.size > 0) : list;
      if (chosen.length > 0) return { level, units: chosen.map((u) => u.unit) };
    }
    return { level: 'enterprise', units: [ent] };
  };
  const holidayList = s.preHoliday && HOLIDAY_CHECKS.some(flaggedItem(doc));
  for (const c of baseChecksFor(doc.profile.industry ?? 'other', doc.profile.flags)) {
    // the pre-holiday sheet prints its own detailed items; the base item only summarises them
    if (c.frequency === 'pre-holiday' && holidayList) continue;
    const key = `b:${c.id}`;
    const topic = baseTopic(c);
    const major = majorMark(c.majorHazardClause);
    const sheetIds: string[] = [];
    // seasonal, pre-holiday and long-interval specialist items are the enterprise's
    let level: ControlLevel = 'enterprise';
    let unitList: OwnerUnit[] = [ent];
    let frequency: Frequency | null = null;
    if (c.frequency === 'seasonal' && c.method === 'records') {
      // "have the seasonal checks been done" is read from the records on the enterprise's sheet,
      // not on the seasonal sheet it is about
      frequency = s.routine.enterprise;
      sheetIds.push(sheetIdOf.routine('enterprise', null));
    } else if (c.frequency === 'seasonal') {
      for (const season of SEASONS) if (s.seasonal[season]) sheetIds.push(sheetIdOf.seasonal(season));
    } else if (c.frequency === 'pre-holiday') {
      if (s.preHoliday) sheetIds.push(sheetIdOf.holiday());
    } else {
      const onlySpecialist = topicOn(topic) && LONG_INTERVAL.has(c.frequency);
      if (topicOn(topic)) sheetIds.push(sheetIdOf.specialist(topic));
      if (!onlySpecialist) {
        const placed = placeBase(c);
        level = placed.level;
        unitList = placed.units;
        frequency = s.routine[level];
        sheetIds.unshift(...unitList.map((u) => sheetIdOf.routine(level, u.id)));
      }
    }
    if (sheetIds.length === 0) continue;
    if (major) covered.add(major.clauseId);
    const text = textOf(key, c.check);
    items.push({
      key,
      source: 'base',
      ...text,
      ...splitCheck(text.check, c.method),
      generated: c.check,
      place: place(c, level),
      method: c.method,
      level,
      who: unitList.map((u) => ({ unit: u, persons: roleWho(level, u) })),
      frequency,
      topic,
      major,
      sheetIds,
      baseId: c.id,
    });
  }

  // ---- major hidden-hazard clauses not covered by any item --------------------------------------
  const SPECIAL_CLAUSE_TOPIC: Record<string, SpecialistTopic> = { dust: 'dust', ammonia: 'ammonia', confined: 'confined' };
  for (const c of clausesFor('应急管理部令第10号', doc.profile.industry ?? 'other', doc.profile.flags)) {
    if (covered.has(c.id)) continue;
    // an industry clause tied to a special operation (熔炼、浇注 …) needs that flag, as its base items do
    if (c.flags.length > 0 && !c.flags.some((f) => doc.profile.flags.includes(f))) continue;
    const key = `c:${c.id}`;
    const topic = c.special ? (SPECIAL_CLAUSE_TOPIC[c.special] ?? null) : null;
    const sheetIds = [topicOn(topic) ? sheetIdOf.specialist(topic) : sheetIdOf.routine('enterprise', null)];
    const text = textOf(key, c.checkZh);
    items.push({
      key,
      source: 'clause',
      ...text,
      content: text.check,
      standard: `不得存在：${standardText(c.summaryZh)}`,
      generated: c.checkZh,
      place: '全厂',
      method: clauseMethod(c),
      level: 'enterprise',
      who: [{ unit: ent, persons: roleWho('enterprise', ent) }],
      frequency: topicOn(topic) ? null : s.routine.enterprise,
      topic,
      major: majorMark(c.id),
      sheetIds,
    });
  }

  // ---- seasonal and pre-holiday items -----------------------------------------------------------
  const flagged = flaggedItem(doc);
  const entWho = [{ unit: ent, persons: roleWho('enterprise', ent) }];
  for (const season of SEASONS) {
    if (!s.seasonal[season]) continue;
    for (const x of SEASONAL_CHECKS[season].filter(flagged)) {
      const key = `s:${x.id}`;
      const text = textOf(key, x.check);
      items.push({ key, source: 'seasonal', ...text, ...splitCheck(text.check, x.method), generated: x.check, place: x.place, method: x.method, level: 'enterprise', who: entWho, frequency: null, topic: null, major: null, sheetIds: [sheetIdOf.seasonal(season)] });
    }
  }
  if (s.preHoliday) {
    for (const x of HOLIDAY_CHECKS.filter(flagged)) {
      const key = `h:${x.id}`;
      const text = textOf(key, x.check);
      items.push({ key, source: 'holiday', ...text, ...splitCheck(text.check, x.method), generated: x.check, place: x.place, method: x.method, level: 'enterprise', who: entWho, frequency: null, topic: null, major: null, sheetIds: [sheetIdOf.holiday()] });
    }
  }

  // ---- sheets -----------------------------------------------------------------------------------
  const bySheet = new Map<string, ChecklistItem[]>();
  for (const it of items) for (const id of it.sheetIds) (bySheet.get(id) ?? bySheet.set(id, []).get(id)!).push(it);
  const sheets: ChecklistSheet[] = [];
  const make = (id: string, base: Omit<ChecklistSheet, 'id' | 'sections'>) => {
    const list = bySheet.get(id);
    if (!list || list.length === 0) return;
    sheets.push({ id, ...base, sections: sectionsOf(list, base.level) });
  };
  const routineTitle = (level: ControlLevel) => `${CONTROL_LEVEL_ZH[level]}${frequencyZh(s.routine[level])}隐患排查表`;
  make(sheetIdOf.routine('enterprise', null), {
    kind: 'routine', level: 'enterprise', unit: ent, unitPath: '全厂', frequency: s.routine.enterprise, frequencyText: frequencyZh(s.routine.enterprise),
    title: routineTitle('enterprise'), subtitle: '', inspectors: roleWho('enterprise', ent),
  });
  for (const level of ['workshop', 'team', 'post'] as const) {
    for (const u of units[level]) {
      make(sheetIdOf.routine(level, u.unit.id), {
        kind: 'routine', level, unit: u.unit, unitPath: u.path, frequency: s.routine[level], frequencyText: frequencyZh(s.routine[level]),
        title: routineTitle(level), subtitle: '', inspectors: roleWho(level, u.unit),
      });
    }
  }
  const specialistWho = (() => {
    const all = roleWho('enterprise', ent);
    const safety = all.filter((p) => p.role === 'safetyManager');
    return safety.length > 0 ? safety : all;
  })();
  for (const t of SPECIALIST_TOPICS) {
    const f = s.specialist[t].frequency;
    make(sheetIdOf.specialist(t), {
      kind: 'specialist', level: 'enterprise', unit: ent, unitPath: '全厂', topic: t, frequency: f, frequencyText: frequencyZh(f),
      title: `企业${frequencyZh(f)}${SPECIALIST_TOPIC_ZH[t]}专项隐患排查表`, subtitle: '', inspectors: specialistWho,
    });
  }
  for (const season of SEASONS) {
    make(sheetIdOf.seasonal(season), {
      kind: 'seasonal', level: 'enterprise', unit: ent, unitPath: '全厂', season, frequency: null, frequencyText: `季节性（${SEASON_ZH[season]}）`,
      title: `企业季节性（${SEASON_ZH[season]}）隐患排查表`, subtitle: `排查重点：${SEASON_FOCUS_ZH[season]}`, inspectors: roleWho('enterprise', ent),
    });
  }
  make(sheetIdOf.holiday(), {
    kind: 'holiday', level: 'enterprise', unit: ent, unitPath: '全厂', frequency: null, frequencyText: '节假日前',
    title: '企业节假日前隐患排查表', subtitle: '排查重点：停产停用设备、防火防盗、值班值守、应急准备', inspectors: roleWho('enterprise', ent),
  });

  const known = new Map(items.map((i) => [i.key, i]));
  const staleEdits = s.itemTexts.filter((e) => !usedEdits.has(e.key) && (!known.has(e.key) || known.get(e.key)!.generated !== e.original));
  return { items, sheets, staleEdits };
}

/** Seasonal and pre-holiday items that apply: no flags, or one of the enterprise's flags. */
function flaggedItem(doc: EnterpriseFile): (x: SeasonalCheck) => boolean {
  return (x) => !x.flags || x.flags.some((f) => doc.profile.flags.includes(f));
}

/**
 * Where a hazard of a place risk point is checked: the place, then the part in brackets
 * ('配电房（电缆沟）'); a part that already starts with the place is printed alone, and a part
 * carrying its own brackets follows a colon ('污水池（有限空间）：有限空间（辨识与标识）'), never
 * brackets inside brackets.
 */
export function placeText(point: string, part: string): string {
  if (!part || part.startsWith(point)) return part || point;
  return /[（(]/.test(part) || /[）)]$/.test(point) ? `${point}：${part}` : `${point}（${part}）`;
}

/** People who check a measure at one unit: the override people, else the role holders of that unit. */
function ownersFor(doc: EnterpriseFile, level: ControlLevel, u: OwnerUnit, overall: OwnerPerson[], source: 'roles' | 'override'): OwnerPerson[] {
  if (source === 'override' || level === 'enterprise') return overall;
  const sc: HazardScope = { workshopIds: level === 'workshop' ? [u.id!] : [], teamIds: level === 'team' ? [u.id!] : [], postIds: level === 'post' ? [u.id!] : [] };
  return roleOwnersAt(doc, sc, level).persons;
}

/**
 * The place of an item on one sheet. A base item says '本班组作业区域' or '本岗位' on the sheet of
 * its own level; on a sheet of another level (an enterprise specialist sheet) it names the units
 * that do the check instead ('仓储班作业区域', or '各班组作业区域' when more than three).
 */
function placeOnSheet(it: ChecklistItem, sheetLevel: ControlLevel): string {
  if (it.source !== 'base' || it.level === sheetLevel || it.level === 'enterprise' || it.method === 'records') return it.place;
  const names = it.who.map((w) => w.unit.name);
  const many = names.length > 3;
  if (it.level === 'workshop') return many ? '各车间' : names.join('、');
  if (it.level === 'team') return many ? '各班组作业区域' : `${names.join('、')}作业区域`;
  return many ? '各岗位' : `${names.join('、')}岗位`;
}

/** Rows of a sheet: hazard measures first (一、), then general items (二、); rows with the same method, check and standard merged. */
function sectionsOf(list: ChecklistItem[], sheetLevel: ControlLevel): ChecklistSheet['sections'] {
  const merge = (xs: ChecklistItem[]): SheetRow[] => {
    const rows = new Map<string, SheetRow>();
    for (const it of xs) {
      const k = `${it.method}|${it.check}|${it.standard}`;
      const r = rows.get(k);
      const place = placeOnSheet(it, sheetLevel);
      if (!r) {
        rows.set(k, { keys: [it.key], check: it.check, content: it.content, standard: it.standard, place, method: it.method, major: it.major });
        continue;
      }
      r.keys.push(it.key);
      if (place && !r.place.split('；').includes(place)) r.place = r.place ? `${r.place}；${place}` : place;
      r.major ??= it.major;
    }
    return [...rows.values()];
  };
  const measures = merge(list.filter((i) => i.source === 'measure'));
  const general = merge(list.filter((i) => i.source !== 'measure'));
  const out: ChecklistSheet['sections'] = [];
  if (measures.length > 0) out.push({ title: '风险管控措施落实情况', rows: measures });
  if (general.length > 0) out.push({ title: measures.length > 0 ? '基础管理与现场通用项目' : '排查项目', rows: general });
  return out;
}

const BOOKS = new WeakMap<EnterpriseFile, ChecklistBook>();

/**
 * buildChecklists, remembered per document object (documents are never modified in place: every
 * edit returns a new object), so the print centre's units, checks and builds share one build.
 */
export function checklistBook(doc: EnterpriseFile): ChecklistBook {
  return batchMemo(doc, 'duties.checklistBook', () => {
    let b = BOOKS.get(doc);
    if (!b) {
      b = buildChecklists(doc);
      BOOKS.set(doc, b);
    }
    return b;
  });
}

/**
 * Where the print centre finds a sheet: the document kind (core/documents/kinds/checklists.ts)
 * and, for kinds produced per unit, the unit id and name.
 */
export function printRef(s: ChecklistSheet): { kind: string; unitId: string | null; unitName: string } {
  if (s.kind === 'specialist') return { kind: 'checklist.specialist', unitId: s.topic!, unitName: SPECIALIST_TOPIC_ZH[s.topic!] };
  if (s.kind === 'seasonal') return { kind: 'checklist.seasonal', unitId: s.season!, unitName: SEASON_ZH[s.season!] };
  if (s.kind === 'holiday') return { kind: 'checklist.holiday', unitId: null, unitName: s.unit.name };
  return { kind: `checklist.${s.level}`, unitId: s.level === 'enterprise' ? null : s.unit.id, unitName: s.unit.name };
}

/** Number of printed rows of a sheet. */
export function sheetRowCount(sh: ChecklistSheet): number {
  return sh.sections.reduce((n, x) => n + x.rows.length, 0);
}
