/**
 * Level labels and colours as registers write them → the four levels (重大/较大/一般/低 =
 * 红/橙/黄/蓝, 安委办〔2016〕11号; DESIGN §4): 低风险, 低, 蓝, 蓝色, Ⅳ级, 较大（橙）… and the
 * LEC danger classes some registers print instead (极其危险 … 稍有危险, read with the default
 * band table's grouping: 一般危险 and 稍有危险 are both 低, core/risk/bandTable.ts BT_LEC_DEFAULT).
 */
import type { RiskLevel } from '../model/vocab';
import { compactText } from './text';

const WORDS: Readonly<Record<string, RiskLevel>> = {};
function add(level: RiskLevel, words: string[]): void {
  for (const w of words) (WORDS as Record<string, RiskLevel>)[w] = level;
}
add('major', ['重大风险', '重大', '红', '红色', '红色风险', 'Ⅰ级', 'I级', '一级', '1级', '极高风险', '极其危险', '重大风险（红）', '红色（重大风险）']);
add('high', ['较大风险', '较大', '橙', '橙色', '橙色风险', 'Ⅱ级', 'II级', '二级', '2级', '高风险', '高度危险', '较高风险']);
add('medium', ['一般风险', '一般', '黄', '黄色', '黄色风险', 'Ⅲ级', 'III级', '三级', '3级', '中风险', '中等风险', '中', '显著危险']);
add('low', ['低风险', '低', '蓝', '蓝色', '蓝色风险', 'Ⅳ级', 'IV级', '四级', '4级', '较低风险', '一般危险', '稍有危险', '可接受风险', '轻微风险']);

/**
 * Reads a level label: exact words first, then the text outside a bracket (一般风险（黄）), then
 * the bracket's content (（蓝）). Returns null for text that is not a level ('' → null too).
 */
export function parseLevelText(raw: string): RiskLevel | null {
  const t = compactText(raw).toUpperCase().replace(/级别$/, '级');
  if (t === '') return null;
  const hit = WORDS[t] ?? WORDS[t.replace(/色$/, '')];
  if (hit) return hit;
  const m = /^(.*?)（([^（）]*)）$/.exec(t);
  if (m) return parseLevelText(m[1]!) ?? parseLevelText(m[2]!);
  return null;
}

/**
 * The level a solid cell fill means, by hue: red, orange, yellow or blue; null for white, grey,
 * green or an unreadable colour. `argb` is 'FFRRGGBB' or 'RRGGBB'.
 */
export function levelOfFill(argb: string): RiskLevel | null {
  const hex = /^(?:[0-9A-Fa-f]{2})?([0-9A-Fa-f]{6})$/.exec(argb.trim())?.[1];
  if (!hex) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const sat = max === 0 ? 0 : (max - min) / max;
  if (max < 0.3 || sat < 0.35) return null;
  let hue: number;
  if (max === r) hue = ((g - b) / (max - min)) * 60;
  else if (max === g) hue = (2 + (b - r) / (max - min)) * 60;
  else hue = (4 + (r - g) / (max - min)) * 60;
  if (hue < 0) hue += 360;
  if (hue < 18 || hue >= 335) return 'major';
  if (hue < 52) return 'high';
  if (hue < 70) return 'medium';
  if (hue >= 180 && hue < 260) return 'low';
  return null;
}
