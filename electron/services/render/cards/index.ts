/**
 * PDF and DOCX of cards and boards (岗位告知卡, 公告栏): the raw renderer 'cards' of the document
 * registry (electron/services/documents/raw.ts). Contents come from core (core/documents/kinds/cards.ts),
 * PDF layouts from ./layouts.ts measured by ./engine.ts, pages painted by ./paint.ts; DOCX by ./docx.ts.
 */
import type { CardContent, CardsPdfData } from '../../../../core/documents/kinds/cards';
import { loadPictograms, type SignPictograms } from '../signs';
import type { BoardContent } from '../../../../core/cards/board';
import { layoutCard, type CardLayout, type CardPaper, type CardSpec } from './engine';
import { ackSheetSpec, boardAppendixSpec, boardPosterSpec, emergencyCardSpec, occupationalCardSpec, operatingCardSpec, riskCardSpec } from './layouts';
import { renderCardsDocx } from './docx';
import { renderCardLayouts } from './paint';

export { layoutCard, CARD_MIN_PT, type CardLayout, type CardPaper, type PlacedText } from './engine';
export { qrMatrix, paperPt } from './paint';

/** The engine spec of one card (a board has two: see boardLayouts). */
export function cardSpec(c: Exclude<CardContent, BoardContent>): CardSpec {
  switch (c.kind) {
    case 'risk':
      return riskCardSpec(c);
    case 'operating':
      return operatingCardSpec(c);
    case 'emergency':
      return emergencyCardSpec(c);
    case 'ack':
      return ackSheetSpec(c);
    case 'occupational':
      return occupationalCardSpec(c);
  }
}

/** Posters are A3 or larger: an A4 request prints the poster on A3. */
export function posterPaper(paper: CardPaper): CardPaper {
  return paper === 'A4' ? 'A3' : paper;
}

/**
 * The layouts of a board: the poster on one page — every row with every measure when that fits,
 * else as many rows as fit (highest level first) with their main measures — and, when the poster
 * does not show everything, the appendix with the full list.
 */
export function boardLayouts(c: BoardContent, paper: CardPaper = 'A3'): CardLayout[] {
  const on = posterPaper(paper);
  const all = layoutCard(boardPosterSpec(c, c.rows.length, true), on);
  if (all.pages.length === 1) return [all];
  // the most rows that fit one page (binary search: fewer rows never need more room)
  let lo = 1;
  let hi = c.rows.length;
  let best = layoutCard(boardPosterSpec(c, 1, false), on);
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const l = layoutCard(boardPosterSpec(c, mid, false), on);
    if (l.pages.length === 1) {
      best = l;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return [best, layoutCard(boardAppendixSpec(c), on)];
}

/** Lays out one card or board (pure measuring, no PDF); a board gives its poster and appendix. */
export function cardLayouts(c: CardContent, paper: CardPaper = 'A4'): CardLayout[] {
  if (c.kind === 'board') return boardLayouts(c, paper);
  return [layoutCard(cardSpec(c), paper)];
}

/** The layout of one card (the poster of a board). */
export function cardLayout(c: CardContent, paper: CardPaper = 'A4'): CardLayout {
  return cardLayouts(c, paper)[0]!;
}

let pictograms: Promise<SignPictograms> | null = null;

/** The sign pictograms, read once per process. */
function signPictograms(): Promise<SignPictograms> {
  pictograms ??= loadPictograms().catch((e) => {
    pictograms = null;
    throw e;
  });
  return pictograms;
}

/** Renders the cards of `data` into one PDF: cards on A4 or A3, boards as posters on `data.poster` (default A3). */
export async function renderCardsPdf(data: CardsPdfData): Promise<Buffer> {
  const layouts = data.items.flatMap((c) => cardLayouts(c, c.kind === 'board' ? (data.poster ?? 'A3') : data.paper));
  return renderCardLayouts(layouts, { title: data.title, pictograms: await signPictograms() });
}

/** The raw renderer 'cards': the fixed-layout PDF, or the editable DOCX (./docx.ts). */
export function renderCards(data: CardsPdfData, format: string): Promise<Buffer> {
  return format === 'docx' ? renderCardsDocx(data) : renderCardsPdf(data);
}
