/**
 * Which specialist topic (专项) a hazard or a base item belongs to, and which org units a base
 * item concerns. Derived from the library's section tree (core/catalog/sections.ts) and the base
 * check groups (core/catalog/baseChecks.ts); these are SafePost's own placement rules, not a
 * standard's.
 */
import type { BaseCheck } from '../catalog/baseChecks';
import { libraryEntry } from '../catalog/library';
import { SECTION_SEP } from '../catalog/sections';
import { GB6441_2025_CODES } from '../standards/accidentTypeCodes';
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { Hazard } from '../model/hazards';
import { hazardLibraryId } from '../model/hazardOps';
import type { SpecialistTopic } from './settings';

/** Library section (first level, or full path) → specialist topic. */
const SECTION_TOPIC: readonly [prefix: string, topic: SpecialistTopic][] = [
  ['电气', 'electrical'],
  [`危险作业${SECTION_SEP}临时用电`, 'electrical'],
  ['特种设备', 'specialEquipment'],
  ['消防与疏散', 'fire'],
  ['粉尘防爆', 'dust'],
  ['涉氨制冷', 'ammonia'],
  ['有限空间作业', 'confined'],
];

/** Library section of a hazard ('' for custom or imported hazards without one). */
export function hazardSection(h: Hazard): string {
  const id = hazardLibraryId(h);
  return (id && libraryEntry(id)?.section) || '';
}

/**
 * The specialist topic of a hazard: from its library section; a hazard without a section (custom,
 * imported) counts as electrical when it can cause 触电 (GB 6441-2025 WSA10006).
 */
export function hazardTopic(h: Hazard): SpecialistTopic | null {
  const s = hazardSection(h);
  for (const [prefix, topic] of SECTION_TOPIC) if (s === prefix || s.startsWith(prefix + SECTION_SEP)) return topic;
  if (!s && h.accidentTypes.includes(GB6441_2025_CODES.触电)) return 'electrical';
  return null;
}

/** Base items about special equipment (registration, cranes, forklifts, certificates). */
const SPECIAL_EQUIPMENT_ITEMS = new Set(['base.equipment.01', 'base.equipment.02', 'base.equipment.03', 'base.permit.02', 'base.smelting.02']);

const GROUP_TOPIC: Partial<Record<BaseCheck['group'], SpecialistTopic>> = {
  electrical: 'electrical', fire: 'fire', dust: 'dust', ammonia: 'ammonia', confined: 'confined',
};

/** The specialist topic of a base item, or null. */
export function baseTopic(c: BaseCheck): SpecialistTopic | null {
  if (SPECIAL_EQUIPMENT_ITEMS.has(c.id)) return 'specialEquipment';
  return GROUP_TOPIC[c.group] ?? null;
}

/**
 * Which units a base item concerns below the enterprise: units whose hazards come from one of
 * `sections` (prefix match) or whose posts, riskPoints or equipment mention one of `keywords`.
 * Items without a rule concern every unit of their level.
 */
export interface Relevance {
  sections: readonly string[];
  keywords: readonly string[];
}

const GROUP_RELEVANCE: Partial<Record<BaseCheck['group'], Relevance>> = {
  dust: { sections: ['粉尘防爆'], keywords: ['除尘', '粉尘', '抛光', '打磨', '砂光'] },
  ammonia: { sections: ['涉氨制冷'], keywords: ['氨', '制冷', '冷库', '速冻'] },
  confined: { sections: ['有限空间作业'], keywords: ['有限空间', '污水', '窨井', '储罐', '地坑'] },
  spraying: { sections: ['喷涂与有机溶剂', `机械${SECTION_SEP}涂装/喷涂`], keywords: ['喷漆', '喷涂', '调漆', '涂装'] },
  hazchem: { sections: ['危险化学品使用与储存'], keywords: ['危化品', '化学品', '油漆', '稀释剂', '溶剂'] },
  smelting: { sections: ['熔融金属'], keywords: ['熔炼', '浇注', '熔炉', '铸造'] },
  shipbuilding: { sections: [], keywords: ['船'] },
};

const ITEM_RELEVANCE: Readonly<Record<string, Relevance>> = {
  'base.equipment.02': { sections: [`特种设备${SECTION_SEP}起重机械`, `危险作业${SECTION_SEP}吊装`], keywords: ['起重', '行车', '葫芦', '吊装'] },
  'base.equipment.03': { sections: [`特种设备${SECTION_SEP}叉车/厂内车辆`], keywords: ['叉车'] },
  'base.machinery.03': { sections: [], keywords: ['燃气', '加热炉'] },
  'base.machinery.04': { sections: [], keywords: ['清洗', '溶剂'] },
  'base.commerce.03': { sections: [`商贸${SECTION_SEP}冷库`], keywords: ['冷库'] },
  'base.commerce.04': { sections: [], keywords: ['粮'] },
  'base.light.01': { sections: [`轻工${SECTION_SEP}食品`], keywords: ['烘烤', '油炸', '烤箱'] },
  'base.light.02': { sections: [`轻工${SECTION_SEP}酿酒/饮料`], keywords: ['酒'] },
  'base.light.03': { sections: [], keywords: ['锂电', '电池'] },
};

/** The relevance rule of a base item (item rule, else its group's), or null (every unit). */
export function baseRelevance(c: BaseCheck): Relevance | null {
  return ITEM_RELEVANCE[c.id] ?? GROUP_RELEVANCE[c.group] ?? null;
}

/** What a unit is about: the sections of its hazards and the words of its posts and riskPoints. */
export interface UnitSignature {
  sections: Set<string>;
  text: string;
}

export function unitSignature(doc: EnterpriseFile, hazards: readonly Hazard[], postIds: readonly string[]): UnitSignature {
  const posts = doc.posts.filter((p) => postIds.includes(p.id));
  const rpIds = new Set(hazards.map((h) => h.riskPointId));
  const words = [
    ...posts.flatMap((p) => [p.name, p.jobContent, p.location, ...p.equipment, ...p.tools]),
    ...doc.riskPoints.filter((r) => rpIds.has(r.id)).map((r) => r.name),
  ];
  return { sections: new Set(hazards.map(hazardSection).filter(Boolean)), text: words.join(' ') };
}

export function matches(rule: Relevance, sig: UnitSignature): boolean {
  for (const s of sig.sections) if (rule.sections.some((p) => s === p || s.startsWith(p + SECTION_SEP))) return true;
  return rule.keywords.some((k) => sig.text.includes(k));
}
