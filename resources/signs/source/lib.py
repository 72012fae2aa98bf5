"""Drawing primitives for the SafePost sign pictograms (see ../README.md).

Every pictogram is drawn in a 100 × 100 box (y grows downwards, like SVG) from a few bold
shapes — thick round-capped strokes, discs, polygons — combined with shapely's boolean
operations, then written as ONE path in `currentColor` with the even-odd rule. The composer
(core/signs/compose.ts) draws the frame and recolours the ink.

Conventions (core/signs/geometry.ts PICTOGRAM_BOX_RATIO):
- prohibition and mandatory pictograms stay within radius ~44 of (50, 50);
- warning pictograms stay inside the inner triangle: apex (50, 6.7), base y = 93.3 from x 0 to
  100, with some air — in practice within the triangle apex (50, 22), base y = 88, x 12…88;
- information pictograms use the whole box with ~3 units of air.
"""
import math

from shapely import affinity
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box
from shapely.ops import unary_union

ROUND = dict(cap_style=1, join_style=1)
FLAT = dict(cap_style=2, join_style=2, mitre_limit=4)


def seg(pts, w, flat=False):
    """A stroke of width w along the polyline pts (round caps and joins unless flat)."""
    return LineString(pts).buffer(w / 2, resolution=24, **(FLAT if flat else ROUND))


def circ(c, r):
    return Point(c).buffer(r, resolution=48)


def ell(c, rx, ry, angle=0):
    g = affinity.scale(Point(0, 0).buffer(1, resolution=48), rx, ry)
    g = affinity.rotate(g, angle, origin=(0, 0))
    return affinity.translate(g, c[0], c[1])


def poly(pts):
    return Polygon(pts).buffer(0)


def rect(x, y, w, h, r=0):
    if r <= 0:
        return box(x, y, x + w, y + h)
    return box(x + r, y + r, x + w - r, y + h - r).buffer(r, resolution=16, join_style=1)


def ring(c, r, w):
    return circ(c, r + w / 2).difference(circ(c, r - w / 2))


def arcpts(c, r, a0, a1, n=48):
    """Points of an arc (degrees; 0 = +x, 90 = +y i.e. downwards on screen)."""
    return [(c[0] + r * math.cos(math.radians(a0 + (a1 - a0) * i / n)),
             c[1] + r * math.sin(math.radians(a0 + (a1 - a0) * i / n))) for i in range(n + 1)]


def arc(c, r, a0, a1, w, flat=False):
    return seg(arcpts(c, r, a0, a1), w, flat)


def sector(c, r, a0, a1):
    return Polygon([c] + arcpts(c, r, a0, a1)).buffer(0)


def bez(p0, p1, p2, p3=None, n=32):
    """Points of a quadratic (3 points) or cubic (4 points) Bézier curve."""
    out = []
    for i in range(n + 1):
        t = i / n
        if p3 is None:
            x = (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0]
            y = (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1]
        else:
            x = (1 - t) ** 3 * p0[0] + 3 * (1 - t) ** 2 * t * p1[0] + 3 * (1 - t) * t * t * p2[0] + t ** 3 * p3[0]
            y = (1 - t) ** 3 * p0[1] + 3 * (1 - t) ** 2 * t * p1[1] + 3 * (1 - t) * t * t * p2[1] + t ** 3 * p3[1]
        out.append((x, y))
    return out


def path_pts(*curves):
    """Concatenates point lists (each a list of points), dropping repeated joints."""
    out = []
    for c in curves:
        for p in c:
            if not out or (abs(out[-1][0] - p[0]) > 1e-9 or abs(out[-1][1] - p[1]) > 1e-9):
                out.append(p)
    return out


def U(*gs):
    flat = []
    for g in gs:
        if isinstance(g, (list, tuple)):
            flat.extend(g)
        elif g is not None:
            flat.append(g)
    return unary_union(flat)


def cut(g, *others, gap=0.0):
    """g minus the others, each grown by gap (a knock-out line between touching shapes)."""
    o = U(*others)
    return g.difference(o.buffer(gap, resolution=16) if gap else o)


def rot(g, deg, origin=(50, 50)):
    """Rotates clockwise on screen by deg (y grows downwards)."""
    return affinity.rotate(g, deg, origin=origin)


def tr(g, dx, dy):
    return affinity.translate(g, dx, dy)


def sc(g, fx, fy=None, origin=(50, 50)):
    return affinity.scale(g, fx, fx if fy is None else fy, origin=origin)


def mirror(g, x=50):
    return affinity.scale(g, -1, 1, origin=(x, 0))


def fit(g, cx=50, cy=50, size=80):
    """Scales and centres g so that its larger bounding-box side is `size`."""
    x0, y0, x1, y1 = g.bounds
    k = size / max(x1 - x0, y1 - y0)
    g = affinity.scale(g, k, k, origin=((x0 + x1) / 2, (y0 + y1) / 2))
    x0, y0, x1, y1 = g.bounds
    return affinity.translate(g, cx - (x0 + x1) / 2, cy - (y0 + y1) / 2)


# --- common figures -----------------------------------------------------------------------

HEAD_R = 7.0
TORSO_W = 12.5
ARM_W = 8.0
LEG_W = 9.5


def person(head, sh, hip, arms=(), legs=(), head_r=HEAD_R, torso_w=TORSO_W, arm_w=ARM_W, leg_w=LEG_W):
    """An ISO 7010-style figure: a round head, a capsule torso from the shoulder point to the hip
    point, limbs as thick round-capped polylines (each arm starts at sh, each leg at hip)."""
    parts = [circ(head, head_r), seg([sh, hip], torso_w)]
    for a in arms:
        parts.append(seg([sh] + list(a), arm_w))
    for leg in legs:
        parts.append(seg([hip] + list(leg), leg_w))
    return U(parts)


def walking(dx=0.0, dy=0.0, s=1.0):
    """A person walking to the right (ISO P004 pose), about 80 units tall."""
    g = person(head=(53, 13), sh=(50, 27), hip=(46, 53),
               arms=[[(58, 39), (64, 50)], [(41, 39), (35, 50)]],
               legs=[[(55, 69), (61, 87)], [(40, 70), (31, 85)]])
    return tr(sc(g, s), dx, dy)


def standing(dx=0.0, dy=0.0, s=1.0):
    g = person(head=(50, 12), sh=(50, 26), hip=(50, 53),
               arms=[[(42, 40), (40, 55)], [(58, 40), (60, 55)]],
               legs=[[(44, 70), (44, 88)], [(56, 70), (56, 88)]])
    return tr(sc(g, s), dx, dy)


def flame(cx=50, base=80, h=60, w=34):
    """A flame with a curled tip (ISO 7010 W021 style): an outer tongue and a cut-out core."""
    b = base
    top = (cx + w * 0.05, b - h)
    right = path_pts(
        bez((cx, b), (cx + w * 0.62, b), (cx + w * 0.55, b - h * 0.45), (cx + w * 0.28, b - h * 0.62)),
        bez((cx + w * 0.28, b - h * 0.62), (cx + w * 0.18, b - h * 0.75), (cx + w * 0.22, b - h * 0.9), top),
    )
    left = path_pts(
        bez(top, (cx - w * 0.25, b - h * 0.82), (cx - w * 0.12, b - h * 0.62), (cx - w * 0.4, b - h * 0.5)),
        bez((cx - w * 0.4, b - h * 0.5), (cx - w * 0.62, b - h * 0.3), (cx - w * 0.52, b), (cx, b)),
    )
    outer = poly(right + left[1:])
    core = poly(path_pts(
        bez((cx + w * 0.02, b - h * 0.06), (cx + w * 0.3, b - h * 0.06), (cx + w * 0.3, b - h * 0.3), (cx + w * 0.08, b - h * 0.45)),
        bez((cx + w * 0.08, b - h * 0.45), (cx - w * 0.02, b - h * 0.32), (cx - w * 0.28, b - h * 0.25), (cx - w * 0.2, b - h * 0.1)),
        bez((cx - w * 0.2, b - h * 0.1), (cx - w * 0.14, b - h * 0.04), (cx - w * 0.06, b - h * 0.06), (cx + w * 0.02, b - h * 0.06)),
    ))
    return outer.difference(core)


def solid_flame(cx=50, base=80, h=60, w=34):
    """The flame's outline without the core (for small sizes)."""
    b = base
    top = (cx + w * 0.05, b - h)
    right = path_pts(
        bez((cx, b), (cx + w * 0.62, b), (cx + w * 0.55, b - h * 0.45), (cx + w * 0.28, b - h * 0.62)),
        bez((cx + w * 0.28, b - h * 0.62), (cx + w * 0.18, b - h * 0.75), (cx + w * 0.22, b - h * 0.9), top),
    )
    left = path_pts(
        bez(top, (cx - w * 0.25, b - h * 0.82), (cx - w * 0.12, b - h * 0.62), (cx - w * 0.4, b - h * 0.5)),
        bez((cx - w * 0.4, b - h * 0.5), (cx - w * 0.62, b - h * 0.3), (cx - w * 0.52, b), (cx, b)),
    )
    return poly(right + left[1:])


BOLT = [(57, 16), (70, 16), (59, 45), (69, 45), (54, 71), (61, 71), (44, 94), (40, 71), (47, 71), (56, 53), (45, 53)]


def bolt(p_top, p_bot, w=15):
    """The lightning arrow of ISO 7010 W012 / GB 当心触电: two slanted bars joined by a step, ending
    in an arrow head; fitted between the heights of p_top and p_bot, centred on their mean x.
    `w` scales the width (15 = the drawn proportions)."""
    g = poly(BOLT)
    x0, y0, x1, y1 = g.bounds
    h = abs(p_bot[1] - p_top[1])
    k = h / (y1 - y0)
    g = affinity.scale(g, k * w / 15, k, origin=((x0 + x1) / 2, (y0 + y1) / 2))
    gx0, gy0, gx1, gy1 = g.bounds
    return affinity.translate(g, (p_top[0] + p_bot[0]) / 2 - (gx0 + gx1) / 2, min(p_top[1], p_bot[1]) - gy0)


def arrow(p0, p1, w=6, head=14, head_w=16):
    """A straight arrow from p0 to p1 (head at p1)."""
    x0, y0 = p0
    x1, y1 = p1
    L = math.hypot(x1 - x0, y1 - y0)
    ux, uy = (x1 - x0) / L, (y1 - y0) / L
    vx, vy = -uy, ux
    bx, by = x1 - ux * head, y1 - uy * head
    shaft = seg([p0, (bx + ux * 1, by + uy * 1)], w, flat=True)
    tip = poly([(x1, y1), (bx + vx * head_w / 2, by + vy * head_w / 2), (bx - vx * head_w / 2, by - vy * head_w / 2)])
    return U(shaft, tip)


def hand_open(cx=50, cy=55, s=1.0, angle=0):
    """An open right hand, palm facing the viewer, fingers up (ISO P010 style)."""
    palm = rect(cx - 15, cy - 8, 30, 30, 9)
    fingers = [
        seg([(cx - 11, cy - 2), (cx - 12, cy - 26)], 7.2),
        seg([(cx - 3.6, cy - 2), (cx - 3.8, cy - 32)], 7.4),
        seg([(cx + 3.8, cy - 2), (cx + 4.2, cy - 30)], 7.4),
        seg([(cx + 11, cy - 2), (cx + 12.5, cy - 22)], 6.8),
    ]
    thumb = seg([(cx - 12, cy + 12), (cx - 20, cy + 2), (cx - 25, cy - 8)], 7.6)
    wrist = rect(cx - 11, cy + 18, 22, 16, 3)
    g = U(palm, fingers, thumb, wrist)
    # Knock-out lines between the fingers so they read as separate.
    g = cut(g, seg([(cx - 7.4, cy - 8), (cx - 7.8, cy - 30)], 1.2), seg([(cx + 0.1, cy - 8), (cx + 0.2, cy - 34)], 1.2),
            seg([(cx + 7.6, cy - 8), (cx + 8.2, cy - 32)], 1.2))
    g = sc(g, s, origin=(cx, cy))
    return rot(g, angle, origin=(cx, cy))


def gear(c, r_out, r_in, teeth, hole=0.0, tooth_w=0.5, phase=0.0):
    """A gear wheel: a disc of radius r_in with `teeth` trapezoid teeth reaching r_out."""
    g = circ(c, r_in)
    step = 360 / teeth
    parts = [g]
    for i in range(teeth):
        a = math.radians(phase + i * step)
        half = math.radians(step * tooth_w / 2)
        p = [
            (c[0] + (r_in - 1) * math.cos(a - half * 1.2), c[1] + (r_in - 1) * math.sin(a - half * 1.2)),
            (c[0] + r_out * math.cos(a - half * 0.7), c[1] + r_out * math.sin(a - half * 0.7)),
            (c[0] + r_out * math.cos(a + half * 0.7), c[1] + r_out * math.sin(a + half * 0.7)),
            (c[0] + (r_in - 1) * math.cos(a + half * 1.2), c[1] + (r_in - 1) * math.sin(a + half * 1.2)),
        ]
        parts.append(poly(p))
    g = U(parts)
    if hole:
        g = g.difference(circ(c, hole))
    return g


def head_profile(cx=50, cy=45, s=1.0):
    """A head facing left with neck and shoulders (mandatory PPE signs)."""
    skull = ell((cx + 2, cy - 4), 21, 23)
    face = poly(path_pts(
        [(cx - 8, cy - 24)],
        bez((cx - 8, cy - 24), (cx - 20, cy - 20), (cx - 21, cy - 8), (cx - 20, cy - 2)),
        [(cx - 26, cy + 6), (cx - 20, cy + 8)],
        bez((cx - 20, cy + 8), (cx - 21, cy + 13), (cx - 19, cy + 18), (cx - 14, cy + 19)),
        [(cx - 8, cy + 22), (cx + 6, cy + 22), (cx + 10, cy + 4), (cx - 8, cy - 24)],
    ))
    neck = rect(cx - 8, cy + 14, 20, 16)
    shoulders = rect(cx - 30, cy + 27, 64, 30, 12)
    g = U(skull, face, neck, shoulders)
    return sc(g, s, origin=(cx, cy))


def head_front(cx=50, cy=44, s=1.0, neck=True):
    """A head seen from the front with neck and shoulders (ISO M001-M017 style)."""
    head = ell((cx, cy), 17.5, 21.5)
    parts = [head]
    if neck:
        parts.append(rect(cx - 8, cy + 14, 16, 16))
        parts.append(poly(path_pts(
            [(cx - 8, cy + 24)],
            bez((cx - 8, cy + 24), (cx - 22, cy + 27), (cx - 34, cy + 30), (cx - 36, cy + 46)),
            [(cx - 37, cy + 52), (cx + 37, cy + 52)],
            bez((cx + 36, cy + 46), (cx + 34, cy + 30), (cx + 22, cy + 27), (cx + 8, cy + 24)),
        )))
    g = U(parts)
    return sc(g, s, origin=(cx, cy))


# --- output -------------------------------------------------------------------------------

def _ring_d(coords):
    pts = list(coords)
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts = pts[:-1]
    out = []
    for i, (x, y) in enumerate(pts):
        out.append(('M' if i == 0 else 'L') + _num(x) + ' ' + _num(y))
    return ''.join(out) + 'Z'


def _num(v):
    s = f'{round(v, 1):.1f}'
    if s.endswith('.0'):
        s = s[:-2]
    return '0' if s == '-0' else s


def to_path(g):
    """Path data (even-odd) of a polygon or multipolygon, simplified to 0.05 units."""
    g = g.buffer(0).simplify(0.05, preserve_topology=True)
    polys = [g] if isinstance(g, Polygon) else list(getattr(g, 'geoms', []))
    d = ''
    for p in polys:
        if not isinstance(p, Polygon) or p.is_empty:
            continue
        d += _ring_d(p.exterior.coords)
        for hole in p.interiors:
            d += _ring_d(hole.coords)
    return d


def svg_file(title, path_d, extra='', source='SafePost own drawing (resources/signs/source)'):
    body = f'  <path fill="currentColor" fill-rule="evenodd" d="{path_d}"/>\n' if path_d else ''
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">\n'
        f'  <!-- {title}: {source}; single colour, recoloured by core/signs/compose.ts -->\n'
        f'{body}{extra}'
        '</svg>\n'
    )


__all__ = [n for n in dir() if not n.startswith('_') or n in ('_num',)]
MultiPolygon  # re-exported for drawings
