/**
 * Accident types of an imported register → GB 6441-2025 codes (DESIGN §5: old registers import
 * through an explicit mapping). Builds on core/standards/accidentTypeNames.ts and reports, per
 * type, whether it was already a 2025 name, was rewritten to one definite type (1986 name with one
 * candidate, alias such as 高空坠落, 其它 → 其他, types joined without a separator), needs a choice
 * among several 2025 candidates, or is not an accident type at all (综合伤害, 全部伤害, 人身伤害).
 */
import { GB6441_2025_CODES, type AccidentTypeName2025 } from '../standards/accidentTypeCodes';
import { resolveAccidentType, splitAccidentTypes, type AccidentTypeResolution } from '../standards/accidentTypeNames';
import { accidentTypeByCode, type AccidentTypeEdition } from '../standards/accidentTypes';
import { cleanText } from './text';

export type AccidentReading =
  /** Already the 2025 name. */
  | { kind: 'ok'; text: string; code: string }
  /** Rewritten to one definite 2025 type. */
  | { kind: 'mapped'; text: string; code: string; name: string; why: 'edition' | 'alias' | 'spelling' | 'joined' }
  /** A 1986 type with several 2025 candidates: `code` is the mapping default until someone chooses. */
  | { kind: 'choice'; text: string; from: string; code: string; candidates: readonly string[] };

export interface RowAccidentTypes {
  /** The cell as written (cleaned). */
  raw: string;
  readings: AccidentReading[];
  /** Pieces that are not accident types (综合伤害). */
  unknown: string[];
}

const NAMES_2025 = new Set<string>(Object.keys(GB6441_2025_CODES));
const SEPARATORS = /[、，,;；/|\n\t ]+/;

/** 2025 name of a 2025 code ('' for an unknown code). */
export function accidentName2025(code: string): string {
  return accidentTypeByCode(code)?.nameZh ?? '';
}

/**
 * Which edition a register's accident types are written in: 1986 when some cell uses a name that
 * exists only in GB 6441-1986 (机械伤害, 车辆伤害, 其他伤害, 放炮…) and none uses a 2025-only name
 * (机械致害, 跌落…); otherwise 2025. In a 1986 register, names both editions share (坍塌, 容器爆炸)
 * are read as 1986 names, so their several 2025 candidates are offered.
 */
export function detectAccidentEdition(cells: readonly string[]): AccidentTypeEdition {
  let old = false;
  let now = false;
  for (const c of cells) {
    for (const t of splitAccidentTypes(c, 'GB 6441-2025').types) {
      if (t.viaAlias) continue;
      if (t.edition === 'GB 6441-1986') old = true;
      else if (!['触电', '淹溺', '灼烫', '火灾', '高处坠落', '坍塌', '容器爆炸', '物体打击'].includes(t.name)) now = true;
    }
  }
  return old && !now ? 'GB 6441-1986' : 'GB 6441-2025';
}

function reading(r: AccidentTypeResolution, piece: string, joined: boolean): AccidentReading {
  if (r.needsChoice) return { kind: 'choice', text: piece, from: r.name, code: r.code, candidates: r.candidates };
  const name = accidentName2025(r.code);
  if (joined) return { kind: 'mapped', text: piece, code: r.code, name, why: 'joined' };
  if (r.viaAlias) return { kind: 'mapped', text: piece, code: r.code, name, why: 'alias' };
  if (/其它/.test(piece)) return { kind: 'mapped', text: piece, code: r.code, name, why: 'spelling' };
  if (name !== r.text) return { kind: 'mapped', text: piece, code: r.code, name, why: 'edition' };
  return { kind: 'ok', text: piece, code: r.code };
}

/**
 * Reads one accident-type cell. Pieces are split at separators, then by longest match
 * (火灾其他爆炸 → 火灾 + 其他爆炸); a trailing 事故 is dropped (火灾事故). Duplicate codes of one
 * cell are kept once.
 */
export function readAccidentTypes(raw: string, edition: AccidentTypeEdition): RowAccidentTypes {
  const text = cleanText(raw);
  const readings: AccidentReading[] = [];
  const unknown: string[] = [];
  for (const p of text.split(SEPARATORS).filter((x) => x !== '')) {
    const piece = p.replace(/事故$/, '') || p;
    const direct = resolveAccidentType(piece, edition);
    if (direct) {
      push(reading(direct, piece, false));
      continue;
    }
    const split = splitAccidentTypes(piece, edition);
    const joined = split.types.length > 1 || (split.types.length === 1 && split.unknown.length > 0);
    for (const t of split.types) push(reading(t, t.text, joined));
    for (const u of split.unknown) if (!unknown.includes(u)) unknown.push(u);
  }
  return { raw: text, readings, unknown };

  function push(r: AccidentReading): void {
    const key = r.kind === 'choice' ? `choice:${r.from}` : r.code;
    if (!readings.some((x) => (x.kind === 'choice' ? `choice:${x.from}` : x.code) === key)) readings.push(r);
  }
}

/** True when a name is one of the 27 GB 6441-2025 names. */
export function is2025Name(name: string): name is AccidentTypeName2025 {
  return NAMES_2025.has(name);
}
