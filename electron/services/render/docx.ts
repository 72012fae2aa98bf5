/**
 * DOCX renderer of the document model (DESIGN §6, tech-notes §5) with docx 9.15.
 *
 * - Page size/orientation and margins from the model (twips: 1 mm = 56.69 twips).
 * - Explicit paragraph styles (SPTitle1–3, SPBody, SPTable, SPTableHead, SPRunning): black,
 *   no built-in heading styles (LibreOffice prints those blue).
 * - Every run names its fonts (ascii/hAnsi/cs Arial, eastAsia Microsoft YaHei) and language
 *   zh-CN; the font table tells Word/WPS what to substitute when YaHei is missing (./docxFonts.ts).
 * - Tables: fixed layout, ruled, header rows marked `tableHeader` (repeated on every page), cell
 *   shading as `w:shd clear` + fill (shown in colour by Word, WPS and LibreOffice), row spans as
 *   `w:vMerge`. Rows may break across pages, so a tall cell continues instead of being cut.
 * - Running header (left/right text over a rule) and footer ("第 N 页 共 M 页" from PAGE/NUMPAGES
 *   fields, optional left text).
 * - `custom` blocks are skipped, or replaced by the text `opts.customText` returns.
 *
 * Errors: group spans not matching the columns, or any docx failure, throw
 * AppError('E_RENDER_FAILED', { format: 'docx', reason }).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
  LineRuleType,
  HeightRule,
  type IRunOptions,
  type IStylesOptions,
  type ITableCellBorders,
} from 'docx';
import { AppError } from '../../../core/contract/errors';
import { BLACK, HEADER_FILL, MUTED_TEXT, RISK_COLOURS, levelBandLabel } from '../../../core/documents/colours';
import {
  cellObject,
  defaultMarginsMm,
  groupHeaderProblem,
  paragraphRuns,
  rowSpanGrid,
  PAPER_MM,
  type Align,
  type Block,
  type DocModel,
  type FieldsBlock,
  type SignaturesBlock,
  type TableBlock,
  type TextRun as ModelRun,
} from '../../../core/documents/model';
import { patchFontTable } from './docxFonts';
import { fieldColumnWidths } from './fieldWidths';
import { OFFICE_FONTS } from './fonts';

export interface RenderDocxOptions {
  /** Text printed in place of a `custom` block (grey, italic-free); undefined/empty skips it. */
  customText?: (id: string, data: unknown) => string | undefined;
}

const TWIPS_PER_MM = 1440 / 25.4;
const tw = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
/** docx sizes are half-points. */
const hp = (pt: number): number => Math.round(pt * 2);
const hex = (c: string): string => c.replace('#', '').toUpperCase();

const FONT = { ascii: OFFICE_FONTS.latin, hAnsi: OFFICE_FONTS.latin, cs: OFFICE_FONTS.latin, eastAsia: OFFICE_FONTS.eastAsia };
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' };
const TEXT_PT = 10.5;
const TABLE_PT = 9;
/** Hand-written date blanks: four ideographic spaces for the year, two for month and day. */
const DATE_BLANKS = '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日';

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NO_RULE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const ALL_RULES: ITableCellBorders = { top: RULE, bottom: RULE, left: RULE, right: RULE };
const NO_RULES: ITableCellBorders = { top: NO_RULE, bottom: NO_RULE, left: NO_RULE, right: NO_RULE };
const CELL_MARGINS = { top: 40, bottom: 40, left: 57, right: 57 }; // 0.7 mm / 1 mm

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

/** A run with the document's fonts and language. */
function run(text: string, o: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ text, font: FONT, language: LANGUAGE, ...o });
}

/** Paragraphs for multi-line text: one paragraph per '\n' line. */
function textParagraphs(text: string, style: string, o: { align?: Align; bold?: boolean; color?: string } = {}): Paragraph[] {
  return text.split(/\r\n?|\n/).map(
    (line) =>
      new Paragraph({
        style,
        ...(o.align ? { alignment: ALIGN[o.align] } : {}),
        children: [run(line, { ...(o.bold ? { bold: true } : {}), ...(o.color ? { color: hex(o.color) } : {}) })],
      }),
  );
}

function styles(): IStylesOptions {
  const para = (id: string, name: string, sizePt: number, o: { bold?: boolean; color?: string; align?: Align; before?: number; after?: number; line?: number; outline?: number; keepNext?: boolean } = {}) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'SPBody',
    quickFormat: true,
    run: { font: FONT, size: hp(sizePt), bold: !!o.bold, color: hex(o.color ?? BLACK), language: LANGUAGE },
    paragraph: {
      ...(o.align ? { alignment: ALIGN[o.align] } : {}),
      spacing: { before: o.before ?? 0, after: o.after ?? 0, line: o.line ?? 240, lineRule: LineRuleType.AUTO },
      ...(o.outline !== undefined ? { outlineLevel: o.outline } : {}),
      ...(o.keepNext ? { keepNext: true } : {}),
    },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: hp(TEXT_PT), language: LANGUAGE, color: '000000' },
        paragraph: { spacing: { before: 0, after: 0, line: 240 } },
      },
    },
    paragraphStyles: [
      para('SPTitle1', 'SafePost 标题 1', 18, { bold: true, align: 'center', after: 200, line: 276, outline: 0, keepNext: true }),
      para('SPTitle2', 'SafePost 标题 2', 14, { bold: true, before: 160, after: 120, line: 276, outline: 1, keepNext: true }),
      para('SPTitle3', 'SafePost 标题 3', 12, { bold: true, before: 120, after: 80, line: 276, outline: 2, keepNext: true }),
      para('SPBody', 'SafePost 正文', TEXT_PT, { after: 80, line: 360 }),
      para('SPField', 'SafePost 表头字段', TEXT_PT, { line: 300 }),
      para('SPTable', 'SafePost 表格文字', TABLE_PT, { line: 260 }),
      para('SPTableHead', 'SafePost 表格标题', TABLE_PT, { bold: true, align: 'center', line: 260 }),
      para('SPRunning', 'SafePost 页眉页脚', 8, { color: MUTED_TEXT }),
    ],
  };
}

/** Renders `model` to the bytes of a .docx file. */
export async function renderDocx(model: DocModel, opts: RenderDocxOptions = {}): Promise<Buffer> {
  try {
    const margins = model.page.marginsMm ?? defaultMarginsMm(model.page.orientation);
    const paper = PAPER_MM[model.page.size];
    const landscape = model.page.orientation === 'landscape';
    const textWidthTw = tw((landscape ? paper.height : paper.width) - margins.left - margins.right);
    const children = model.blocks.flatMap((b) => block(b, textWidthTw, opts));
    // Word needs a paragraph after a final table; an empty document needs one paragraph
    if (children.length === 0 || children[children.length - 1] instanceof Table) children.push(new Paragraph({ style: 'SPBody', children: [] }));
    const doc = new Document({
      creator: 'SafePost',
      title: model.title,
      styles: styles(),
      sections: [
        {
          properties: {
            page: {
              // docx swaps width/height itself for landscape
              size: { width: tw(paper.width), height: tw(paper.height), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
              margin: {
                top: tw(margins.top),
                right: tw(margins.right),
                bottom: tw(margins.bottom),
                left: tw(margins.left),
                header: tw(Math.max(5, margins.top - 9)),
                footer: tw(Math.max(4, margins.bottom - 10)),
              },
            },
          },
          headers: model.header && (model.header.left || model.header.right) ? { default: runningHeader(model.header, textWidthTw) } : {},
          footers: model.footer ? { default: runningFooter(model.footer, textWidthTw) } : {},
          children,
        },
      ],
    });
    return await patchFontTable(await Packer.toBuffer(doc));
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('E_RENDER_FAILED', { format: 'docx', reason: e instanceof Error ? e.message : String(e) });
  }
}

function runningHeader(h: NonNullable<DocModel['header']>, widthTw: number): Header {
  return new Header({
    children: [
      new Paragraph({
        style: 'SPRunning',
        tabStops: [{ type: TabStopType.RIGHT, position: widthTw }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: hex(MUTED_TEXT), space: 1 } },
        children: [run(h.left ?? ''), new TextRun({ children: [new Tab()] }), run(h.right ?? '')],
      }),
    ],
  });
}

function runningFooter(f: NonNullable<DocModel['footer']>, widthTw: number): Footer {
  const children: TextRun[] = [run(f.left ?? '')];
  if (f.pageNumbers) {
    children.push(
      new TextRun({ children: [new Tab()] }),
      new TextRun({ font: FONT, language: LANGUAGE, size: hp(9), children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] }),
    );
  }
  return new Footer({
    children: [new Paragraph({ style: 'SPRunning', tabStops: [{ type: TabStopType.CENTER, position: Math.round(widthTw / 2) }], children })],
  });
}

function block(b: Block, widthTw: number, opts: RenderDocxOptions): (Paragraph | Table)[] {
  switch (b.type) {
    case 'title':
      return textParagraphs(b.text, `SPTitle${b.level}`, b.align ? { align: b.align } : {});
    case 'paragraph':
      return paragraph(paragraphRuns(b.runs), b.align, b.sizePt);
    case 'fields':
      return [fields(b, widthTw), spacer(2)];
    case 'table':
      return [table(b, widthTw), spacer(2)];
    case 'signatures':
      return [spacer(6), signatures(b, widthTw)];
    case 'levelBand': {
      const c = RISK_COLOURS[b.level];
      const text = b.text.trim() ? `${levelBandLabel(b.level)}\u3000${b.text}` : levelBandLabel(b.level);
      const cell = new TableCell({
        width: { size: widthTw, type: WidthType.DXA },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(c.fill) },
        margins: { top: 80, bottom: 80, left: 120, right: 120 },
        borders: ALL_RULES,
        verticalAlign: VerticalAlign.CENTER,
        children: [new Paragraph({ style: 'SPBody', spacing: { after: 0 }, children: [run(text, { bold: true, size: hp(12), color: hex(c.text) })] })],
      });
      return [new Table({ width: { size: widthTw, type: WidthType.DXA }, columnWidths: [widthTw], layout: TableLayoutType.FIXED, rows: [new TableRow({ cantSplit: true, children: [cell] })] }), spacer(2)];
    }
    case 'spacer':
      return [spacer(b.heightMm)];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'custom': {
      const text = opts.customText?.(b.id, b.data);
      return text ? textParagraphs(text, 'SPBody', { color: MUTED_TEXT }) : [];
    }
  }
}

function paragraph(runs: ModelRun[], align?: Align, sizePt?: number): Paragraph[] {
  // a '\n' inside a run starts a new paragraph, keeping the runs' styles
  const paras: TextRun[][] = [[]];
  for (const r of runs) {
    r.text.split(/\r\n?|\n/).forEach((piece, i) => {
      if (i > 0) paras.push([]);
      if (piece) paras[paras.length - 1]!.push(run(piece, { ...(r.bold ? { bold: true } : {}), ...(r.color ? { color: hex(r.color) } : {}), ...(sizePt ? { size: hp(sizePt) } : {}) }));
    });
  }
  return paras.map((children) => new Paragraph({ style: 'SPBody', ...(align ? { alignment: ALIGN[align] } : {}), children }));
}

/** An empty paragraph exactly `mm` high. */
function spacer(mm: number): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: Math.max(20, tw(mm)), lineRule: LineRuleType.EXACT }, children: [run('', { size: 2 })] });
}

function widthsTw(weights: number[], totalTw: number): number[] {
  const sum = weights.reduce((s, w) => s + Math.max(w, 0.0001), 0);
  const out = weights.map((w) => Math.floor((Math.max(w, 0.0001) / sum) * totalTw));
  out[out.length - 1]! += totalTw - out.reduce((s, w) => s + w, 0);
  return out;
}

/**
 * Rows that a row span ties to the row below (every row of a merged group but its last). With
 * `keepRowSpanGroups` their paragraphs get "keep with next" and every body row "can't split", so
 * Word, WPS and LibreOffice move a group that fits on one page to the next page whole instead of
 * breaking the merged cell (the PDF renderer's rule, layout/grid.ts).
 */
export function rowsTiedToNext(spans: number[][]): boolean[] {
  const tied = spans.map(() => false);
  spans.forEach((row, r) => {
    for (const s of row) {
      for (let k = r; k < Math.min(r + s - 1, spans.length - 1); k++) tied[k] = true;
    }
  });
  return tied;
}

function table(b: TableBlock, widthTw: number): Table {
  const problem = groupHeaderProblem(b.groupHeader, b.columns.length);
  if (problem) throw new AppError('E_RENDER_FAILED', { format: 'docx', block: 'table', reason: problem });
  const cols = widthsTw(b.columns.map((c) => c.width), widthTw);
  const size = b.fontSizePt ?? TABLE_PT;
  const headCell = (text: string, col: number, span: number, merge?: 'restart' | 'continue'): TableCell =>
    new TableCell({
      width: { size: cols.slice(col, col + span).reduce((s, w) => s + w, 0), type: WidthType.DXA },
      ...(span > 1 ? { columnSpan: span } : {}),
      ...(merge ? { verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(HEADER_FILL) },
      verticalAlign: VerticalAlign.CENTER,
      margins: CELL_MARGINS,
      children: merge === 'continue' ? [new Paragraph({ style: 'SPTableHead', children: [] })] : [new Paragraph({ style: 'SPTableHead', children: [run(text, { bold: true, size: hp(size) })] })],
    });
  const headRows: TableRow[] = [];
  if (b.groupHeader) {
    const top: TableCell[] = [];
    const bottom: TableCell[] = [];
    let col = 0;
    for (const g of b.groupHeader) {
      if (g.title.trim() === '') {
        for (let k = col; k < col + g.span; k++) {
          top.push(headCell(b.columns[k]!.title, k, 1, 'restart'));
          bottom.push(headCell('', k, 1, 'continue'));
        }
      } else {
        top.push(headCell(g.title, col, g.span));
        for (let k = col; k < col + g.span; k++) bottom.push(headCell(b.columns[k]!.title, k, 1));
      }
      col += g.span;
    }
    headRows.push(new TableRow({ tableHeader: b.repeatHeader, cantSplit: true, children: top }), new TableRow({ tableHeader: b.repeatHeader, cantSplit: true, children: bottom }));
  } else {
    headRows.push(new TableRow({ tableHeader: b.repeatHeader, cantSplit: true, children: b.columns.map((c, i) => headCell(c.title, i, 1)) }));
  }

  const spans = rowSpanGrid(b.columns, b.rows);
  // the cell that started a vertical merge, per column, to give covered cells the same fill
  const owner: (ReturnType<typeof cellObject> | null)[] = b.columns.map(() => null);
  const minRow = b.minRowHeightMm ? { height: { value: tw(b.minRowHeightMm), rule: HeightRule.ATLEAST } } : {};
  const tiedToNext = b.keepRowSpanGroups ? rowsTiedToNext(spans) : spans.map(() => false);
  const bodyRows = b.rows.map(
    (row, r) =>
      new TableRow({
        ...minRow,
        // with keepRowSpanGroups no body row splits either (a split last row leaves a sliver on the next page)
        ...(b.keepRowSpanGroups ? { cantSplit: true } : {}),
        children: b.columns.map((col, c) => {
          const span = spans[r]![c]!;
          const cell = span === 0 ? owner[c]! : cellObject(row[col.key]);
          if (span > 0) owner[c] = cell;
          const merge = span > 1 ? VerticalMergeType.RESTART : span === 0 ? VerticalMergeType.CONTINUE : undefined;
          const align = cell.align ?? col.align ?? 'left';
          return new TableCell({
            width: { size: cols[c]!, type: WidthType.DXA },
            ...(merge ? { verticalMerge: merge } : {}),
            ...(cell.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(cell.fill) } } : {}),
            verticalAlign: VerticalAlign.CENTER,
            margins: CELL_MARGINS,
            children:
              span === 0
                ? [new Paragraph({ style: 'SPTable', ...(tiedToNext[r] ? { keepNext: true } : {}), children: [] })]
                : cell.text
                    .replace(/\s+$/, '')
                    .split(/\r\n?|\n/)
                    .map(
                      (line) =>
                        new Paragraph({
                          style: 'SPTable',
                          ...(tiedToNext[r] ? { keepNext: true } : {}),
                          alignment: ALIGN[align],
                          children: [run(line, { size: hp(size), ...(cell.bold ? { bold: true } : {}), ...(cell.color ? { color: hex(cell.color) } : {}) })],
                        }),
                    ),
          });
        }),
      }),
  );
  return new Table({
    width: { size: widthTw, type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
    rows: [...headRows, ...bodyRows],
  });
}

function borderless(rows: TableRow[], cols: number[], widthTw: number): Table {
  return new Table({
    width: { size: widthTw, type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    borders: { top: NO_RULE, bottom: NO_RULE, left: NO_RULE, right: NO_RULE, insideHorizontal: NO_RULE, insideVertical: NO_RULE },
    rows,
  });
}

function fields(b: FieldsBlock, widthTw: number): Table {
  const n = Math.max(1, Math.min(4, b.columns));
  const cols = widthsTw(fieldColumnWidths(b.items, n, widthTw / 20, TEXT_PT), widthTw);
  const rows: TableRow[] = [];
  for (let i = 0; i < b.items.length; i += n) {
    rows.push(
      new TableRow({
        children: cols.map((w, k) => {
          const item = b.items[i + k];
          return new TableCell({
            width: { size: w, type: WidthType.DXA },
            borders: NO_RULES,
            margins: { top: 30, bottom: 30, left: 40, right: 40 },
            children: [new Paragraph({ style: 'SPField', children: item ? [run(`${item.label}：`, { bold: true }), run(item.value)] : [] })],
          });
        }),
      }),
    );
  }
  return borderless(rows, cols, widthTw);
}

/** "编制人：" + a ruled blank per item; with a date line "日期：____年__月__日" (blanks are ideographic spaces) under it. */
function signatures(b: SignaturesBlock, widthTw: number): Table {
  const perRow = Math.max(1, Math.min(b.items.length, 3));
  const slot = Math.floor(widthTw / perRow);
  // the label column fits the longest label on one line (about 3.9 mm per CJK character at 10.5 pt)
  const longest = Math.max(3, ...b.items.map((s) => [...s].length + 1));
  const gap = tw(8);
  const label = Math.min(tw(Math.max(20, longest * 3.9 + 2)), Math.floor((slot - gap) / 2));
  const cols: number[] = [];
  for (let k = 0; k < perRow; k++) cols.push(label, slot - label - gap, gap);
  const rows: TableRow[] = [];
  const cell = (w: number, children: Paragraph[], borders: ITableCellBorders = NO_RULES): TableCell =>
    new TableCell({ width: { size: w, type: WidthType.DXA }, borders, verticalAlign: VerticalAlign.BOTTOM, margins: { top: 0, bottom: 20, left: 20, right: 20 }, children });
  const p = (text: string, bold = false): Paragraph => new Paragraph({ style: 'SPField', children: text ? [run(text, bold ? { bold: true } : {})] : [] });
  for (let i = 0; i < b.items.length; i += perRow) {
    const items = b.items.slice(i, i + perRow);
    const sign: TableCell[] = [];
    const date: TableCell[] = [];
    for (let k = 0; k < perRow; k++) {
      const item = items[k];
      sign.push(cell(label, [p(item ? `${item}：` : '', true)]), cell(cols[k * 3 + 1]!, [p('')], item ? { ...NO_RULES, bottom: RULE } : NO_RULES), cell(gap, [p('')]));
      date.push(cell(label, [p(item ? '日期：' : '', true)]), cell(cols[k * 3 + 1]!, [p(item ? DATE_BLANKS : '')]), cell(gap, [p('')]));
    }
    rows.push(new TableRow({ cantSplit: true, height: { value: tw(10), rule: HeightRule.ATLEAST }, children: sign }));
    if (b.withDate) rows.push(new TableRow({ cantSplit: true, height: { value: tw(9), rule: HeightRule.ATLEAST }, children: date }));
  }
  return borderless(rows, cols, widthTw);
}
