/**
 * The sign placement plan (安全标志设置): suggestions per place, plate resolution and the plan view
 * the screen, the documents and the CLI share. Pure.
 *
 * Rules and their sources (../shared/docs/domain-facts.md):
 * - Signs go where the hazard is: a riskPoint (a place/equipment, or an activity at its work spot)
 *   gets the signs its hazards name plus the mandatory signs of the PPE those hazards call for.
 *   Posts carry no PPE of their own: a post's PPE here is the PPE of the hazards it is exposed to
 *   at this riskPoint (its other riskPoints get their own signs).
 * - Sizes: GB 2894-2008 formulas from the viewing distance L (§1.2 [V], geometry.ts), and never
 *   below the type-1 plate of the 2008 Annex A table (circle 70, triangle 88, square 63 mm; §1.3 [M]),
 *   a conservative practice of ours (geometry.ts TYPE1_SIGN_MM).
 * - Mounting (§1.5 [V]): area signs lower edge ≥ 2 m on a wall or post; not on doors, windows,
 *   racks or movable objects; plate face about perpendicular to the line of sight, ≥ 75° at the
 *   maximum viewing distance.
 * - Order of several signs together: warning → prohibition → mandatory → information (§1.5 [V],
 *   core/standards/signOrder.ts).
 * - Default distances are our reading of the 2008 type table's location advice (§1.3 [M]): inside a
 *   workshop types 4–5 (6.3–16 m) → 8 m for area signs; local signs types 1–3 → 2 m at the machine.
 */
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { RiskPoint, RiskPointKind } from '../model/hazards';
import { SIGN_MOUNTING_ZH, type SignMounting, type SignPlacement, type SignPlateChoice } from '../model/signPlacements';
import { ppeItem } from '../standards/ppe';
import type { SignCategory } from '../standards/signIds';
import { SIGN_ORDER_GB2894 } from '../standards/signOrder';
import { safetySign, type SafetySign } from '../standards/signs';
import { signTitleZh } from './compose';
import {
  choosePlate, MAX_DISTANCE_M, MIN_DISTANCE_M, minimumSignMm, PLATES, plateLayout, plateSignSizeMm, SIGN_SIZE_COEFFICIENT, signDimensions,
  TYPE1_SIGN_MM, type Plate,
} from './geometry';

/** Default viewing distance by mounting, metres (see the file comment; [M]-derived design). */
export const DEFAULT_VIEWING_DISTANCE_M: Readonly<Record<SignMounting, number>> = { area: 8, local: 2 };

const label = (w: number, h: number): Plate => ({
  id: `label-${w}x${h}`, kind: 'sheet', labelZh: `标签 ${w}×${h} mm`, widthMm: w, heightMm: h, marginMm: 0, withText: true, confidence: 'M',
});

/**
 * Small plates with text for local signs at the equipment: self-adhesive labels printed and cut
 * (about 4:5 like the boards; our sizes [M]). Each is the smallest that carries a type-1 sign
 * (TYPE1_SIGN_MM) of some category: 80 × 100 a 64 mm square, 90 × 115 a 72 mm circle, 110 × 140 a
 * 93 mm triangle; then two larger steps. Several fit on one A4 page with cut marks.
 */
export const LABEL_PLATES: readonly Plate[] = [label(80, 100), label(90, 115), label(110, 140), label(130, 165), label(160, 200)];

/**
 * Labels of earlier versions, below the type-1 size for most categories: still resolved by id so
 * that an existing plan prints as it was planned (and is flagged), never offered again.
 */
export const LEGACY_LABEL_PLATES: readonly Plate[] = [label(60, 75), label(100, 125), label(120, 150)];

/** What a plate is physically: printed paper sheet, cut label, board, or a custom print-shop size. */
export type PlateClass = 'paper' | 'label' | 'board' | 'custom';

export function plateClass(p: Plate): PlateClass {
  if (p.id === 'custom') return 'custom';
  if (p.id.startsWith('label-')) return 'label';
  return p.kind === 'sheet' ? 'paper' : 'board';
}

/** Every plate the app offers: the labels and the geometry plates (not the legacy labels). */
export function placementPlates(): readonly Plate[] {
  return [...LABEL_PLATES, ...PLATES];
}

/**
 * The plates offered for a sign of `category`: those of placementPlates whose sign is at least the
 * type-1 size (TYPE1_SIGN_MM, product rule; domain-facts §1.3 [M]). E.g. the 80 × 100 label is
 * offered for information signs (64 mm square) only.
 */
export function offeredPlates(category: SignCategory): readonly Plate[] {
  return placementPlates().filter((p) => plateSignSizeMm(category, p) >= TYPE1_SIGN_MM[category] - 1e-9);
}

/** A plate by id, the legacy labels included; undefined when unknown. */
export function plateById(id: string): Plate | undefined {
  return placementPlates().find((p) => p.id === id) ?? LEGACY_LABEL_PLATES.find((p) => p.id === id);
}

/** Candidates of the automatic choice: boards and paper sheets with text; local signs also labels. */
export function autoPlateCandidates(mounting: SignMounting): readonly Plate[] {
  return mounting === 'local' ? [...LABEL_PLATES, ...PLATES] : PLATES;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** A custom plate as a Plate record (id 'custom'); symbol-only plates are as tall as wide. */
export function customPlate(widthMm: number, heightMm: number | undefined, withText: boolean): Plate {
  const h = withText ? (heightMm ?? widthMm * 1.25) : widthMm;
  return {
    id: 'custom', kind: 'board', labelZh: withText ? `定制 ${round1(widthMm)}×${round1(h)} mm` : `定制单图形 ${round1(widthMm)} mm`,
    widthMm, heightMm: h, marginMm: 0, withText, confidence: 'M',
  };
}

/**
 * The smallest custom plate with text (width a multiple of 50 mm, height 1.25 × width) whose sign is
 * at least `requiredMm`: the layout is proportional to the width, so one reference plate gives the
 * ratio.
 */
export function customPlateFor(category: SignCategory, requiredMm: number): Plate {
  const ratio = plateSignSizeMm(category, customPlate(1000, 1250, true)) / 1000;
  const w = Math.ceil(requiredMm / ratio / 50 - 1e-9) * 50;
  return customPlate(w, w * 1.25, true);
}

export interface ResolvedPlate {
  plate: Plate;
  plateClass: PlateClass;
  /** What the placement asked for ('auto' also when a standard id was unknown). */
  choice: SignPlateChoice['kind'];
  /** Outer sign size on the plate (d1, a1, d or a), mm. */
  signSizeMm: number;
  /** The formula's minimum at the viewing distance, mm. */
  requiredMm: number;
  /** What the app requires: max(formula, type-1 size) (geometry.ts minimumSignMm), mm. */
  minimumMm: number;
  /** Largest L (m) the plate serves. */
  maxDistanceM: number;
  /**
   * The sign on the plate is smaller than `minimumMm` (a chosen plate only): smaller than the
   * formula asks, or than the type-1 size.
   */
  tooSmall: boolean;
  /** The sign on the plate is smaller than the type-1 size (TYPE1_SIGN_MM). */
  belowType1: boolean;
  /** Auto choice found no practical plate: a custom size was computed. */
  oversize: boolean;
  /** The placement named a plate id this build does not know (the auto choice is used). */
  unknownPlate: boolean;
  /** Physical size as made or printed, mm (a symbol-only triangle is √3/2 as tall as wide). */
  widthMm: number;
  heightMm: number;
}

/** Physical size of a plate for a category, mm (paper sheets include their white margin). */
export function physicalSizeMm(category: SignCategory, plate: Plate): { widthMm: number; heightMm: number } {
  const l = plateLayout(category, plate);
  return { widthMm: l.widthMm + 2 * plate.marginMm, heightMm: l.heightMm + 2 * plate.marginMm };
}

/**
 * The plate of a placement and how it measures up to the formula at its viewing distance and to
 * the type-1 floor. The automatic choice meets both; a chosen plate is kept and flagged.
 * Throws AppError E_SIGN_DISTANCE for a distance outside 0.5–40 m.
 */
export function resolvePlate(category: SignCategory, p: Pick<SignPlacement, 'viewingDistanceM' | 'plate' | 'mounting'>): ResolvedPlate {
  const requiredMm = signDimensions(category, p.viewingDistanceM).outerMm;
  const minimumMm = minimumSignMm(category, p.viewingDistanceM);
  let plate: Plate | undefined;
  let choice: SignPlateChoice['kind'] = p.plate.kind;
  let unknownPlate = false;
  let oversize = false;
  if (p.plate.kind === 'standard') {
    plate = plateById(p.plate.plateId);
    if (!plate) {
      unknownPlate = true;
      choice = 'auto';
    }
  } else if (p.plate.kind === 'custom') {
    plate = customPlate(p.plate.widthMm, p.plate.heightMm, p.plate.withText);
  }
  if (!plate) {
    const hit = choosePlate(category, p.viewingDistanceM, { plates: autoPlateCandidates(p.mounting) });
    if (hit) plate = hit.plate;
    else {
      plate = customPlateFor(category, minimumMm);
      oversize = true;
    }
  }
  const signSizeMm = plateSignSizeMm(category, plate);
  const size = physicalSizeMm(category, plate);
  return {
    plate, plateClass: plateClass(plate), choice, signSizeMm, requiredMm, minimumMm,
    maxDistanceM: signSizeMm / (SIGN_SIZE_COEFFICIENT[category] * 1000),
    tooSmall: signSizeMm < minimumMm - 1e-6, belowType1: signSizeMm < TYPE1_SIGN_MM[category] - 1e-6, oversize, unknownPlate, ...size,
  };
}

/** Mounting instructions printed with a sign (domain-facts §1.5 [V]). */
export const MOUNTING_NOTE_ZH: Readonly<Record<SignMounting, string>> = {
  area: '设在进入该区域前醒目处的墙面或立杆上，标志牌下缘距地面不低于 2 m；牌面与视线接近垂直（最大观察距离处夹角不小于 75°）；不得设在门、窗、架等可移动的物体上。',
  local: '设在设备或作业点附近醒目处，高度与视线平齐为宜；牌面与视线接近垂直；不得设在门、窗、架等可移动的物体上。',
};

/** The grouping rule printed wherever several signs are listed together (GB 2894-2008 §9.5 [V]). */
export const GROUP_ORDER_NOTE_ZH = '同一处设置多个标志时，按警告、禁止、指令、提示的顺序，先左后右、先上后下排列。';

/**
 * Default mounting of a sign at a riskPoint: by the 2008 H/J scope when it names one side only
 * (H → area, J → local, [M]); otherwise area at a place/equipment, local at an activity.
 */
export function defaultMounting(sign: SafetySign, kind: RiskPointKind): SignMounting {
  const s = sign.scope.join('');
  if (s === 'H') return 'area';
  if (s === 'J') return 'local';
  return kind === 'place' ? 'area' : 'local';
}

export interface SuggestedSign {
  signId: string;
  category: SignCategory;
  title: string;
  /** Hazards at the riskPoint that name the sign. */
  hazardIds: string[];
  /** PPE of those hazards whose mandatory sign it is. */
  ppeIds: string[];
  mounting: SignMounting;
  viewingDistanceM: number;
}

/** A sign suggested for the current edition: in the registry and not withdrawn by GB 2894-2025. */
function usable(id: string): SafetySign | undefined {
  const s = safetySign(id);
  return s && !s.withdrawnIn ? s : undefined;
}

/**
 * Signs suggested for a riskPoint: the sign ids of its hazards, then the mandatory signs of their
 * PPE, without duplicates, ordered warning → prohibition → mandatory → information (within a
 * category: hazard order first, PPE-derived after). Unknown and withdrawn sign ids are skipped.
 * Returns [] for an unknown riskPoint.
 */
export function suggestedSigns(doc: EnterpriseFile, riskPointId: string): SuggestedSign[] {
  const rp = doc.riskPoints.find((r) => r.id === riskPointId);
  if (!rp) return [];
  const found = new Map<string, SuggestedSign>();
  const hazards = doc.hazards.filter((h) => h.riskPointId === rp.id);
  const entry = (sign: SafetySign): SuggestedSign => {
    let e = found.get(sign.id);
    if (!e) {
      const mounting = defaultMounting(sign, rp.kind);
      e = { signId: sign.id, category: sign.category, title: signTitleZh(sign), hazardIds: [], ppeIds: [], mounting, viewingDistanceM: DEFAULT_VIEWING_DISTANCE_M[mounting] };
      found.set(sign.id, e);
    }
    return e;
  };
  for (const h of hazards) {
    for (const id of h.signIds) {
      const s = usable(id);
      if (!s) continue;
      const e = entry(s);
      if (!e.hazardIds.includes(h.id)) e.hazardIds.push(h.id);
    }
  }
  for (const h of hazards) {
    for (const pid of h.ppeIds) {
      const p = ppeItem(pid);
      const s = p ? usable(p.signId) : undefined;
      if (!p || !s) continue;
      const e = entry(s);
      if (!e.ppeIds.includes(p.id)) e.ppeIds.push(p.id);
    }
  }
  const list = [...found.values()];
  const rank = (c: SignCategory) => SIGN_ORDER_GB2894.indexOf(c);
  return list.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e.category) - rank(b.e.category) || a.i - b.i).map((x) => x.e);
}

/** Placements of a riskPoint, warning → prohibition → mandatory → information, then by order. */
export function placementsOf(doc: EnterpriseFile, riskPointId: string): SignPlacement[] {
  const rank = (p: SignPlacement) => {
    const s = safetySign(p.signId);
    return s ? SIGN_ORDER_GB2894.indexOf(s.category) : SIGN_ORDER_GB2894.length;
  };
  return doc.signPlacements.filter((p) => p.riskPointId === riskPointId).sort((a, b) => rank(a) - rank(b) || a.order - b.order);
}

export interface PlanRow {
  placement: SignPlacement;
  category: SignCategory;
  title: string;
  plate: ResolvedPlate;
  mountingZh: string;
  mountingNote: string;
  /** The sign was deleted by GB 2894-2025 (kept from an old plan). */
  withdrawn: boolean;
}

export interface PlanFinding {
  code: 'W_SIGN_PLATE_SMALL' | 'W_SIGN_PLATE_OVERSIZE' | 'W_SIGN_PLATE_UNKNOWN' | 'W_SIGN_WITHDRAWN' | 'W_SIGN_UNKNOWN';
  placementId: string;
  text: string;
}

export interface PlacePlan {
  riskPointId: string;
  name: string;
  kind: RiskPointKind;
  location: string;
  /** Owning unit: workshop, team (with its workshop) or the enterprise (unitNameOf). */
  unitName: string;
  /** The same as parts: [workshop, team], [workshop], [team] or ['企业直属']. */
  unitParts: string[];
  posts: { id: string; name: string }[];
  hazardCount: number;
  /** Stored placements in display order (an unknown sign id is listed in findings only). */
  rows: PlanRow[];
  /** Suggestions, each flagged when the plan already has that sign. */
  suggestions: (SuggestedSign & { planned: boolean })[];
  findings: PlanFinding[];
}

/**
 * Name of a riskPoint's owning unit: the workshop, 'workshop team' for a team, or '企业直属' (run by
 * the enterprise itself, not by a workshop) at the enterprise level; '' for a unit that is gone.
 */
export function unitNameOf(doc: EnterpriseFile, rp: RiskPoint): string {
  return unitPartsOf(doc, rp).join(' ');
}

/** The parts of unitNameOf: [workshop, team], [workshop], [team] or ['企业直属']; [] when unknown. */
export function unitPartsOf(doc: EnterpriseFile, rp: RiskPoint): string[] {
  if (rp.unit.kind === 'enterprise') return ['企业直属'];
  const unitId = rp.unit.id;
  if (rp.unit.kind === 'workshop') {
    const w = doc.workshops.find((x) => x.id === unitId);
    return w ? [w.name] : [];
  }
  const t = doc.teams.find((x) => x.id === unitId);
  if (!t) return [];
  const ws = t.workshopId ? doc.workshops.find((w) => w.id === t.workshopId)?.name : undefined;
  return ws ? [ws, t.name] : [t.name];
}

const fmtMm = (x: number) => String(Math.round(x));
const fmtM = (x: number) => String(Math.round(x * 100) / 100);

/** The plan of one riskPoint. Throws nothing; an unknown id gives undefined. */
export function placePlan(doc: EnterpriseFile, riskPointId: string): PlacePlan | undefined {
  const rp = doc.riskPoints.find((r) => r.id === riskPointId);
  if (!rp) return undefined;
  const findings: PlanFinding[] = [];
  const rows: PlanRow[] = [];
  for (const p of placementsOf(doc, rp.id)) {
    const sign = safetySign(p.signId);
    if (!sign) {
      findings.push({ code: 'W_SIGN_UNKNOWN', placementId: p.id, text: `“${p.signId}”不是安全标志库中的标志` });
      continue;
    }
    const plate = resolvePlate(sign.category, p);
    const title = signTitleZh(sign);
    if (plate.signSizeMm < plate.requiredMm - 1e-6) {
      findings.push({
        code: 'W_SIGN_PLATE_SMALL', placementId: p.id,
        text: `${rp.name}“${title}”：${plate.plate.labelZh}上的标志 ${fmtMm(plate.signSizeMm)} mm，小于观察距离 ${fmtM(p.viewingDistanceM)} m 所需的 ${fmtMm(plate.requiredMm)} mm（最大观察距离 ${fmtM(plate.maxDistanceM)} m）`,
      });
    } else if (plate.belowType1) {
      findings.push({
        code: 'W_SIGN_PLATE_SMALL', placementId: p.id,
        text: `${rp.name}“${title}”：${plate.plate.labelZh}上的标志 ${fmtMm(plate.signSizeMm)} mm，小于最小标志牌（GB 2894-2008 附录 A 1 型）的 ${fmtMm(TYPE1_SIGN_MM[sign.category])} mm，请选用较大的规格`,
      });
    }
    if (plate.oversize) {
      findings.push({ code: 'W_SIGN_PLATE_OVERSIZE', placementId: p.id, text: `${rp.name}“${title}”：观察距离 ${fmtM(p.viewingDistanceM)} m 超出常用标志牌，按定制尺寸 ${plate.plate.labelZh.replace('定制 ', '')}` });
    }
    if (plate.unknownPlate) findings.push({ code: 'W_SIGN_PLATE_UNKNOWN', placementId: p.id, text: `${rp.name}“${title}”：标志牌规格未知，已按观察距离自动选择` });
    if (sign.withdrawnIn) findings.push({ code: 'W_SIGN_WITHDRAWN', placementId: p.id, text: `${rp.name}“${title}”已被 ${sign.withdrawnIn} 删除` });
    rows.push({
      placement: p, category: sign.category, title, plate, mountingZh: SIGN_MOUNTING_ZH[p.mounting], mountingNote: MOUNTING_NOTE_ZH[p.mounting], withdrawn: !!sign.withdrawnIn,
    });
  }
  const planned = new Set(rows.map((r) => r.placement.signId));
  const postName = new Map(doc.posts.map((p) => [p.id, p.name]));
  return {
    riskPointId: rp.id, name: rp.name, kind: rp.kind, location: rp.location, unitName: unitNameOf(doc, rp), unitParts: unitPartsOf(doc, rp),
    posts: rp.postIds.map((id) => ({ id, name: postName.get(id) ?? id })),
    hazardCount: doc.hazards.filter((h) => h.riskPointId === rp.id).length,
    rows,
    suggestions: suggestedSigns(doc, rp.id).map((s) => ({ ...s, planned: planned.has(s.signId) })),
    findings,
  };
}

/** The plan of every riskPoint, in riskPoint order. */
export function signPlan(doc: EnterpriseFile): PlacePlan[] {
  return [...doc.riskPoints].sort((a, b) => a.order - b.order).map((r) => placePlan(doc, r.id)!);
}

/** RiskPoints with at least one placement, in riskPoint order (the units of the printed signs). */
export function plannedPlaces(doc: EnterpriseFile): RiskPoint[] {
  const ids = new Set(doc.signPlacements.map((p) => p.riskPointId));
  return [...doc.riskPoints].sort((a, b) => a.order - b.order).filter((r) => ids.has(r.id));
}

/** Valid viewing distance (m): finite and within 0.5–40. */
export function isViewingDistance(x: number): boolean {
  return Number.isFinite(x) && x >= MIN_DISTANCE_M && x <= MAX_DISTANCE_M;
}
