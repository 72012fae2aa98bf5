import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { boardUnits } from '../../../../core/cards/board';
import { parseCardQr } from '../../../../core/cards/qr';
import { postCardSet, postsWithoutCards } from '../../../../core/cards/versions';
import { occupationalPosts } from '../../../../core/cards/occupational';
import { postsWithHazards } from '../../../../core/cards/units';
import { cardContents, type CardContent } from '../../../../core/documents/kinds/cards';
import { RISK_COLOURS } from '../../../../core/documents/colours';
import { buildSample } from '../../../../core/sample/buildSample';
import { validateEnterpriseFile } from '../../../../core/model/load';
import type { EnterpriseFile } from '../../../../core/model/enterpriseFile';
import { produce } from '../../documents/produce';
import { findInPieces, pdfFonts, pdfInfo, pdfPageRaster, pdfText, squash } from '../../../../tests/helpers/pdf';
import { STRESS_POST_ID, withStressPost } from '../../../../tests/helpers/stressPost';
import { cardLayout, cardLayouts, CARD_MIN_PT, qrMatrix, type CardLayout } from './index';
import JSZip from 'jszip';
import { typeset, unglued } from '../../../../core/cards/typography';
import type { BoardContent } from '../../../../core/cards/board';
import { SAMPLE_EQUIPMENT } from '../../../../core/sample/cards';
import { MM } from './engine';
import { cnNum } from './layouts';

const TODAY = '2026-12-01';
const CTX = { today: TODAY, preparer: '' };
const doc: EnterpriseFile = validateEnterpriseFile(buildSample());

/** Every problem of a layout: overflow, clipping, overlap, type below 8 pt, colour without text. */
function problems(l: CardLayout): string[] {
  const out: string[] = [];
  const eps = 0.01;
  const { width, height, margin } = l.page;
  const where = (p: number, s: string) => `${l.spec.title} p${p + 1}: ${s}`;
  for (const t of l.texts) {
    const f = t.frame;
    if (f.x < margin - eps || f.y < margin - eps || f.x + f.w > width - margin + eps || f.y + f.h > height - margin + eps) out.push(where(t.page, `frame outside the page area ${JSON.stringify(f)}`));
    if (t.height > t.inner.h + eps) out.push(where(t.page, `content ${t.height.toFixed(2)} pt taller than its box ${t.inner.h.toFixed(2)} pt: ${t.lines[0]?.text}`));
    for (const line of t.lines) {
      if (line.x < t.inner.x - eps || line.x + line.width > t.inner.x + t.inner.w + eps) out.push(where(t.page, `line wider than its box: ${line.text}`));
      if (line.y < t.inner.y - eps || line.y + line.h > t.inner.y + t.inner.h + eps) out.push(where(t.page, `line outside its box vertically: ${line.text}`));
      if (line.size < CARD_MIN_PT) out.push(where(t.page, `${line.size} pt < 8 pt: ${line.text}`));
      if (/…|\.\.\./.test(line.text)) out.push(where(t.page, `ellipsis: ${line.text}`));
      // no widow: the last line of a broken paragraph or caption holds more than one character
      const visible = [...line.text].filter((ch) => !/[\s，。、；：！？）》」』”’…—·,.;:!?)\]]/.test(ch)).length;
      if (line.of > 1 && line.at === line.of - 1 && visible <= 1) out.push(where(t.page, `widow: ${t.lines.map((x) => x.text).join('/')}`));
      // no closing punctuation at a line start, no opening mark at a line end
      if (line.at > 0 && /^[，。、；：！？）》」』”’]/.test(line.text)) out.push(where(t.page, `line starts with closing punctuation: ${line.text}`));
      if (line.at < line.of - 1 && /[（《「『“‘]$/.test(line.text)) out.push(where(t.page, `line ends with an opening mark: ${line.text}`));
      if (/"/.test(line.text)) out.push(where(t.page, `straight quote: ${line.text}`));
    }
  }
  l.pages.forEach((cells, p) => {
    for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length; j++) {
        const a = cells[i]!.rect;
        const b = cells[j]!.rect;
        const ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
        const oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
        if (ox > 0.5 && oy > 0.5) out.push(where(p, `cells overlap ${JSON.stringify(a)} ${JSON.stringify(b)}`));
      }
    }
    // a level colour always comes with the level written in the same cell
    const levelFills = new Set(Object.values(RISK_COLOURS).flatMap((c) => [c.fill, c.tint]));
    for (const c of cells) {
      if (!c.cell.fill || !levelFills.has(c.cell.fill)) continue;
      const txt = l.texts.find((t) => t.page === p && t.frame.x === c.rect.x && t.frame.y === c.rect.y && t.frame.w === c.rect.w)?.lines.map((x) => x.text).join('') ?? '';
      if (!/重大|较大|一般|低/.test(txt)) out.push(where(p, `level colour without its name at ${JSON.stringify(c.rect)}`));
    }
  });
  for (const s of l.signs) {
    const inside = l.texts.some((t) => t.page === s.page && s.box.x >= t.frame.x - 0.01 && s.box.x + s.box.w <= t.frame.x + t.frame.w + 0.01 && s.box.y >= t.frame.y && s.box.y + s.box.h <= t.frame.y + t.frame.h + 0.01);
    if (!inside) out.push(where(s.page, `sign ${s.id} outside its cell`));
  }
  return out;
}

function allText(l: CardLayout): string {
  return squash(l.texts.flatMap((t) => t.lines.map((x) => x.text)).join(''));
}

/** Every card and notice of the sample. */
function sampleContents(d: EnterpriseFile): CardContent[] {
  const kinds = ['card.risk', 'card.operating', 'card.emergency', 'card.ack', 'notice.occupational'] as const;
  return [...kinds.flatMap((k) => cardContents(d, k, CTX)), ...cardContents(d, 'notice.board', CTX)];
}

/** The strings a content must print (as typeset: curly quotes, no glue). */
function needles(c: CardContent): string[] {
  const raw =
    c.kind === 'risk'
      ? [c.head.post, c.head.place, ...c.hazards.flatMap((h) => [h.text, ...h.measures]), ...c.consequences, ...c.emergency, ...c.signs.map((s) => s.title), '119', '120', '12350']
      : c.kind === 'operating'
        ? [...c.stages.flatMap((s) => s.steps.flatMap((x) => [x.text, x.risk])), ...c.prohibited]
        : c.kind === 'emergency'
          ? [...c.scenarios.flatMap((s) => [s.title, ...s.immediate, ...s.dont, ...s.call]), ...c.own, c.equipmentLocation]
          : c.kind === 'board'
            ? c.rows.flatMap((r) => [r.hazard, ...r.measures])
            : c.kind === 'occupational'
              ? c.agents.flatMap((a) => [a.name, ...a.health, ...a.protection, ...a.firstAid, ...a.monitoring.results])
              : [c.head.post];
  return raw.filter(Boolean).map((x) => squash(unglued(typeset(x))));
}

describe('card layout: every text box fits its frame (issue: cards)', () => {
  it('for every card and notice of the sample, on A4 and A3: nothing overflows, no widows, body ≥ 10 pt', () => {
    const items = sampleContents(doc);
    expect(items.length).toBe(16 * 4 + occupationalPosts(doc).length + boardUnits(doc).length);
    for (const paper of ['A4', 'A3'] as const) {
      for (const c of items) {
        const ls = cardLayouts(c, paper);
        for (const l of ls) {
          expect(problems(l)).toEqual([]);
          // cards: 10.5 pt and more (10 only to save a last page of one row); the board appendix 9 and more
          expect(l.bodyPt).toBeGreaterThanOrEqual(c.kind === 'board' ? 9 : 10);
        }
        const text = ls.map(allText).join('');
        for (const n of needles(c)) expect(findInPieces(text, n), `${c.kind} ${n}`).not.toBeNull();
      }
    }
  });

  it('keeps headers, levels and short captions on one line; the same few body sizes per card type', () => {
    const sizes = new Map<string, Set<number>>();
    for (const c of sampleContents(doc)) {
      for (const l of cardLayouts(c)) {
        const lines = l.texts.flatMap((t) => t.lines);
        for (const word of ['序号', '等级', '管控层级', '一般', '较大', '重大', '禁止带火种', '当心机械伤人']) {
          for (const line of lines.filter((x) => x.text.includes(word.slice(0, 1)) && word.startsWith(x.text) && x.text !== word)) expect.fail(`${l.spec.title}: “${word}” broken as “${line.text}”`);
        }
        if (c.kind !== 'board') sizes.set(c.kind, (sizes.get(c.kind) ?? new Set()).add(l.bodyPt));
      }
    }
    for (const [kind, set] of sizes) expect([...set].every((x) => [16, 15, 14, 13, 12, 11.5, 11, 10.5, 10].includes(x)), `${kind}: ${[...set]}`).toBe(true);
  });

  it('moves rows whole to the next page; only a row taller than a page is split; continuation headings repeat', () => {
    const d = withStressPost(doc);
    const set = postCardSet(d, STRESS_POST_ID, TODAY)!;
    const l = cardLayout(set.risk);
    // every hazard text appears whole on one page (rows are not split mid-sentence)
    for (const h of set.risk.hazards) {
      const n = squash(unglued(typeset(h.text)));
      expect(l.pages.some((_, p) => squash(l.texts.filter((t) => t.page === p).flatMap((t) => t.lines.map((x) => x.text)).join('')).includes(n)), h.text).toBe(true);
    }
    // the operating card of 机修工 runs onto a second page: the stage heading repeats as “…（续）”
    const op = cardLayout(postCardSet(doc, 'post_jxg', TODAY)!.operating);
    expect(op.pages.length).toBeGreaterThan(1);
    const page2 = op.texts.filter((t) => t.page === 1).flatMap((t) => t.lines.map((x) => x.text));
    expect(page2.some((x) => /^作业(?:前|中|后)（续）$/.test(x))).toBe(true);
  });

  it('puts the key information of a long card on page 1: the 告知卡 its PPE, signs and emergency lines, the 应急处置卡 its equipment location', () => {
    const r = cardLayout(postCardSet(doc, 'post_jxg', TODAY)!.risk);
    expect(r.pages.length).toBeGreaterThan(1);
    const page1 = squash(r.texts.filter((t) => t.page === 0).flatMap((t) => t.lines.map((x) => x.text)).join(''));
    expect(page1).toContain('必须正确穿戴');
    expect(page1).toContain('应急处置措施');
    expect(r.signs.filter((s) => s.page === 0).length).toBeGreaterThan(3);
    const e = cardLayout(postCardSet(doc, 'post_jxg', TODAY)!.emergency);
    expect(squash(e.texts.filter((t) => t.page === 0).flatMap((t) => t.lines.map((x) => x.text)).join(''))).toContain(squash(SAMPLE_EQUIPMENT.jxg!));
  });

  it('prints the board as a poster on one page with the full list as an appendix, no appendix page of a single row', () => {
    const plant = cardContents(doc, 'notice.board', CTX, 'enterprise')[0] as BoardContent;
    const [poster, appendix] = cardLayouts(plant, 'A3');
    expect(poster!.pages).toHaveLength(1);
    expect(poster!.paper).toBe('A3');
    expect(appendix).toBeDefined();
    const last = appendix!.texts.filter((t) => t.page === appendix!.pages.length - 1);
    expect(last.length).toBeGreaterThan(20);
    // every 重大 and 较大 risk is on the poster
    const posterText = allText(poster!);
    for (const r of plant.rows.filter((x) => x.level === 'major' || x.level === 'high')) expect(findInPieces(posterText, squash(unglued(typeset(r.hazard))))).not.toBeNull();
    // a small place fits whole on its poster, with every measure
    const room = cardContents(doc, 'notice.board', CTX, 'rp_pd')[0] as BoardContent;
    const ls = cardLayouts(room, 'A3');
    expect(ls).toHaveLength(1);
    for (const r of room.rows) for (const m of r.measures) expect(findInPieces(allText(ls[0]!), squash(unglued(typeset(m))))).not.toBeNull();
    // A2 and A1 carry the same poster scaled up
    expect(cardLayouts(room, 'A2')[0]!.scale).toBeCloseTo(Math.SQRT2, 3);
  });

  it('for the stress post (30 hazards, long measures): flows onto more pages at 10.5 pt or more, nothing lost', () => {
    const d = withStressPost(doc);
    const set = postCardSet(d, STRESS_POST_ID, TODAY)!;
    expect(set.risk.hazards).toHaveLength(30);
    for (const paper of ['A4', 'A3'] as const) {
      for (const c of [set.risk, set.operating, set.emergency, set.ack, ...(set.occupational ? [set.occupational] : [])]) {
        const l = cardLayout(c, paper);
        expect(problems(l)).toEqual([]);
        const text = allText(l);
        for (const n of needles(c)) expect(findInPieces(text, n), n).not.toBeNull();
        if (c.kind === 'risk') {
          expect(l.pages.length).toBeGreaterThan(1);
          expect(l.bodyPt).toBeGreaterThanOrEqual(10.5);
        }
      }
    }
    const boards = cardLayouts(cardContents(d, 'notice.board', CTX, 'workshop:ws_bm')[0]!);
    for (const b of boards) expect(problems(b)).toEqual([]);
    expect(boards[0]!.pages).toHaveLength(1);
    expect(boards[1]!.pages.length).toBeGreaterThan(1);
  });

  it('the checks catch a box too small for its text, a line too wide and type below 8 pt', () => {
    const l = cardLayout(postCardSet(doc, 'post_zjy', TODAY)!.risk);
    const broken = structuredClone(l);
    broken.texts[5]!.inner.h = broken.texts[5]!.height - 1;
    broken.texts[6]!.lines[0]!.width = broken.texts[6]!.inner.w + 5;
    broken.texts[7]!.lines[0]!.size = 7.5;
    const found = problems(broken).join('\n');
    expect(found).toMatch(/taller than its box/);
    expect(found).toMatch(/wider than its box/);
    expect(found).toMatch(/7\.5 pt < 8 pt/);
  });

  it('uses the room of a short card for larger type, never below 8 pt; A3 holds more than A4', () => {
    const small = cardLayout(postCardSet(doc, 'post_zjy', TODAY)!.risk);
    expect(small.pages).toHaveLength(1);
    expect(small.bodyPt).toBeGreaterThanOrEqual(11);
    const sizes = small.texts.flatMap((t) => t.lines.map((x) => x.size));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(8);
    const long = postCardSet(doc, 'post_jxg', TODAY)!.emergency;
    expect(cardLayout(long, 'A3').pages.length).toBeLessThan(cardLayout(long, 'A4').pages.length);
    // a card that flows onto more pages keeps body type near 10.5 pt (it grows at most to 12 pt to fill its last page)
    for (const id of ['post_jxg', 'post_ccsj', 'post_cyg']) {
      const l = cardLayout(postCardSet(doc, id, TODAY)!.risk);
      if (l.pages.length > 1) expect(l.bodyPt).toBeLessThanOrEqual(12);
    }
  });

  it('numbers the 应急处置卡 sections in Chinese past twenty (the stress post has more than twenty accident types)', () => {
    expect([0, 9, 10, 19, 20, 21, 98].map(cnNum)).toEqual(['一', '十', '十一', '二十', '二十一', '二十二', '九十九']);
    const set = postCardSet(withStressPost(doc), STRESS_POST_ID, TODAY)!;
    expect(set.emergency.scenarios.length).toBeGreaterThan(20);
    const l = cardLayout(set.emergency);
    const headings = l.texts.flatMap((t) => t.lines.map((x) => x.text)).filter((x) => /应急处置$/.test(x) && /^[^（]+、/.test(x));
    expect(headings.length).toBe(set.emergency.scenarios.length);
    expect(headings.filter((x) => !/^[一二三四五六七八九十]+、/.test(x))).toEqual([]);
    expect(headings.at(-1)).toMatch(new RegExp(`^${cnNum(set.emergency.scenarios.length - 1)}、`));
  });

  it('prints a 职业病危害告知卡 without monitoring with one-line blanks to fill, the narrow 接触限值 too', () => {
    const d = structuredClone(doc);
    for (const c of d.postCards) c.monitoring = [];
    const oh = postCardSet(d, 'post_cyg', TODAY)!.occupational!;
    expect(oh.agents[0]!.monitoring.limit).toBe('');
    const l = cardLayout(oh);
    expect(problems(l)).toEqual([]);
    const label = l.texts.find((t) => t.lines.some((x) => x.text === '接触限值'))!;
    // the value cell right of the label: a single line of underscores
    const value = l.texts.filter((t) => t.page === label.page && Math.abs(t.frame.y - label.frame.y) < 0.5 && t.frame.x > label.frame.x).sort((a, b) => a.frame.x - b.frame.x)[0]!;
    expect(value.lines).toHaveLength(1);
    expect(value.lines[0]!.text).toMatch(/^＿+$/);
  });
});

describe('card QR code', () => {
  it('decodes back from the qrcode matrix (level M) and carries at most 150 bytes', () => {
    for (const p of postsWithHazards(doc)) {
      const payload = postCardSet(doc, p.post.id, TODAY)!.risk.qr;
      expect(new TextEncoder().encode(payload).length).toBeLessThanOrEqual(150);
      const m = qrMatrix(payload);
      const scale = 4;
      const n = (m.size + 8) * scale;
      const px = new Uint8ClampedArray(n * n * 4).fill(255);
      for (let r = 0; r < m.size; r++)
        for (let c = 0; c < m.size; c++)
          if (m.dark(r, c))
            for (let dy = 0; dy < scale; dy++)
              for (let dx = 0; dx < scale; dx++) {
                const i = (((r + 4) * scale + dy) * n + (c + 4) * scale + dx) * 4;
                px[i] = px[i + 1] = px[i + 2] = 0;
              }
      const got = jsQR(px, n, n)!;
      expect(new TextDecoder().decode(new Uint8Array(got.binaryData))).toBe(payload);
    }
  });

  it('is at least 20 mm and decodes from the printed PDF page', async () => {
    const set = postCardSet(doc, 'post_pqg', TODAY)!;
    const l = cardLayout(set.risk);
    const q = l.qrs[0]!;
    const m = qrMatrix(q.payload);
    const symbolMm = (q.box.w * m.size) / (m.size + 8) / MM;
    expect(symbolMm).toBeGreaterThanOrEqual(20);
    const pdf = await produce(doc, 'card.risk', 'pdf', CTX, 'post_pqg');
    const dpi = 200;
    const r = pdfPageRaster(pdf.bytes, 1, dpi);
    const k = dpi / 72;
    const x0 = Math.floor(q.box.x * k);
    const y0 = Math.floor(q.box.y * k);
    const w = Math.ceil(q.box.w * k);
    const rgba = new Uint8ClampedArray(w * w * 4);
    for (let y = 0; y < w; y++)
      for (let x = 0; x < w; x++) {
        const src = ((y0 + y) * r.width + (x0 + x)) * 3;
        const dst = (y * w + x) * 4;
        rgba[dst] = r.data[src]!;
        rgba[dst + 1] = r.data[src + 1]!;
        rgba[dst + 2] = r.data[src + 2]!;
        rgba[dst + 3] = 255;
      }
    const got = jsQR(rgba, w, w);
    expect(got).not.toBeNull();
    const text = new TextDecoder().decode(new Uint8Array(got!.binaryData));
    expect(text).toBe(set.risk.qr);
    expect(parseCardQr(text)).toMatchObject({ postId: 'post_pqg', version: 1, post: '喷漆工', level: '重大' });
  });
});

describe('card PDFs (pdftotext, pdffonts, sizes)', () => {
  it('print titles, post names, numbers, the phones, with embedded Noto Sans SC subsets only', async () => {
    const cases: [string, string, string[]][] = [
      ['card.risk', 'post_cyg', ['岗位安全风险告知卡', '冲压工', 'AG-CY01-v1-FX', '火警119', '医疗急救120', '安全生产举报投诉12350', '风险等级：一般风险（黄色）', '0575-80000110', '钱志强（班组长']],
      ['card.operating', 'post_cyg', ['岗位安全操作卡', '冲压工', 'AG-CY01-v1-CZ', '作业前', '作业中', '作业后', '禁止事项', '火警119', '医疗急救120']],
      ['card.emergency', 'post_tqg', ['应急处置卡', '调漆工', 'AG-BM03-v1-YJ', '立即处置', '化学品溅入眼睛或皮肤应急处置', '应急物资', '火警119', '医疗急救120']],
      ['card.ack', 'post_cyg', ['岗位安全风险告知确认表', '冲压工', 'AG-CY01-v1-QR', '本人签名', '告知日期']],
      ['notice.occupational', 'post_cyg', ['职业病危害告知卡', '冲压工', 'AG-CY01-v1-ZY', '噪声', '88.6dB(A)', '超标', '医疗急救120', '12320']],
      ['notice.board', 'rp_pd', ['安全风险公告栏', '配电房', '12350', '火警119', '管控层级', '风险统计']],
    ];
    for (const [kind, unit, needles] of cases) {
      const p = await produce(doc, kind, 'pdf', CTX, unit);
      const text = squash(pdfText(p.bytes));
      for (const n of needles) expect(text, `${kind} ${n}`).toContain(squash(n));
      const fonts = pdfFonts(p.bytes);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f.name).toMatch(/^[A-Z]{6}\+NotoSansSC/);
        expect(f.emb && f.sub && f.uni).toBe(true);
      }
      expect(fonts.some((f) => /Helvetica/i.test(f.name))).toBe(false);
      // cards on A4 portrait; the board is a poster on A3 landscape
      expect(pdfInfo(p.bytes).width).toBeCloseTo(kind === 'notice.board' ? 1190.55 : 595.28, 1);
    }
  });

  it('keeps every single card of the sample under 150 KB', async () => {
    const sizes: [string, number][] = [];
    for (const kind of ['card.risk', 'card.operating', 'card.emergency', 'card.ack']) {
      for (const p of postsWithHazards(doc)) sizes.push([`${kind} ${p.post.name}`, (await produce(doc, kind, 'pdf', CTX, p.post.id)).bytes.length]);
    }
    for (const id of occupationalPosts(doc)) sizes.push([`oh ${id}`, (await produce(doc, 'notice.occupational', 'pdf', CTX, id)).bytes.length]);
    expect(sizes.filter(([, n]) => n >= 150 * 1024)).toEqual([]);
  });

  it('prints A3 cards on A3 portrait and posters on A2 when asked', async () => {
    const a3 = await produce(doc, 'card.risk', 'pdf', { ...CTX, pageSize: 'A3' }, 'post_zjy');
    const info = pdfInfo(a3.bytes);
    expect(info.width).toBeCloseTo(841.89, 1);
    expect(info.height).toBeCloseTo(1190.55, 1);
    expect(squash(pdfText(a3.bytes))).toContain('质检员');
    const a2 = await produce(doc, 'notice.board', 'pdf', { ...CTX, posterSize: 'A2' }, 'rp_pd');
    expect(pdfInfo(a2.bytes).width).toBeCloseTo(1683.78, 1);
  });

  it('batches all cards of a team into one PDF, in org order', async () => {
    const p = await produce(doc, 'cards.batch', 'pdf', CTX, 'team:team_sk');
    expect(p.fileName).toBe('44_岗位告知卡汇编_数控班（全部岗位）.pdf');
    const pages = cardContents(doc, 'cards.batch', CTX, 'team:team_sk').reduce((s, c) => s + cardLayouts(c).reduce((n, l) => n + l.pages.length, 0), 0);
    expect(pdfInfo(p.bytes).pages).toBe(pages);
    const text = squash(pdfText(p.bytes));
    expect(text.indexOf('数控车床操作工')).toBeLessThan(text.indexOf('加工中心操作工'));
    expect(text.match(/岗位安全风险告知确认表/g)?.length).toBe(2);
  });

  it('writes an editable DOCX with the same content, the QR image and hanging indents', async () => {
    const p = await produce(doc, 'card.risk', 'docx', CTX, 'post_cyg');
    expect(p.fileName).toBe('40_岗位安全风险告知卡_冲压工.docx');
    expect(p.bytes.subarray(0, 2).toString()).toBe('PK');
    const zip = await JSZip.loadAsync(p.bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = await zip.file(media[0]!)!.async('uint8array');
    expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
    expect(xml).toContain('w:hanging=');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const n of ['AG-CY01-v1-FX', '内部应急电话', '0575-80000110', '12350', '冲床装设光电保护或双手操纵装置']) expect(text).toContain(n);
    // the contacts come before the hazard table (page 1 in every word processor)
    expect(text.indexOf('内部应急电话')).toBeLessThan(text.indexOf('主要危险因素'));
    // a board's DOCX is on the poster paper (A3 landscape), like its PDF
    const b = await produce(doc, 'notice.board', 'docx', CTX, 'rp_pd');
    const bxml = await (await JSZip.loadAsync(b.bytes)).file('word/document.xml')!.async('string');
    expect(bxml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    expect(bxml).toMatch(/<w:pgSz[^>]*w:w="23811"/);
  });

  it('prints a changed card under its next version', async () => {
    const d = structuredClone(doc);
    d.hazards.find((h) => h.id === 'hz_cy_01')!.text += '（变更）';
    expect(postsWithoutCards(d, TODAY).map((p) => p.reason)).toEqual(['changed']);
    const p = await produce(d, 'card.risk', 'pdf', CTX, 'post_cyg');
    expect(squash(pdfText(p.bytes))).toContain('AG-CY01-v2');
  });
});
