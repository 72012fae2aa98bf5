import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAFETY_SIGNS, safetySign } from '../standards/signs';
import { SAFETY_COLOURS as C } from './colours';
import { composeSign, composeSignSvg, roundedTrianglePath, signTitleZh } from './compose';
import { charEm, fitPanelText, splitTitle, textEm } from './panelText';
import { parsePictogram } from './pictogram';

const RES = join(import.meta.dirname, '../../resources/signs');
const pictogram = (slug: string) => readFileSync(join(RES, `${slug}.svg`), 'utf8');

function attr(svg: string, el: string, name: string): string[] {
  return [...svg.matchAll(new RegExp(`<${el}\\b[^>]*\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);
}

describe('parsePictogram (sanitizer)', () => {
  it('keeps shapes, drops scripts, styles, text, images, handlers and links; paint becomes currentColor', () => {
    const p = parsePictogram(`<?xml version="1.0"?><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" onload="alert(1)">
      <!-- comment --><script>alert(1)</script><style>path{fill:red}</style>
      <title>x</title><image href="http://evil/x.png"/><a href="javascript:alert(1)"><circle cx="1" cy="1" r="1"/></a>
      <g transform="translate(2 2) scale(0.5)" fill="#f00" onclick="x()"><path d="M0 0L10 10Z" fill="red" stroke="blue" style="stroke-width:2"/>
      <rect x="1" y="1" width="javascript:1" height="3"/></g><text>hi</text><foreignObject><div>x</div></foreignObject></svg>`);
    expect(p.viewBox).toEqual([0, 0, 24, 24]);
    expect(p.body).toBe('<g transform="translate(2 2) scale(0.5)" fill="currentColor"><path d="M0 0L10 10Z" fill="currentColor" stroke="currentColor" stroke-width="2"/><rect x="1" y="1" height="3"/></g>');
    expect(p.rootAttrs).toBe('');
  });

  it('refuses text without an <svg viewBox> root', () => {
    expect(() => parsePictogram('<svg width="10" height="10"><path d="M0 0"/></svg>')).toThrow(/viewBox/);
    expect(() => parsePictogram('<path d="M0 0"/>')).toThrow(/not an SVG/);
    expect(() => parsePictogram('')).toThrow();
  });

  it('drops transforms and path data that are not plain numbers and commands', () => {
    const p = parsePictogram('<svg viewBox="0 0 10 10"><path d="M0 0 url(#x)" transform="translate(1) expression(x)"/><path d="M1 1h2"/></svg>');
    expect(p.body).toBe('<path/><path d="M1 1h2"/>');
  });
});

describe('panel text', () => {
  it('measures CJK as 1 em and Latin narrower', () => {
    expect(textEm('当心触电')).toBe(4);
    expect(charEm('A')).toBeLessThan(1);
    expect(textEm('O2')).toBeLessThan(2);
  });

  it('splits long titles before 及/或/和 when balanced, else in the middle', () => {
    expect(splitTitle('禁止携带托运放射性及磁性物品')).toEqual(['禁止携带托运放射性', '及磁性物品']);
    expect(splitTitle('禁止佩戴心脏起搏器者靠近')).toEqual(['禁止佩戴心脏', '起搏器者靠近']);
    expect(splitTitle('禁止吸烟')).toEqual(['禁止', '吸烟']);
    expect(splitTitle('急救点')).toEqual(['急救点']);
  });

  it('never overflows the usable width, for every registry title and several panel shapes', () => {
    for (const s of SAFETY_SIGNS) {
      for (const [w, h] of [[100, 25], [190, 66.5], [400, 100], [60, 13.2]] as const) {
        const t = fitPanelText(signTitleZh(s), w, h);
        expect(t.lines.join('')).toBe(signTitleZh(s));
        for (const line of t.lines) expect(textEm(line) * t.fontSize).toBeLessThanOrEqual(0.88 * w + 1e-9);
        expect(t.lines.length * t.fontSize * (t.lines.length === 2 ? 1.2 : 1)).toBeLessThanOrEqual(0.86 * h + 1e-9);
        // baselines inside the panel
        for (const b of t.baselines) {
          expect(b).toBeGreaterThan(0);
          expect(b).toBeLessThan(h);
        }
      }
    }
  });

  it('short titles get one large line; long ones two lines', () => {
    const short = fitPanelText('禁止吸烟', 100, 25);
    expect(short.lines).toEqual(['禁止吸烟']);
    expect(short.fontSize).toBeCloseTo(15.5, 6); // 0.62 × 25 (height-bound)
    const long = fitPanelText('禁止携带托运放射性及磁性物品', 100, 25);
    expect(long.lines).toHaveLength(2);
    expect(long.fontSize).toBeGreaterThan(88 / 14);
    expect(fitPanelText('  ', 100, 25).lines).toEqual([]);
  });
});

describe('composeSignSvg', () => {
  it('prohibition with text: white ground, red ring and 45° bar over the black pictogram, red panel, white title', () => {
    const svg = composeSignSvg('sign.no-smoking', pictogram('no-smoking'), { withText: true, widthMm: 400 });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 500">')).toBe(true);
    expect(svg).not.toMatch(/<svg[^>]*\swidth=/);
    expect(svg).toContain(`fill="${C.red}"`);
    expect(svg).toContain(`fill="${C.black}"`); // the pictogram ink
    expect(svg).not.toContain('currentColor');
    // the bar is a rect rotated +45° about the centre, drawn after (over) the pictogram
    const bar = /<rect[^>]*fill="#E60012" transform="rotate\(45 200 ([\d.]+)\)"\/>/.exec(svg);
    expect(bar).not.toBeNull();
    expect(svg.indexOf(bar![0])).toBeGreaterThan(svg.indexOf('<g transform='));
    const barW = Number(/height="([\d.]+)" fill="#E60012" transform/.exec(svg)![1]);
    // the side margins bind: (400 − 2 × 0.08 × 400) / 1.05
    const d1 = 336 / 1.05;
    expect(barW).toBeCloseTo(0.08 * d1, 2);
    // ring: outer d1 red, inner d2 = 0.8 d1 white
    const radii = attr(svg, 'circle', 'r').map(Number);
    expect(radii).toContain(Number((d1 / 2).toFixed(3)));
    expect(radii).toContain(Number((0.4 * d1).toFixed(3)));
    // title in white on the red panel, bold
    expect(svg).toMatch(/<text [^>]*font-weight="700"[^>]*fill="#FFFFFF">禁止吸烟<\/text>/);
  });

  it('warning: yellow edge, black band, sharp yellow inner triangle, black pictogram; white panel with black border and text', () => {
    const svg = composeSignSvg('sign.warn-electric-shock', pictogram('warn-electric-shock'), { withText: true, widthMm: 200 });
    const paths = [...svg.matchAll(/<path d="([^"]+)" fill="(#[0-9A-F]{6})"\/>/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(paths.slice(0, 3).map((p) => p[1])).toEqual([C.yellow, C.black, C.yellow]);
    expect(paths[0]![0]).toContain('A'); // rounded outer corners
    expect(paths[2]![0]).not.toContain('A'); // sharp inner triangle
    expect(svg).toMatch(/<rect [^>]*fill="#FFFFFF" stroke="#000000"/);
    expect(svg).toMatch(/fill="#000000">当心触电<\/text>/);
  });

  it('mandatory: blue disc, white pictogram, blue panel; information: green plate, white pictogram and text', () => {
    const m = composeSignSvg('sign.must-safety-helmet', pictogram('must-safety-helmet'), { withText: true });
    expect(m).toContain(`fill="${C.blue}"`);
    expect(m).toMatch(/<g transform="[^"]+" fill="#FFFFFF">/);
    expect(m).toMatch(/fill="#FFFFFF">必须戴安全帽<\/text>/);
    const i = composeSignSvg('sign.info-first-aid', pictogram('info-first-aid'), { withText: true });
    expect(i).toContain(`fill="${C.green}"`);
    expect(i).toMatch(/fill="#FFFFFF">急救点<\/text>/);
    const bare = composeSignSvg('sign.info-first-aid', pictogram('info-first-aid'), { withText: false, widthMm: 105 });
    expect(bare).toContain('viewBox="0 0 105 105"');
    expect(bare).toContain('<rect x="2.5" y="2.5" width="100" height="100" fill="#009944"/>');
    expect(bare).not.toContain('<text');
  });

  it('without text: no panel; a custom title is escaped; omitText keeps the panel but not the glyphs', () => {
    const svg = composeSignSvg('sign.warn-general', pictogram('warn-general'), { withText: false, widthMm: 100 });
    expect(svg).not.toContain('<text');
    expect(svg).toMatch(/viewBox="0 0 100 86.603"/);
    const custom = composeSignSvg('sign.warn-general', null, { withText: true, textZh: '当心<A&B>' });
    expect(custom).toContain('当心&lt;A&amp;B&gt;');
    const omitted = composeSign('sign.no-smoking', pictogram('no-smoking'), { withText: true, omitText: true });
    expect(omitted.svg).not.toContain('<text');
    expect(omitted.text.lines).toEqual(['禁止吸烟']);
    expect(omitted.text.colour).toBe(C.white);
  });

  it('prints the newest edition title by default and the asked edition when given', () => {
    const s = safetySign('sign.warn-infection')!;
    expect(signTitleZh(s)).toBe('当心感染');
    expect(signTitleZh(s, 'GB 2894-2008')).toBe('当心感染');
    expect(signTitleZh(safetySign('sign.no-chemical-fibre-clothing')!)).toBe('禁止穿化纤服装');
  });

  it('refuses an unknown sign with E_SIGN_UNKNOWN', () => {
    expect(() => composeSignSvg('sign.nope', null, { withText: true })).toThrow(/E_SIGN_UNKNOWN/);
  });

  it('rounded triangle path: three arcs of radius r; r = 0 gives a plain triangle', () => {
    const d = roundedTrianglePath(50, 50, 60, 5);
    expect(d.match(/A5 5 0 0 1/g)).toHaveLength(3);
    expect(roundedTrianglePath(50, 50, 60, 0)).not.toContain('A');
  });
});
