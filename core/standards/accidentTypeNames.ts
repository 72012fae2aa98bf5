/**
 * Accident-type names as real registers write them → GB 6441-2025 codes (for the import).
 *
 * Real registers (../shared/realcases README) write 其它伤害 with 它, 高空坠落 for 高处坠落,
 * half-width brackets, and several types run together without a separator (火灾其他爆炸). These
 * helpers normalise such text, resolve each name through the edition tables and the 1986 → 2025
 * mapping, and report what they could not read instead of guessing.
 */
import { GB6441_2025_CODES, type AccidentTypeName2025 } from './accidentTypeCodes';
import { GB6441_1986_NAMES, type AccidentTypeEdition, type AccidentTypeName1986 } from './accidentTypes';
import { mappingFor1986 } from './accidentTypeMapping';

/** Colloquial or wrong names seen in registers → the official name they mean (1986 or 2025). */
export const ACCIDENT_TYPE_ALIASES: Readonly<Record<string, AccidentTypeName1986 | AccidentTypeName2025>> = {
  高空坠落: '高处坠落',
  高处跌落: '高处坠落',
  中毒窒息: '中毒和窒息',
  中毒与窒息: '中毒和窒息',
  中毒及窒息: '中毒和窒息',
  机械伤人: '机械伤害',
  起重伤人: '起重伤害',
  车辆伤人: '车辆伤害',
  厂内车辆伤害: '厂（场）内车辆致害',
  厂内机动车辆伤害: '厂（场）内车辆致害',
  叉车伤害: '厂（场）内车辆致害',
  物体打击伤害: '物体打击',
  触电伤害: '触电',
  电击: '触电',
  烫伤: '灼烫',
  烧伤: '灼烫',
  灼伤: '灼烫',
  化学灼伤: '灼烫',
  溺水: '淹溺',
  压力容器爆炸: '容器爆炸',
  粉尘燃爆: '粉尘爆炸',
  跌倒: '跌落',
  滑倒: '跌落',
  绊倒: '跌落',
  摔伤: '跌落',
  爆炸: '其他爆炸',
};

/** How one name was read. */
export interface AccidentTypeResolution {
  /** The text as found (after normalisation). */
  text: string;
  /** The official name it was read as. */
  name: AccidentTypeName1986 | AccidentTypeName2025;
  /** Which edition's name that is. */
  edition: AccidentTypeEdition;
  /** The 2025 code to use unless someone chooses (the mapping default for 1986 names). */
  code: string;
  /** All 2025 candidates (one for a 2025 name). */
  candidates: readonly string[];
  /** True when the mapping has several candidates: the import must ask. */
  needsChoice: boolean;
  /** True when the text was a colloquial alias, not an official name. */
  viaAlias: boolean;
}

const NAMES_2025 = Object.keys(GB6441_2025_CODES) as AccidentTypeName2025[];
const is2025 = (s: string): s is AccidentTypeName2025 => (NAMES_2025 as string[]).includes(s);
const is1986 = (s: string): s is AccidentTypeName1986 => (GB6441_1986_NAMES as readonly string[]).includes(s);

/**
 * Normalises one accident-type text: trims, removes inner spaces, turns half-width brackets into
 * full-width ones (the 2025 names use （）) and 其它 into 其他.
 */
export function normalizeAccidentTypeText(raw: string): string {
  return raw.trim().replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/其它/g, '其他');
}

/**
 * Reads one accident-type name of either edition (or a known alias) and returns its 2025 code
 * and candidates; undefined when the text is not a known name.
 * @param prefer which edition a name present in both editions is read as (default 2025): in a
 *   1986 register 坍塌 has two 2025 candidates, in a 2025 document it is simply 坍塌.
 */
export function resolveAccidentType(raw: string, prefer: AccidentTypeEdition = 'GB 6441-2025'): AccidentTypeResolution | undefined {
  const text = normalizeAccidentTypeText(raw);
  const alias = ACCIDENT_TYPE_ALIASES[text];
  const name = alias ?? text;
  const viaAlias = alias !== undefined;
  const as2025 = (n: AccidentTypeName2025): AccidentTypeResolution => {
    const code = GB6441_2025_CODES[n];
    return { text, name: n, edition: 'GB 6441-2025', code, candidates: [code], needsChoice: false, viaAlias };
  };
  const as1986 = (n: AccidentTypeName1986): AccidentTypeResolution => {
    const row = mappingFor1986(n);
    return { text, name: n, edition: 'GB 6441-1986', code: row.defaultCode, candidates: row.candidates, needsChoice: row.needsChoice, viaAlias };
  };
  if (is1986(name) && (prefer === 'GB 6441-1986' || !is2025(name))) return as1986(name);
  if (is2025(name)) return as2025(name);
  return undefined;
}

/** Name (either edition or alias) → default 2025 code, e.g. 其它伤害 → WSA10099, 高空坠落 → WSA10010. */
export function accidentTypeCode2025(raw: string, prefer: AccidentTypeEdition = 'GB 6441-2025'): string | undefined {
  return resolveAccidentType(raw, prefer)?.code;
}

const DICTIONARY: readonly string[] = [...new Set([...NAMES_2025, ...GB6441_1986_NAMES, ...Object.keys(ACCIDENT_TYPE_ALIASES)])]
  .sort((a, b) => b.length - a.length);

/**
 * Splits a register cell that may hold several accident types, with or without separators
 * (火灾、其他爆炸 / 火灾其他爆炸 / 机械伤害物体打击), by longest match against the known names.
 * Returns the readings in order of appearance (a name found twice is kept once) and the pieces
 * of text that matched nothing (e.g. 综合伤害), so the import can report them.
 */
export function splitAccidentTypes(
  raw: string,
  prefer: AccidentTypeEdition = 'GB 6441-2025',
): { types: AccidentTypeResolution[]; unknown: string[] } {
  const types: AccidentTypeResolution[] = [];
  const unknown: string[] = [];
  const pieces = raw.split(/[、，,;；/|\n\t ]+/).map(normalizeAccidentTypeText).filter((p) => p.length > 0);
  for (const piece of pieces) {
    let i = 0;
    let rest = '';
    while (i < piece.length) {
      const hit = DICTIONARY.find((d) => piece.startsWith(d, i));
      if (!hit) {
        rest += piece[i];
        i += 1;
        continue;
      }
      if (rest) unknown.push(rest);
      rest = '';
      const r = resolveAccidentType(hit, prefer)!;
      if (!types.some((t) => t.name === r.name)) types.push(r);
      i += hit.length;
    }
    if (rest) unknown.push(rest);
  }
  return { types, unknown };
}
