/**
 * Column widths of a "fields" grid (企业名称：… 编制日期：…), shared by the PDF and DOCX renderers:
 * each column gets room for its widest item on one line when the width allows it, the rest is
 * shared evenly; otherwise widths follow those needs proportionally. Units: pt in, pt out.
 */
import type { FieldsBlock } from '../../../core/documents/model';
import { textWidthPt } from './fonts';

export function fieldColumnWidths(items: FieldsBlock['items'], cols: number, widthPt: number, sizePt: number): number[] {
  // 16 pt: cell padding plus a gap before the next label
  const need = Array.from({ length: cols }, () => 24);
  items.forEach((item, i) => {
    const k = i % cols;
    need[k] = Math.max(need[k]!, textWidthPt(`${item.label}：`, sizePt, true) + textWidthPt(item.value, sizePt) + 16);
  });
  const total = need.reduce((a, b) => a + b, 0);
  if (total <= widthPt) return need.map((w) => w + (widthPt - total) / cols);
  return need.map((w) => (w / total) * widthPt);
}
