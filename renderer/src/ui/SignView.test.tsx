// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SAFETY_SIGNS } from '../../../core/standards/signs';
import { SignView, hasPictogram } from './SignView';

describe('SignView', () => {
  it('bundles a pictogram for every sign with artwork', () => {
    for (const s of SAFETY_SIGNS) expect(hasPictogram(s.id), s.id).toBe(s.artwork !== 'missing');
  });

  it('renders a warning sign with its yellow triangle, black pictogram and title', () => {
    const { container, getByRole } = render(<SignView signId="sign.warn-fire" size={120} />);
    const img = getByRole('img');
    expect(img.getAttribute('aria-label')).toBe('当心火灾');
    expect(img.style.width).toBe('120px');
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toBe('0 0 100 125');
    expect(svg.getAttribute('width')).toBe('100%');
    expect(container.querySelector('path[fill="#FFD100"]')).not.toBeNull();
    expect(container.querySelector('g[fill="#000000"] path')).not.toBeNull();
    expect(container.querySelector('text')!.textContent).toBe('当心火灾');
  });

  it('without text: no panel; mandatory pictogram in white on the blue disc', () => {
    const { container } = render(<SignView signId="sign.must-safety-helmet" withText={false} size="5rem" />);
    expect(container.querySelector('text')).toBeNull();
    expect(container.querySelector('circle[fill="#005BAC"]')).not.toBeNull();
    expect(container.querySelector('g[fill="#FFFFFF"] path')).not.toBeNull();
    expect((container.firstChild as HTMLElement).style.width).toBe('5rem');
  });

  it('holds only shapes and escaped text; a custom title is escaped', () => {
    const { container } = render(<SignView signId="sign.no-smoking" textZh={'<img src=x onerror=alert(1)>'} />);
    expect(container.querySelector('img, script, foreignObject, image, a, style')).toBeNull();
    // a long title wraps onto two <text> lines
    expect([...container.querySelectorAll('text')].map((t) => t.textContent).join('')).toBe('<img src=x onerror=alert(1)>');
    const tags = new Set([...container.querySelectorAll('svg *')].map((e) => e.tagName.toLowerCase()));
    for (const t of tags) expect(['g', 'path', 'circle', 'rect', 'text', 'ellipse', 'line', 'polygon', 'polyline']).toContain(t);
  });

  it('renders nothing for an unknown id', () => {
    const { container } = render(<SignView signId="sign.unknown" />);
    expect(container.innerHTML).toBe('');
  });
});
