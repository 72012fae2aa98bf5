#!/usr/bin/env python3
"""Writes resources/signs/<slug>.svg for every pictogram drawn here or taken from @mdi/svg.

Run from the repository root (needs Debian's python3-shapely and node_modules/@mdi/svg):
    /usr/bin/python3 resources/signs/source/build.py [slug ...]
See ../README.md for conventions, sources and licences.
"""
import os
import re
import sys

sys.dont_write_bytecode = True  # keep resources/ free of __pycache__

sys.path.insert(0, os.path.dirname(__file__))
from lib import *  # noqa: E402,F401,F403
from lib import _num  # noqa: E402
from drawings import DRAWINGS, FIXED, MAX_SCALE, MDI  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(__file__), '..'))
MDI_DIR = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'node_modules', '@mdi', 'svg', 'svg')


def mdi_markup(name, x, y, size, rotate=0):
    """The @mdi/svg icon `name` (24 × 24) placed at (x, y) with side `size`."""
    with open(os.path.join(MDI_DIR, name + '.svg'), encoding='utf-8') as f:
        d = re.search(r'<path d="([^"]+)"', f.read()).group(1)
    k = size / 24
    rot = f' rotate({rotate} 12 12)' if rotate else ''
    return (f'  <g transform="translate({_num(x)} {_num(y)}) scale({k:.4f}){rot}">'
            f'<path fill="currentColor" d="{d}"/></g>\n')


def allowed_region(slug):
    """Where a pictogram may draw (core/signs/geometry.ts PICTOGRAM_BOX_RATIO), with air."""
    if slug.startswith('warn-'):
        return poly([(50, 6.7), (100, 93.3), (0, 93.3)]).buffer(-3.5)
    if slug.startswith('info-'):
        return rect(1.5, 1.5, 97, 97)
    return circ((50, 50), 45.5)


def fit_region(slug):
    """The region a pictogram is grown or shrunk into: a little tighter than allowed_region so
    that the frame keeps some air around the symbol (as in ISO 7010 artwork)."""
    if slug.startswith('warn-'):
        return poly([(50, 6.7), (100, 93.3), (0, 93.3)]).buffer(-6.5)
    if slug.startswith('info-'):
        return rect(3, 3, 94, 94)
    return circ((50, 50), 43.5)


def _max_scale(g, region, origin, lo=0.3, hi=1.6):
    if sc(g, lo, origin=origin).difference(region).area > 0.3:
        return lo
    for _ in range(22):
        mid = (lo + hi) / 2
        if sc(g, mid, origin=origin).difference(region).area <= 0.3:
            lo = mid
        else:
            hi = mid
    return lo


def autofit(slug, g, max_scale=1.6):
    """Centres g horizontally and scales it as large as its region allows (at most max_scale).
    Warning pictograms also try vertical positions, since a triangle leaves more room low."""
    region = fit_region(slug)
    x0, y0, x1, y1 = g.bounds
    g = tr(g, 50 - (x0 + x1) / 2, 0)
    best = None
    if slug.startswith('warn-'):
        x0, y0, x1, y1 = g.bounds
        for cy in [54 + i for i in range(0, 22)]:
            h = tr(g, 0, cy - (y0 + y1) / 2)
            k = _max_scale(h, region, (50, cy), hi=max_scale)
            if best is None or k * (y1 - y0) > best[0]:
                best = (k * (y1 - y0), sc(h, k, origin=(50, cy)), k)
    else:
        x0, y0, x1, y1 = g.bounds
        h = tr(g, 0, 50 - (y0 + y1) / 2)
        k = _max_scale(h, region, (50, 50), hi=max_scale)
        best = (0, sc(h, k, origin=(50, 50)), k)
    return best[1], best[2]


def main(only):
    count = 0
    for slug, fn in DRAWINGS.items():
        if only and slug not in only:
            continue
        title = fn.__doc__.strip().splitlines()[0] if fn.__doc__ else slug
        g = fn()
        if g is not None and not g.is_empty:
            if slug not in FIXED:
                g, k = autofit(slug, g, MAX_SCALE.get(slug, 1.6))
            out = g.difference(allowed_region(slug)).area
            if out > 0.5:
                print(f'  {slug}: {out:.1f} units² outside its frame')
        extra = ''
        source = 'SafePost own drawing (resources/signs/source)'
        if slug in MDI:
            for spec in MDI[slug]:
                extra += mdi_markup(*spec)
            icons = ', '.join(sorted({spec[0] for spec in MDI[slug]}))
            source = f'icon {icons} of @mdi/svg 7.4.47 (Apache-2.0)' + (' with SafePost additions' if g is not None and not g.is_empty else '')
        text = svg_file(title, to_path(g) if g is not None and not g.is_empty else '', extra, source)
        with open(os.path.join(OUT, slug + '.svg'), 'w', encoding='utf-8') as f:
            f.write(text)
        count += 1
    print(f'wrote {count} pictograms to {OUT}')


if __name__ == '__main__':
    main(set(sys.argv[1:]))
