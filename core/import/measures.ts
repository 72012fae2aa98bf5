/**
 * Measures and safety signs as registers write them. A measure cell often lists several measures
 * (1、… 2、… or separated by ；); each becomes one measure whose kind (工程技术/管理/培训教育/个体
 * 防护/应急处置, DESIGN §4) is read from its words unless the register has one column per kind.
 * Sign names are matched to the GB 2894 registry; a name that is not a registry title
 * (必须穿戴劳保用品) is reported with the nearest titles.
 */
import type { Measure } from '../model/hazards';
import type { ControlLevel, MeasureKind } from '../model/vocab';
import { SAFETY_SIGNS, signByTitle } from '../standards/signs';
import { cleanText, compactText, similarity } from './text';

const KIND_WORDS: readonly [RegExp, MeasureKind][] = [
  [/佩戴|穿戴|劳保|防护用品|安全帽|安全带|护目镜|防护眼镜|面罩|口罩|耳塞|耳罩|绝缘手套|绝缘鞋|防护服|防尘/, 'ppe'],
  [/应急|急救|救援|疏散|撤离|报警|灭火器/, 'emergency'],
  [/培训|教育|持证|考核|交底|技能/, 'training'],
  [/安装|设置|加装|防护罩|护栏|栏杆|联锁|连锁|接地|接零|漏电保护|通风|除尘|隔离|围挡|挡车|限位|防雷|警示灯|护网|盖板/, 'engineering'],
];

/** The kind a measure's words suggest; 'management' when nothing else fits. */
export function measureKindOf(text: string): MeasureKind {
  for (const [re, kind] of KIND_WORDS) if (re.test(text)) return kind;
  return 'management';
}

/**
 * Splits a measure cell into measures: at line breaks, at ；/;, and before enumerators
 * (1、 2. （3） ⑷ …); the enumerators are dropped. Each measure keeps at most 1000 characters.
 */
export function splitMeasures(raw: string): string[] {
  const text = cleanText(raw)
    .replace(/(^|[\s；;。，,])[（(]?\d{1,2}[）)、.．](?!\d)/g, '$1\n')
    .replace(/[①-⑳]/g, '\n');
  return text
    .split(/[\n；;]+/)
    .map((s) => s.trim().replace(/^[，,。、]+|[，,、]+$/g, '').trim())
    .filter((s) => s.length > 0)
    .map((s) => ([...s].length > 1000 ? [...s].slice(0, 1000).join('') : s));
}

/**
 * Measures of one row: from the general column (kind by words) and the per-kind columns.
 * `level` is where each measure is checked: one level for all, or one per kind.
 */
export function buildMeasures(general: string, byKind: Partial<Record<MeasureKind, string>>, level: ControlLevel | ((kind: MeasureKind) => ControlLevel)): Measure[] {
  const levelOf = typeof level === 'function' ? level : () => level;
  const out: Measure[] = [];
  const seen = new Set<string>();
  const add = (text: string, kind: MeasureKind) => {
    if (seen.has(text) || out.length >= 60) return;
    seen.add(text);
    out.push({ kind, text, check: '', method: 'look', level: levelOf(kind) });
  };
  for (const t of splitMeasures(general)) add(t, measureKindOf(t));
  for (const [kind, text] of Object.entries(byKind) as [MeasureKind, string][]) for (const t of splitMeasures(text)) add(t, kind);
  return out;
}

export interface SignReading {
  text: string;
  /** Registry id when the text is a GB 2894 title (2008 or 2025 edition), else null. */
  id: string | null;
  /** Up to three nearest registry signs when it is not. */
  nearest: { id: string; title: string }[];
}

const TITLES: readonly { id: string; title: string }[] = SAFETY_SIGNS.flatMap((s) => {
  const titles = [...new Set(s.editions.map((e) => e.titleZh))];
  return titles.map((title) => ({ id: s.id, title }));
});

/** Reads a sign cell (several names separated by 、，; or line breaks). */
export function readSigns(raw: string): SignReading[] {
  const out: SignReading[] = [];
  for (const piece of cleanText(raw).split(/[、，,;；\n/]+/).map((s) => compactText(s)).filter(Boolean)) {
    const hit = signByTitle(piece, 'GB 2894-2008') ?? signByTitle(piece, 'GB 2894-2025');
    if (hit) {
      out.push({ text: piece, id: hit.id, nearest: [] });
      continue;
    }
    const ranked = TITLES.map((t) => ({ ...t, s: similarity(piece, t.title) }))
      .filter((t) => t.s > 0)
      .sort((a, b) => b.s - a.s || a.title.localeCompare(b.title, 'zh-CN'));
    const nearest: { id: string; title: string }[] = [];
    for (const t of ranked) {
      if (nearest.some((n) => n.id === t.id)) continue;
      nearest.push({ id: t.id, title: t.title });
      if (nearest.length === 3) break;
    }
    out.push({ text: piece, id: null, nearest });
  }
  return out;
}
