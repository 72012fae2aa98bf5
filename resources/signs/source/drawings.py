"""The pictograms, one function per sign slug (docstring first line = Chinese title).

Shapes follow the symbols of GB 2894-2008 / ISO 7010 in spirit (same subject and pose), drawn
from scratch as simple bold silhouettes; none is traced from the standards' artwork.
"""
import math

from lib import (U, arc, arcpts, arrow, bez, bolt, circ, cut, ell, flame, gear, hand_open, head_front, head_profile,
                 path_pts, person, poly, rect, ring, rot, sc, sector, seg, solid_flame, standing, tr, walking,
                 mirror)

DRAWINGS = {}
# slug -> list of (mdi icon name, x, y, size[, rotate]) placed over/beside the own drawing
MDI = {}
# Drawings laid out by hand: build.py does not re-centre or re-scale them.
FIXED = set()
# Upper bound of the automatic scale where the full size would look too heavy.
MAX_SCALE = {}


def sign(slug):
    def deco(fn):
        DRAWINGS[slug] = fn
        return fn
    return deco


# =============================================================================================
# Shared pieces

def cigarette(cx=50, cy=62, length=56, w=10):
    x0 = cx - length / 2
    body = rect(x0, cy - w / 2, length, w)
    # A knock-out separating the filter (left quarter).
    body = cut(body, rect(x0 + length * 0.26, cy - w, 1.6, 2 * w))
    return body


def smoke(x, y0, y1, amp=4, w=3.6, phase=0):
    pts = []
    n = 40
    for i in range(n + 1):
        t = i / n
        y = y0 + (y1 - y0) * t
        pts.append((x + amp * math.sin(phase + t * 2 * math.pi * 1.2), y))
    return seg(pts, w)


def match_stick(top, bottom, w=5.5):
    return U(seg([top, bottom], w), ell(top, 5, 6.5, angle=math.degrees(math.atan2(bottom[1] - top[1], bottom[0] - top[0])) + 90))


def box_shape(x, y, w, h, gap=1.6):
    """A closed carton: a rectangle with a knock-out line for its lid."""
    b = rect(x, y, w, h)
    return cut(b, rect(x - 1, y + h * 0.22, w + 2, gap))


def drop(cx, cy, r):
    """A liquid drop pointing up."""
    return U(circ((cx, cy), r), poly([(cx - r * 0.92, cy - r * 0.35), (cx, cy - r * 2.3), (cx + r * 0.92, cy - r * 0.35)]))


def wave_line(x0, x1, y, amp=3.5, periods=3, w=4.5):
    n = 80
    pts = [(x0 + (x1 - x0) * i / n, y + amp * math.sin(2 * math.pi * periods * i / n)) for i in range(n + 1)]
    return seg(pts, w)


def wavy_vertical(x, y0, y1, amp=3.5, periods=1.5, w=5):
    n = 60
    pts = [(x + amp * math.sin(2 * math.pi * periods * i / n), y0 + (y1 - y0) * i / n) for i in range(n + 1)]
    return seg(pts, w)


def hand_side(cx, cy, s=1.0, angle=0):
    """A flat hand seen from above, fingers pointing right, thumb up, with the forearm on the left
    (used for 'reach in', machinery and hand-injury pictograms)."""
    palm = rect(cx - 13, cy - 10.5, 20, 21, 6)
    fingers = U(
        seg([(cx + 2, cy - 7.6), (cx + 19, cy - 8.4)], 4.6),
        seg([(cx + 2, cy - 2.6), (cx + 22, cy - 2.6)], 4.6),
        seg([(cx + 2, cy + 2.4), (cx + 20.5, cy + 2.8)], 4.6),
        seg([(cx + 2, cy + 7.4), (cx + 16, cy + 8.4)], 4.4),
    )
    fingers = cut(fingers, seg([(cx + 6, cy - 5.1), (cx + 24, cy - 5.5)], 0.9), seg([(cx + 6, cy - 0.1), (cx + 24, cy - 0.1)], 0.9),
                  seg([(cx + 6, cy + 4.9), (cx + 24, cy + 5.5)], 0.9))
    thumb = seg([(cx - 8, cy - 6), (cx - 1, cy - 13), (cx + 6, cy - 15)], 5.2)
    arm = poly([(cx - 36, cy - 9), (cx - 10, cy - 8), (cx - 10, cy + 9), (cx - 36, cy + 10)])
    g = U(palm, fingers, thumb, arm)
    g = sc(g, s, origin=(cx, cy))
    return rot(g, angle, origin=(cx, cy))


def glove(cx=50, cy=50, s=1.0):
    """A gauntlet glove, fingers up (ISO M009 style)."""
    palm = rect(cx - 15, cy - 10, 30, 30, 8)
    fingers = [
        seg([(cx - 10.5, cy - 4), (cx - 11.5, cy - 26)], 7.4),
        seg([(cx - 3.5, cy - 4), (cx - 3.6, cy - 31)], 7.6),
        seg([(cx + 3.8, cy - 4), (cx + 4.2, cy - 29)], 7.6),
        seg([(cx + 10.8, cy - 4), (cx + 12, cy - 22)], 7.0),
    ]
    thumb = seg([(cx - 11, cy + 12), (cx - 20, cy + 2), (cx - 24, cy - 7)], 8)
    cuff = poly([(cx - 15, cy + 18), (cx + 15, cy + 18), (cx + 19, cy + 38), (cx - 19, cy + 38)])
    g = U(palm, fingers, thumb)
    g = cut(g, seg([(cx - 7, cy - 8), (cx - 7.4, cy - 30)], 1.3), seg([(cx + 0.2, cy - 8), (cx + 0.3, cy - 33)], 1.3),
            seg([(cx + 7.4, cy - 8), (cx + 8, cy - 30)], 1.3))
    g = U(cut(g, rect(cx - 30, cy + 16, 60, 3)), cuff)
    return sc(g, s, origin=(cx, cy))


def boot(x=22, y=28, s=1.0):
    """A safety boot seen from the side, toe to the right (ISO M008 style)."""
    shaft = poly([(x + 2, y), (x + 26, y), (x + 28, y + 30)] + bez((x + 28, y + 30), (x + 44, y + 31), (x + 56, y + 34), (x + 58, y + 44))[1:]
                 + [(x + 58, y + 48), (x, y + 48)])
    sole = rect(x - 1, y + 47, 61, 7, 2.5)
    heel = rect(x - 1, y + 50, 18, 8, 2)
    g = U(shaft, sole, heel)
    g = cut(g, rect(x - 2, y + 45.5, 64, 1.8))
    # Toe-cap knock-out arc.
    g = cut(g, arc((x + 52, y + 48), 12, 200, 265, 1.8))
    return sc(g, s, origin=(x, y))


def padlock(cx=50, cy=56, s=1.0):
    body = rect(cx - 20, cy - 6, 40, 30, 5)
    shackle = arc((cx, cy - 8), 12.5, 180, 360, 7)
    legs = U(rect(cx - 16, cy - 10, 7, 6), rect(cx + 9, cy - 10, 7, 6))
    key = U(circ((cx, cy + 5), 4), poly([(cx - 2.5, cy + 6), (cx + 2.5, cy + 6), (cx + 3.5, cy + 16), (cx - 3.5, cy + 16)]))
    g = U(body, shackle, legs).difference(key)
    return sc(g, s, origin=(cx, cy))


def earth_symbol(cx=50, top=22, s=1.0):
    g = U(rect(cx - 3.5, top, 7, 34), rect(cx - 24, top + 34, 48, 7), rect(cx - 16, top + 46, 32, 7), rect(cx - 8, top + 58, 16, 7))
    return sc(g, s, origin=(cx, top))


def forklift(x=0, y=0, s=1.0, driver=True):
    """A forklift truck, side view, forks to the right; about 70 × 52 units at s = 1."""
    body = poly([(10, 36), (44, 36), (48, 30), (52, 30), (52, 58), (8, 58), (8, 44)])
    counter = rect(6, 40, 10, 16, 3)
    guard = U(seg([(18, 36), (22, 8), (48, 8), (50, 30)], 4.2, flat=True))
    mast = rect(54, 4, 6, 56)
    forks = U(rect(60, 52, 18, 5), rect(60, 26, 4, 30))
    wheels = U(circ((20, 60), 8.5), circ((46, 60), 8.5))
    parts = [body, counter, guard, mast, forks]
    if driver:
        parts.append(circ((33, 17), 5))
        parts.append(seg([(33, 25), (32, 34)], 7))
    g = U(parts)
    g = cut(g, U(circ((20, 60), 10.5), circ((46, 60), 10.5)))
    g = U(g, wheels)
    g = cut(g, U(circ((20, 60), 3), circ((46, 60), 3)))
    g = sc(g, s, origin=(0, 0))
    return tr(g, x, y)


def car(x=0, y=0, s=1.0):
    """A car, side view, front to the left; about 72 × 30 units at s = 1."""
    body = poly(path_pts(
        [(2, 22)], bez((2, 22), (2, 15), (6, 13), (14, 12)),
        [(22, 3), (48, 3), (58, 12), (68, 14)], bez((68, 14), (72, 15), (72, 20), (72, 24)),
        [(72, 26), (2, 26)]))
    windows = U(poly([(24, 6.5), (34, 6.5), (34, 12), (18, 12)]), poly([(37, 6.5), (46.5, 6.5), (53, 12), (37, 12)]))
    g = body.difference(windows)
    g = cut(g, U(circ((17, 26), 9.5), circ((57, 26), 9.5)))
    g = U(g, circ((17, 26), 7.5), circ((57, 26), 7.5))
    g = cut(g, U(circ((17, 26), 2.5), circ((57, 26), 2.5)))
    return tr(sc(g, s, origin=(0, 0)), x, y)


def starburst(c, r_out, r_in, n, phase=0):
    pts = []
    for i in range(2 * n):
        r = r_out if i % 2 == 0 else r_in
        a = math.radians(phase + i * 180 / n)
        pts.append((c[0] + r * math.cos(a), c[1] + r * math.sin(a)))
    return poly(pts)


def trefoil(c, R):
    """The ionizing-radiation trefoil (ISO 361 proportions: disc R, blades 1.5 R to 5 R, 60°)."""
    blades = [sector(c, 5 * R, a - 30, a + 30).difference(circ(c, 1.5 * R)) for a in (-150, -30, 90)]
    return U(circ(c, R), blades)


def tube(p_closed, p_mouth, w=8):
    return seg([p_closed, p_mouth], w)


# =============================================================================================
# Warning signs (black on yellow)

@sign('warn-general')
def _():
    """注意安全"""
    bar = poly([(44.5, 32), (55.5, 32), (53, 70), (47, 70)])
    return U(bar.buffer(1.2, join_style=1), circ((50, 80), 5.6))


@sign('warn-fire')
def _():
    """当心火灾"""
    return U(flame(50, 79, 50, 34), rect(28, 82, 44, 5))


@sign('warn-explosion')
def _():
    """当心爆炸"""
    c = (50, 64)
    burst = starburst(c, 21, 9.5, 9, phase=-90)
    frags = []
    for a in (-150, -30, 160, 20, -90):
        r0 = 25
        p = (c[0] + r0 * math.cos(math.radians(a)), c[1] + r0 * math.sin(math.radians(a)))
        frags.append(rot(poly([(p[0] - 3, p[1] - 2), (p[0] + 4, p[1] - 1.5), (p[0] + 3, p[1] + 2.5), (p[0] - 2.5, p[1] + 2)]), a, p))
    return U(burst, frags)


@sign('warn-corrosion')
def _():
    """当心腐蚀"""
    left_tube = tube((50, 38), (38, 48), 6.5)
    right_tube = tube((56, 38), (68, 48), 6.5)
    drops = U(drop(37, 57, 2.4), drop(37, 64.5, 2.0), drop(69, 57, 2.4), drop(69, 64.5, 2.0))
    hand = hand_side(30, 76, 0.55).difference(circ((37, 71), 3.8))
    bar = rect(57, 72, 24, 9).difference(circ((69, 72), 4.5))
    return U(left_tube, right_tube, drops, bar, hand)


@sign('warn-poisoning')
def _():
    """当心中毒"""
    return None


MDI['warn-poisoning'] = [('skull-crossbones', 22, 33, 56)]


@sign('warn-infection')
def _():
    """当心感染"""
    return None


MDI['warn-infection'] = [('biohazard', 22, 35, 56)]


@sign('warn-electric-shock')
def _():
    """当心触电"""
    return bolt((57, 29), (43, 88), 17)


@sign('warn-cable')
def _():
    """当心电缆"""
    ground = rect(16, 62, 68, 3.5)
    cable = wave_line(20, 80, 76, amp=3.5, periods=2, w=6)
    return U(ground, cable, bolt((54, 26), (46, 58), 15))


@sign('warn-automatic-start')
def _():
    """当心自动启动"""
    g = gear((50, 66), 15, 11.5, 9, hole=4.5)
    a = arc((50, 66), 22, 200, 470, 4.2, flat=True)
    tip_a = math.radians(470)
    tip = (50 + 22 * math.cos(tip_a), 66 + 22 * math.sin(tip_a))
    head = rot(poly([(tip[0] - 6, tip[1] - 6), (tip[0] + 6, tip[1] - 6), (tip[0], tip[1] + 4)]), 20, tip)
    return U(g, a, tr(head, 3, 0))


@sign('warn-machinery')
def _():
    """当心机械伤人"""
    g = gear((36, 62), 17, 13, 10, hole=4.5)
    hand = hand_side(62, 70, 0.8, angle=200)
    return U(cut(g, hand, gap=1.8), hand)


@sign('warn-cave-in')
def _():
    """当心塌方"""
    slope = poly([(16, 88), (18, 74), (30, 62), (36, 64), (44, 88)])
    rocks = U(rot(rect(34, 46, 8, 7), 20, (38, 50)), rot(rect(42, 56, 6, 6), -15, (45, 59)), rot(rect(28, 52, 5, 5), 10, (30, 54)))
    man = person(head=(66, 52), sh=(64, 62), hip=(68, 76), arms=[[(57, 64), (54, 58)], [(70, 66), (76, 70)]],
                 legs=[[(62, 82), (60, 88)], [(74, 82), (78, 88)]], head_r=5, torso_w=9, arm_w=5.5, leg_w=6.5)
    return U(slope, rocks, man)


@sign('warn-roof-fall')
def _():
    """当心冒顶"""
    # The roof of a working (a slab with a crack) sheds rocks onto a person shielding the head with
    # both arms; the person as a large upper body cut by the triangle's base.
    roof = rect(40, 32.5, 20, 7, 1)
    roof = cut(roof, poly([(48.5, 31), (51.5, 35), (49.5, 41), (51, 41), (53.5, 35), (50.5, 31)]))
    chunks = U(rot(rect(43.5, 42, 5, 4), 25, (46, 44)), rot(rect(52.5, 42.5, 4.5, 3.8), -20, (54.7, 44.4)))
    man = _bust(head=(50, 58), head_r=8, arms=[[(40, 70), (31.5, 61), (38.5, 50)], [(60, 70), (68.5, 61), (61.5, 50)]], shoulder_y=67)
    return U(roof, chunks, man)


FIXED.add('warn-roof-fall')


@sign('warn-pit')
def _():
    """当心坑洞"""
    ground = U(rect(14, 80, 26, 8), rect(60, 80, 26, 8))
    man = person(head=(50, 72), sh=(49, 62), hip=(46, 46), arms=[[(42, 66), (38, 72)], [(57, 66), (62, 72)]],
                 legs=[[(40, 38), (42, 30)], [(52, 38), (58, 32)]], head_r=5, torso_w=9, arm_w=5.5, leg_w=6.5)
    return U(ground, man)


def _bust(head=(50, 52), head_r=8.5, arms=(), arm_w=7.2, shoulder_y=63, half_w=12):
    """An upper body seen from the front, cut flat by the base of the warning triangle: a large
    head, a neck, a torso with round shoulders and arms as thick strokes from the shoulders, kept
    apart from the torso by a knock-out line (for the head-injury warnings, where the head matters
    and the legs do not)."""
    torso = U(rect(50 - half_w, shoulder_y, 2 * half_w, 40, 7), rect(46, head[1], 8, shoulder_y - head[1] + 2))
    arm_g = U([seg(list(a), arm_w) for a in arms])
    body = U(circ(head, head_r), cut(torso, arm_g, gap=1.5), arm_g)
    return body.intersection(box_clip_warning())


def box_clip_warning():
    """The part of the warning triangle a pictogram may fill (with air), cut flat at y = 88."""
    return poly([(50, 6.7), (100, 93.3), (0, 93.3)]).buffer(-3.8).intersection(rect(0, 0, 100, 88))


@sign('warn-falling-objects')
def _():
    """当心落物"""
    # ISO 7010 W035 idea: a load falling on a person who raises an arm over the head; the person as
    # a large upper body cut by the triangle's base, the load just above, so both read when small.
    man = _bust(head=(50, 54), arms=[[(40, 67), (31.5, 58), (35, 46.5)], [(61, 67), (66, 86)]], shoulder_y=63.5)
    load = rot(rect(45, 29.5, 10, 9, 1), 12, (50, 34))
    lines = U(seg([(46.5, 20.5), (46.5, 25.5)], 2), seg([(53.5, 20.5), (53.5, 25.5)], 2))
    return U(cut(man, load, gap=1.5), load, lines)


FIXED.add('warn-falling-objects')


@sign('warn-overhead-load')
def _():
    """当心吊物"""
    hook = U(rect(47.5, 24, 5, 10), arc((50, 39), 5.5, -80, 200, 3.6))
    ropes = U(seg([(50, 45), (36, 60)], 2.6), seg([(50, 45), (64, 60)], 2.6))
    load = rect(30, 60, 40, 24, 1.5)
    return U(hook, ropes, load)


@sign('warn-head-bump')
def _():
    """当心碰头"""
    # A person walks into a low beam: the head touches its underside, with impact marks beside it;
    # the person as a large upper body cut by the triangle's base.
    beam = rect(39, 34.5, 22, 7.5, 1)
    man = _bust(head=(50, 51.5), head_r=9, arms=[[(39, 67), (35.5, 86)], [(61, 67), (64.5, 86)]], shoulder_y=63.5)
    marks = U(seg([(61, 44.5), (65.5, 42)], 2.2), seg([(62, 50.5), (67, 51)], 2.2), seg([(39, 44.5), (34.5, 42)], 2.2), seg([(38, 50.5), (33, 51)], 2.2))
    return U(beam, man, marks)


FIXED.add('warn-head-bump')


@sign('warn-crushing')
def _():
    """当心挤压"""
    left = rect(14, 58, 20, 30)
    right = rect(66, 58, 20, 30)
    man = person(head=(50, 60), sh=(50, 69), hip=(50, 80), arms=[[(43, 72), (37, 70)], [(57, 72), (63, 70)]],
                 legs=[[(46, 88)], [(54, 88)]], head_r=5, torso_w=9, arm_w=5.5, leg_w=6.5)
    arrows = U(arrow((18, 50), (34, 50), w=3.2, head=6, head_w=8), arrow((82, 50), (66, 50), w=3.2, head=6, head_w=8))
    return U(left, right, man, arrows)


@sign('warn-scald')
def _():
    """当心烫伤"""
    hand = hand_side(54, 80, 0.8, angle=0)
    steam = U(wavy_vertical(42, 46, 66, amp=2.8, w=4), wavy_vertical(52, 42, 66, amp=2.8, w=4), wavy_vertical(62, 46, 66, amp=2.8, w=4))
    return U(hand, steam)


@sign('warn-hand-injury')
def _():
    """当心伤手"""
    blade = starburst((36, 62), 17, 12.5, 18).difference(circ((36, 62), 4))
    hand = hand_side(62, 72, 0.8, angle=200)
    return U(cut(blade, hand, gap=1.8), hand)


@sign('warn-hand-pinch')
def _():
    """当心夹手"""
    rollers = U(circ((39, 56), 11), circ((61, 56), 11))
    rollers = cut(rollers, rect(49.4, 40, 1.2, 30))
    hand = glove_hand_up(50, 82, 0.62)
    return U(cut(rollers, hand, gap=1.5), hand)


def glove_hand_up(cx, cy, s):
    """A simple hand with fingers up (no cuff)."""
    palm = rect(cx - 14, cy - 12, 28, 26, 8)
    fingers = [seg([(cx - 9.5, cy - 6), (cx - 10, cy - 28)], 6.8), seg([(cx - 3, cy - 6), (cx - 3, cy - 33)], 7),
               seg([(cx + 3.6, cy - 6), (cx + 4, cy - 31)], 7), seg([(cx + 10, cy - 6), (cx + 11, cy - 24)], 6.4)]
    thumb = seg([(cx - 10, cy + 8), (cx - 19, cy), (cx - 23, cy - 9)], 7)
    g = U(palm, fingers, thumb)
    g = cut(g, seg([(cx - 6.3, cy - 10), (cx - 6.5, cy - 30)], 1.2), seg([(cx + 0.3, cy - 10), (cx + 0.4, cy - 34)], 1.2),
            seg([(cx + 6.9, cy - 10), (cx + 7.4, cy - 32)], 1.2))
    return sc(g, s, origin=(cx, cy))


@sign('warn-foot-puncture')
def _():
    """当心扎脚"""
    # A plank with a nail driven up through it; a shoe (side view, toe right) steps on the point:
    # the nail's tip enters the sole, which is knocked out around it. Laid out by hand to fill the
    # triangle (the ankle near the middle, the sole and the plank low and wide).
    plank = rect(16, 83, 68, 6.5, 1.5)
    nail = poly([(45.5, 83.5), (51.5, 83.5), (48.5, 63)])
    upper = poly(path_pts(
        [(35, 41), (49, 41)],
        bez((49, 41), (50, 48), (54, 52), (61, 54)),
        bez((61, 54), (70, 56), (78, 58), (79, 64)),
        [(79, 66), (27, 66)],
        bez((27, 66), (27, 56), (31, 48), (35, 41))))
    upper = cut(upper, U(seg([(50.5, 47), (55, 44)], 1.3), seg([(54, 50.5), (58.5, 47.5)], 1.3)))  # laces
    sole = rect(25, 65, 56, 5.5, 2.5)
    heel = rect(25, 68, 15, 5.5, 1.5)
    shoe = U(upper, sole, heel)
    shoe = cut(shoe, rect(23, 63.8, 60, 1.4))  # welt line between upper and sole
    shoe = cut(shoe, nail, gap=1.5)
    spikes = U(seg([(38, 78), (32.5, 80.5)], 2.4), seg([(59, 78), (64.5, 80.5)], 2.4))
    return sc(U(shoe, nail.intersection(rect(0, 62, 100, 30)), plank, spikes), 0.97, origin=(50, 86))


FIXED.add('warn-foot-puncture')


@sign('warn-dog')
def _():
    """当心有犬"""
    body = ell((55, 66), 18, 8)
    chest = ell((40, 64), 8, 9)
    neck = seg([(38, 60), (32, 50)], 9)
    head = U(ell((30, 47), 7, 6), poly([(24, 44), (14, 49), (16, 53), (27, 52)]))
    ear = poly([(31, 42), (35, 34), (36, 44)])
    legs = U(seg([(40, 70), (38, 86)], 5), seg([(46, 70), (47, 86)], 5), seg([(64, 70), (62, 86)], 5), seg([(70, 68), (74, 86)], 5))
    tail = seg([(72, 62), (80, 56), (83, 48)], 4)
    g = U(body, chest, neck, head, ear, legs, tail)
    return cut(g, circ((28, 46), 1.4))


@sign('warn-arc')
def _():
    """当心弧光"""
    rod = U(seg([(74, 26), (57, 52)], 5), rect(70, 18, 12, 9, 2))
    flash = starburst((52, 60), 15, 5.5, 10, phase=-90)
    plate = rect(26, 74, 52, 6)
    rays = U(seg([(30, 52), (24, 48)], 2.8), seg([(30, 64), (23, 66)], 2.8), seg([(72, 62), (79, 64)], 2.8), seg([(40, 42), (36, 36)], 2.8))
    return U(rod, flash, plate, rays)

@sign('warn-hot-surface')
def _():
    """当心高温表面"""
    waves = U(wavy_vertical(38, 44, 74, w=5), wavy_vertical(50, 40, 74, w=5), wavy_vertical(62, 44, 74, w=5))
    return U(waves, rect(20, 80, 60, 6))


@sign('warn-low-temperature')
def _():
    """当心低温"""
    c = (50, 64)
    parts = []
    for k in range(6):
        a = k * 60 - 90
        arm = seg([c, (c[0] + 22 * math.cos(math.radians(a)), c[1] + 22 * math.sin(math.radians(a)))], 4.2)
        p = (c[0] + 13 * math.cos(math.radians(a)), c[1] + 13 * math.sin(math.radians(a)))
        b1 = seg([p, (p[0] + 7 * math.cos(math.radians(a - 45)), p[1] + 7 * math.sin(math.radians(a - 45)))], 3.4)
        b2 = seg([p, (p[0] + 7 * math.cos(math.radians(a + 45)), p[1] + 7 * math.sin(math.radians(a + 45)))], 3.4)
        parts += [arm, b1, b2]
    return U(parts)


@sign('warn-magnetic-field')
def _():
    """当心磁场"""
    magnet = arc((50, 52), 11, 0, 180, 9, flat=True)
    legs = U(rect(34.5, 36, 9, 16), rect(56.5, 36, 9, 16))
    magnet = rot(U(magnet, legs), 180, (50, 50))
    magnet = tr(magnet, 0, 6)
    field = U(arc((50, 72), 16, 20, 160, 3, flat=True), arc((50, 72), 23, 25, 155, 3, flat=True))
    field = tr(field, 0, 0)
    return U(magnet, cut(field, magnet, gap=1.5))


@sign('warn-ionizing-radiation')
def _():
    """当心电离辐射"""
    return trefoil((50, 64), 4.6)


@sign('warn-fissile')
def _():
    """当心裂变物质"""
    nucleus = circ((54, 62), 13)
    nucleus = cut(nucleus, rot(rect(53, 44, 2, 36), 25, (54, 62)))
    neutron = U(circ((24, 78), 4), arrow((28, 75), (40, 68), w=2.8, head=6, head_w=7))
    frags = U(circ((76, 48), 4), circ((78, 78), 4), seg([(66, 54), (72, 50)], 2.4), seg([(66, 70), (74, 75)], 2.4))
    return U(nucleus, neutron, frags)


@sign('warn-laser')
def _():
    """当心激光"""
    star = starburst((64, 68), 16, 5, 8, phase=0)
    beam = rect(16, 66, 48, 4)
    return U(star, beam)


@sign('warn-microwave')
def _():
    """当心微波"""
    mast = U(poly([(50, 54), (40, 86), (44, 86), (50, 66), (56, 86), (60, 86)]), circ((50, 50), 4.5))
    waves = U(arc((50, 50), 11, 130, 230, 3.2), arc((50, 50), 19, 135, 225, 3.2),
              arc((50, 50), 11, -50, 50, 3.2), arc((50, 50), 19, -45, 45, 3.2))
    return U(mast, waves)


@sign('warn-forklift')
def _():
    """当心叉车"""
    return forklift(18, 26, 0.86)


@sign('warn-vehicle')
def _():
    """当心车辆"""
    return car(15, 52, 0.98)


@sign('warn-train')
def _():
    """当心火车"""
    # A steam locomotive, side view, running to the right: cab at the back, the boiler with a
    # chimney and a dome, a cow-catcher at the front, driving wheels with a coupling rod. Laid out
    # by hand to fill the triangle (narrow at the top: cab and chimney stay near the middle).
    cab = rect(30, 49, 15, 23, 1)
    roof = rect(29.5, 45.5, 17, 4.5, 1.5)
    window = rect(33, 53, 9, 8, 1)
    boiler = rect(43, 56, 31, 16, 7.5)
    chimney = U(rect(59, 46, 6, 12), rect(57.5, 43.5, 9, 4, 1.2))
    dome = ell((51.5, 56), 4.5, 4)
    frame = rect(24, 71, 54, 5)
    catcher = poly([(74, 71), (82, 82.5), (74, 82.5)])
    body = U(cab.difference(window), roof, boiler, chimney, dome, frame, catcher)
    centres = [(33, 80.5, 7.5), (51, 80.5, 7.5), (68, 82.5, 5.5)]
    body = cut(body, U([circ((x, y), r + 1.8) for x, y, r in centres]))
    wheels = U([ring((x, y), r - 1.7, 3.4) for x, y, r in centres], [circ((x, y), 2.2) for x, y, _ in centres])
    rod = seg([(33, 80.5), (51, 80.5)], 2.8)
    rail = rect(14, 88.5, 72, 2.8)
    return sc(tr(U(body, wheels, rod, rail), 0, -2.6), 0.97, origin=(50, 86))


FIXED.add('warn-train')


@sign('warn-fall')
def _():
    """当心坠落"""
    ledge = rect(14, 62, 30, 6)
    post = rect(38, 68, 6, 20)
    man = person(head=(68, 80), sh=(64, 70), hip=(58, 56), arms=[[(70, 64), (76, 60)], [(58, 76), (54, 82)]],
                 legs=[[(62, 46), (60, 38)], [(50, 50), (44, 46)]], head_r=5, torso_w=9, arm_w=5.5, leg_w=6.5)
    return U(ledge, post, man)


@sign('warn-obstacle')
def _():
    """当心障碍物"""
    block = rect(50, 76, 16, 12)
    man = person(head=(66, 50), sh=(58, 58), hip=(46, 66), arms=[[(66, 64), (72, 66)], [(54, 50), (56, 44)]],
                 legs=[[(54, 74), (52, 84)], [(38, 76), (30, 84)]], head_r=5.2, torso_w=9, arm_w=5.5, leg_w=6.5)
    return U(cut(man, block, gap=1.4), block)


@sign('warn-tripping')
def _():
    """当心跌落"""
    step = poly([(14, 70), (44, 70), (44, 88), (14, 88)])
    lower = rect(44, 84, 42, 4)
    man = person(head=(70, 62), sh=(62, 64), hip=(50, 60), arms=[[(68, 72), (70, 78)], [(58, 56), (62, 50)]],
                 legs=[[(42, 66), (36, 70)], [(46, 52), (38, 48)]], head_r=5.2, torso_w=9, arm_w=5.5, leg_w=6.5)
    return U(step, lower, cut(man, step, gap=1.4))


@sign('warn-slippery')
def _():
    """当心滑倒"""
    floor = rect(16, 84, 68, 4)
    man = person(head=(40, 50), sh=(45, 58), hip=(52, 70), arms=[[(38, 62), (32, 58)], [(54, 56), (62, 50)]],
                 legs=[[(62, 66), (72, 58)], [(50, 78), (44, 80)]], head_r=5.2, torso_w=9, arm_w=5.5, leg_w=6.5)
    return U(floor, man)


@sign('warn-falling-into-water')
def _():
    """当心落水"""
    w1 = wave_line(14, 86, 76, amp=2.6, periods=4, w=4)
    w2 = wave_line(18, 82, 85, amp=2.6, periods=4, w=4)
    man = person(head=(52, 62), sh=(52, 52), hip=(50, 40), arms=[[(44, 56), (40, 64)], [(60, 56), (64, 64)]],
                 legs=[[(46, 32), (44, 26)], [(56, 32), (60, 28)]], head_r=5, torso_w=9, arm_w=5.5, leg_w=6.5)
    return U(w1, w2, cut(man, w1, gap=1.4))


@sign('warn-gap')
def _():
    """当心缝隙"""
    slabs = U(rect(14, 74, 32, 10), rect(56, 74, 30, 10))
    leg = U(seg([(44, 40), (50, 62), (50, 80)], 9), poly([(46, 78), (58, 78), (60, 86), (46, 86)]))
    return U(slabs, cut(leg, slabs, gap=1.6).difference(rect(0, 84.5, 100, 20)))


@sign('warn-battery-charging')
def _():
    """当心电池充电"""
    body = rect(28, 48, 44, 38, 3)
    terminals = U(rect(34, 43, 8, 6), rect(58, 43, 8, 6))
    inner = rect(32, 52, 36, 30, 1.5)
    b = bolt((54, 53), (46, 81), 15)
    return U(body.difference(inner), terminals, b)


@sign('warn-electric-arc')
def _():
    """当心电弧"""
    # Two electrodes pointing at each other and a bold jagged arc leaping between them, with a
    # flash at its top: a pyramid that fills the triangle.
    left = U(seg([(10, 86), (33, 71)], 8), rect(4, 82, 14, 10, 2))
    right = U(seg([(90, 86), (67, 71)], 8), rect(82, 82, 14, 10, 2))
    zig = seg([(33, 71), (38, 56), (44, 66), (50, 44), (56, 66), (62, 56), (67, 71)], 5.2)
    flash = starburst((50, 40), 11, 4.5, 8, phase=-90)
    return U(left, right, zig, flash)


@sign('warn-confined-space')
def _():
    """当心有限空间"""
    # A vessel drawn in outline with a manhole on top; a person climbs in through it.
    tank = rect(12, 56, 76, 32, 14).difference(rect(18, 62, 64, 20, 9))
    neck = U(rect(37, 46, 5, 12), rect(58, 46, 5, 12))
    tank = tank.difference(rect(42, 50, 16, 14))
    man = person(head=(50, 33), sh=(50, 44), hip=(50, 66), arms=[[(42, 46), (38, 42)], [(58, 46), (62, 42)]],
                 legs=[], head_r=6, torso_w=11, arm_w=5.5)
    return U(cut(U(tank, neck), man, gap=1.6), man)


@sign('warn-remote-machinery')
def _():
    """当心遥控机械碾压"""
    drum = circ((30, 76), 11)
    body = U(rect(38, 62, 34, 18, 2), rect(54, 50, 14, 14, 1.5))
    frame = seg([(30, 76), (40, 66)], 4)
    wheel = circ((64, 80), 8)
    g = U(cut(U(body, frame), U(drum, wheel), gap=1.4), drum, wheel)
    antenna = seg([(62, 50), (62, 38)], 2.4)
    waves = U(arc((62, 36), 7, 220, 320, 2.4), arc((62, 36), 13, 225, 315, 2.4))
    return U(g, antenna, waves)


@sign('warn-oxygen-deficiency')
def _():
    """当心缺氧"""
    o = ring((36, 66), 11.5, 6)
    two = seg(path_pts(arcpts((55, 70), 5, 200, 360, 24), [(60, 72), (50, 82), (61, 82)]), 3.6)
    down = arrow((73, 48), (73, 86), w=5, head=10, head_w=13)
    return U(o, two, down)


# =============================================================================================
# Prohibition signs (black on white, under a red bar)

@sign('no-smoking')
def _():
    """禁止吸烟"""
    cig = cigarette(46, 66, 62, 11)
    return U(cig, smoke(72, 56, 24, amp=4, w=4.2), smoke(61, 55, 36, amp=3, w=3.4, phase=3.2))


@sign('no-open-flame')
def _():
    """禁止烟火"""
    stick = seg([(50, 88), (50, 48)], 7)
    return U(stick, cut(flame(50, 46, 38, 28), stick, gap=0))


@sign('no-kindling')
def _():
    """禁止带火种"""
    box = rect(22, 62, 40, 20, 2)
    box = cut(box, rect(22, 74, 40, 1.8))
    sticks = U(match_stick((56, 40), (44, 64), 4), match_stick((66, 46), (54, 66), 4))
    fl = solid_flame(70, 36, 20, 14)
    return U(box, cut(sticks, box, gap=0), fl)


@sign('no-water-extinguish')
def _():
    """禁止用水灭火"""
    bucket = rot(poly([(58, 14), (84, 14), (81, 38), (61, 38)]).difference(rect(61, 18, 20, 2)), 45, (71, 26))
    water = U(drop(56, 44, 3), drop(48, 50, 3), drop(56, 54, 3), drop(46, 60, 2.6))
    return U(bucket, water, flame(34, 86, 30, 26))


@sign('no-flammables')
def _():
    """禁止放置易燃物"""
    can = poly([(30, 44), (56, 44), (64, 52), (64, 86), (30, 86)])
    spout = U(seg([(38, 44), (34, 32)], 5), seg([(44, 40), (44, 44)], 4))
    can = cut(can, rect(34, 52, 26, 1.8))
    # The flame sits on the can, cut out of it with a gap.
    return U(can.difference(solid_flame(47, 82, 24, 18).buffer(1.4)), spout, flame(47, 82, 24, 18))


@sign('no-stacking')
def _():
    """禁止堆放"""
    return U(box_shape(22, 62, 26, 22), box_shape(52, 62, 26, 22), box_shape(37, 36, 26, 24))


@sign('no-starting')
def _():
    """禁止启动"""
    panel = rect(24, 22, 52, 36, 4).difference(rect(28, 26, 44, 28, 2))
    button = U(circ((50, 40), 9), rect(46, 48, 8, 6))
    hand = glove_hand_up(52, 78, 0.6)
    return U(panel, button, cut(hand, panel, gap=1.2))


@sign('no-switching-on')
def _():
    """禁止合闸"""
    jaw = rect(36, 14, 18, 14, 2).difference(rect(42.5, 20, 5, 10))
    hinge = U(rect(36, 62, 18, 16, 2))
    wires = U(rect(43, 4, 4, 12), rect(43, 76, 4, 14))
    blade = seg([(45, 68), (70, 30)], 6.5, flat=True)
    grip = seg([(62, 24), (78, 35)], 8)
    pivot = circ((45, 68), 3)
    g = U(jaw, wires, cut(hinge, blade, gap=1.4), blade, grip)
    return g.difference(pivot)


@sign('no-turning')
def _():
    """禁止转动"""
    g = gear((50, 52), 22, 17, 12, hole=6)
    a = arc((50, 52), 32, 200, 320, 4.5, flat=True)
    tip = (50 + 32 * math.cos(math.radians(320)), 52 + 32 * math.sin(math.radians(320)))
    head = rot(poly([(tip[0] - 7, tip[1] - 6), (tip[0] + 7, tip[1] - 6), (tip[0], tip[1] + 5)]), -40, tip)
    return U(g, a, head)


@sign('no-forklift')
def _():
    """禁止叉车和厂内机动车辆通行"""
    return forklift(14, 22, 1.0)


@sign('no-riding')
def _():
    """禁止乘人"""
    hook = U(rect(47.5, 6, 5, 8), arc((50, 18), 4.5, -80, 200, 3.2))
    ropes = U(seg([(50, 23), (26, 74)], 2.4), seg([(50, 23), (74, 74)], 2.4))
    platform = rect(22, 74, 56, 6)
    man = person(head=(50, 40), sh=(50, 49), hip=(50, 61), arms=[[(43, 55), (40, 62)], [(57, 55), (60, 62)]],
                 legs=[[(46, 72)], [(54, 72)]], head_r=5, torso_w=9, arm_w=5.5, leg_w=6.5)
    return U(cut(U(hook, ropes), man, gap=1.4), platform, man)


@sign('no-nearing')
def _():
    """禁止靠近"""
    man = walking(-10, 0, 0.95)
    barrier = U(rect(68, 24, 6, 62), rect(60, 84, 22, 4))
    return U(man, barrier)


@sign('no-entering')
def _():
    """禁止入内"""
    door = rect(56, 14, 28, 74).difference(rect(61, 19, 18, 69))
    man = walking(-14, 2, 0.95)
    return U(door, man)


@sign('no-pushing')
def _():
    """禁止推动"""
    crate = rect(56, 36, 28, 48, 2)
    man = person(head=(34, 24), sh=(36, 36), hip=(28, 60), arms=[[(46, 40), (55, 44)], [(44, 48), (55, 54)]],
                 legs=[[(34, 72), (36, 86)], [(22, 74), (12, 82)]])
    return U(crate, cut(man, crate, gap=1.4))


@sign('no-stopping')
def _():
    """禁止停留"""
    return standing(0, 0, 1.0)


@sign('no-thoroughfare')
def _():
    """禁止通行"""
    return walking(-3, 0, 1.0)


@sign('no-striding')
def _():
    """禁止跨越"""
    bar = rect(40, 66, 22, 22, 1.5)
    man = person(head=(50, 16), sh=(50, 29), hip=(50, 52), arms=[[(60, 40), (68, 46)], [(40, 40), (32, 46)]],
                 legs=[[(66, 62), (76, 84)], [(34, 64), (24, 84)]])
    return U(bar, cut(man, bar, gap=1.4))


@sign('no-climbing')
def _():
    """禁止攀登"""
    rails = U(rect(30, 10, 5, 82), rect(65, 10, 5, 82))
    rungs = U([rect(30, y, 40, 4) for y in (20, 38, 56, 74)])
    ladder = U(rails, rungs)
    man = person(head=(50, 24), sh=(50, 36), hip=(50, 58), arms=[[(40, 30), (36, 22)], [(60, 40), (66, 40)]],
                 legs=[[(40, 66), (40, 76)], [(60, 68), (62, 58)]], head_r=6.5, torso_w=11.5)
    return U(cut(ladder, man, gap=1.6), man)


@sign('no-jumping-down')
def _():
    """禁止跳下"""
    ledge = rect(12, 54, 30, 6)
    wall = rect(12, 60, 6, 30)
    man = person(head=(62, 22), sh=(60, 34), hip=(56, 56), arms=[[(70, 26), (74, 16)], [(50, 28), (44, 20)]],
                 legs=[[(64, 68), (62, 82)], [(50, 66), (52, 80)]], head_r=6.5, torso_w=11)
    return U(ledge, wall, man)


@sign('no-stretch-out-window')
def _():
    """禁止伸出窗外"""
    frame = rect(16, 22, 38, 56).difference(rect(21, 27, 28, 46))
    head = circ((60, 42), 7)
    arm = seg([(44, 58), (62, 60), (80, 52)], 7.5)
    body = rect(28, 50, 18, 28, 6)
    return U(cut(frame, U(head, arm), gap=1.6), head, arm, body.intersection(rect(21, 27, 28, 46)))


@sign('no-leaning')
def _():
    """禁止倚靠"""
    wall = rect(64, 12, 8, 78)
    man = person(head=(52, 18), sh=(54, 30), hip=(52, 54), arms=[[(60, 40), (62, 50)], [(46, 42), (42, 54)]],
                 legs=[[(44, 70), (36, 86)], [(50, 72), (44, 88)]])
    return U(wall, cut(man, wall, gap=1.4))


@sign('no-sitting')
def _():
    """禁止坐卧"""
    seat = rect(22, 62, 56, 6)
    man = person(head=(38, 20), sh=(40, 32), hip=(40, 55), arms=[[(50, 42), (56, 50)], [(34, 44), (32, 54)]],
                 legs=[[(60, 56), (64, 80)], [(58, 52), (70, 74)]], head_r=6.5, torso_w=11.5)
    return U(cut(seat, man, gap=1.4), man, rect(24, 68, 5, 18), rect(71, 68, 5, 18))


@sign('no-stepping')
def _():
    """禁止蹬踏"""
    surface = rect(14, 70, 72, 8)
    shoe = poly(path_pts([(24, 44), (40, 44), (42, 52)], bez((42, 52), (60, 52), (72, 52), (76, 60)), [(76, 64), (24, 64)]))
    leg = rect(24, 14, 16, 32, 3)
    motion = U(seg([(54, 30), (54, 42)], 3), seg([(64, 34), (64, 44)], 3))
    return U(surface, shoe, leg, motion)


@sign('no-touching')
def _():
    """禁止触摸"""
    return hand_open(50, 56, 1.15)


@sign('no-reaching-in')
def _():
    """禁止伸入"""
    rollers = U(circ((66, 34), 14), circ((66, 64), 14))
    rollers = cut(rollers, rect(50, 48.5, 40, 1.4))
    hand = hand_side(46, 50, 1.0)
    return U(cut(rollers, hand, gap=1.6), hand)


@sign('no-drinking')
def _():
    """禁止饮用"""
    tap = U(rect(14, 24, 30, 9, 2), poly([(36, 24), (50, 24), (54, 30), (54, 38), (44, 38), (44, 33), (36, 33)]), rect(24, 16, 6, 8))
    stream = U(drop(49, 48, 2.5), drop(49, 57, 2.2))
    glass = poly([(36, 62), (62, 62), (58, 88), (40, 88)]).difference(poly([(40, 66), (58, 66), (55, 84), (43, 84)]))
    water = poly([(41.5, 74), (56.8, 74), (55, 84), (43, 84)])
    return U(tap, stream, glass, water)


@sign('no-throwing')
def _():
    """禁止抛物"""
    man = person(head=(40, 24), sh=(42, 36), hip=(40, 60), arms=[[(52, 32), (58, 20)], [(34, 46), (30, 56)]],
                 legs=[[(48, 74), (52, 88)], [(34, 74), (28, 88)]])
    obj = rot(rect(64, 14, 10, 10), 20, (69, 19))
    trail = U(seg([(62, 30), (58, 36)], 2.5), seg([(70, 32), (68, 38)], 2.5))
    return U(man, obj, trail)


@sign('no-gloves')
def _():
    """禁止戴手套"""
    return glove(50, 48, 1.0)


@sign('no-chemical-fibre-clothing')
def _():
    """禁止穿化纤服装"""
    shirt = poly([(34, 18), (44, 22), (56, 22), (66, 18), (88, 34), (80, 46), (70, 40), (70, 86), (30, 86), (30, 40), (20, 46), (12, 34)])
    collar = poly([(44, 22), (50, 32), (56, 22)])
    g = shirt.difference(collar.buffer(0.8))
    return cut(g, seg([(50, 34), (50, 86)], 1.6))


@sign('no-spiked-shoes')
def _():
    """禁止穿带钉鞋"""
    shoe = poly(path_pts([(16, 36), (36, 36), (38, 46)], bez((38, 46), (60, 46), (76, 48), (84, 58)), [(84, 64), (16, 64)]))
    spikes = U([poly([(x - 3, 64), (x + 3, 64), (x, 74)]) for x in (22, 34, 52, 66, 78)])
    return U(shoe, spikes)


@sign('no-mobile-phones')
def _():
    """禁止开启无线移动通讯设备"""
    phone = rect(34, 24, 28, 56, 5)
    screen = rect(38, 32, 20, 30, 1)
    keys = U([rect(39 + i * 7, 66 + j * 5, 4.5, 3) for i in range(3) for j in range(2)])
    antenna = rect(55, 14, 4, 12)
    waves = U(arc((57, 14), 8, -60, 30, 3), arc((57, 14), 14, -55, 25, 3))
    return U(phone.difference(U(screen, keys)), antenna, waves)


@sign('no-metal-articles')
def _():
    """禁止携带金属物或手表"""
    watch = U(ring((38, 50), 11, 5), rect(33, 30, 10, 10), rect(33, 60, 10, 10), seg([(38, 50), (38, 44)], 2.4), seg([(38, 50), (43, 52)], 2.4))
    key = U(ring((66, 34), 7.5, 5), rect(64, 41, 5, 36), rect(69, 62, 8, 4.5), rect(69, 70, 6, 4.5))
    return U(watch, key)


@sign('no-pacemakers')
def _():
    """禁止佩戴心脏起搏器者靠近"""
    # A standing figure, seen from the front, with the implanted device on its chest (ISO 7010
    # P007 idea): a knocked-out plate with a pulse line under the figure's left collarbone (the
    # viewer's right, clear of the red bar). Broad-chested, so that the device reads at label sizes.
    head = circ((50, 13), 8.5)
    torso = rect(35, 25, 30, 36, 7)
    shoulders = rect(27, 25, 46, 10, 5)
    arms = U(seg([(30.5, 31), (28, 62)], 8), seg([(69.5, 31), (72, 62)], 8))
    legs = U(seg([(44, 58), (44, 89)], 10.5), seg([(56, 58), (56, 89)], 10.5))
    man = U(head, torso, shoulders, legs, arms)
    man = cut(man, U(seg([(34.2, 37), (32.2, 62)], 1.3), seg([(65.8, 37), (67.8, 62)], 1.3)))  # arms apart below the shoulders
    plate = rect(48.5, 29, 17, 14, 3.2)
    pulse = seg([(51, 36.5), (53.5, 36.5), (55.5, 32.5), (58.5, 40.5), (60.5, 36.5), (63, 36.5)], 1.8)
    return U(cut(man, plate, gap=1.5), plate.difference(rect(50.8, 31.3, 12.4, 9.4, 1.6)), pulse)


@sign('no-metal-implants')
def _():
    """禁止植入金属材料者靠近"""
    man = standing(-6, 0, 1.0)
    screw = U(rect(68, 28, 6, 36), rect(64, 24, 14, 6, 1.5))
    threads = U([rect(66, 36 + k * 6, 10, 2) for k in range(4)])
    return U(man, screw, threads)


@sign('no-swimming')
def _():
    """禁止游泳"""
    w1 = wave_line(12, 88, 68, amp=3, periods=4, w=4.5)
    w2 = wave_line(16, 84, 80, amp=3, periods=4, w=4.5)
    head = circ((30, 54), 6.5)
    body = seg([(38, 60), (66, 62)], 10)
    arm = seg([(46, 58), (58, 44), (72, 44)], 6.5)
    return U(w1, w2, cut(U(head, body, arm), w1, gap=1.6))


@sign('no-skating')
def _():
    """禁止滑冰"""
    man = person(head=(44, 18), sh=(46, 30), hip=(50, 52), arms=[[(36, 38), (24, 36)], [(58, 36), (68, 30)]],
                 legs=[[(44, 66), (44, 80)], [(62, 62), (72, 70)]])
    blade = U(rect(34, 84, 22, 3), rect(64, 72, 18, 3))
    return U(man, blade)


@sign('no-weapons')
def _():
    """禁止携带武器及仿真武器"""
    # A pistol (slide, grip, trigger guard, sights) above and a knife (blade, guard, handle) below.
    slide = rect(14, 27, 50, 11, 2)
    sight = U(rect(58, 24.5, 4, 3), rect(17, 25, 5, 2.5))
    barrel = rect(62, 29, 6, 7, 1)
    grip = poly([(19, 36), (36, 36), (30, 60), (12, 57)]).buffer(2.2, join_style=1)
    guard = arc((42, 38), 7, 0, 180, 3)
    trigger = seg([(40, 38), (39, 43)], 2.6)
    gun = U(slide, sight, barrel, grip, guard, trigger)
    gun = cut(gun, rect(14, 37.2, 50, 1.2))  # slide over frame
    gun = gun.difference(circ((26, 42), 2))  # grip screw
    blade = poly(path_pts([(48, 66), (80, 60)], bez((80, 60), (86, 60), (89, 62), (90, 64)), [(50, 73)]))
    guard2 = rect(44.5, 62, 4.5, 14, 1.5)
    handle = rot(rect(26, 67, 19, 8, 3), -8, (44, 70))
    knife = U(blade, guard2, handle)
    return U(gun, knife)


@sign('no-carrying-flammable-explosive')
def _():
    """禁止携带托运易燃及易爆物品"""
    fl = flame(32, 80, 44, 28)
    burst = starburst((66, 58), 19, 8, 8, phase=-90)
    return U(fl, burst)


@sign('no-carrying-toxic')
def _():
    """禁止携带托运有毒物品及有害液体"""
    bottle = U(rect(58, 26, 22, 34, 3), rect(64, 16, 10, 12))
    bottle = bottle.difference(drop(69, 46, 4.5))
    return bottle


MDI['no-carrying-toxic'] = [('skull-crossbones', 14, 44, 40)]
FIXED.add('no-carrying-toxic')


@sign('no-carrying-radioactive')
def _():
    """禁止携带托运放射性及磁性物品"""
    t = trefoil((64, 34), 3.3)
    magnet = U(arc((34, 58), 10, 180, 360, 8, flat=True), rect(20, 58, 8, 16), rect(40, 58, 8, 16))
    poles = U(rect(18, 68, 12, 1.8), rect(38, 68, 12, 1.8))
    return U(t, magnet.difference(poles))


@sign('no-heavy-objects')
def _():
    """禁止放置重物"""
    weight = poly([(34, 36), (66, 36), (74, 70), (26, 70)]).difference(ell((50, 44), 6, 4))
    handle = ring((50, 30), 9, 5).difference(rect(0, 34, 100, 20))
    shelf = U(rect(14, 72, 72, 6), rect(20, 78, 6, 12), rect(74, 78, 6, 12))
    return U(weight, handle, shelf)


@sign('no-water-spray')
def _():
    """禁止喷水"""
    nozzle = U(rect(14, 44, 26, 12, 3), poly([(38, 42), (46, 46), (46, 54), (38, 58)]))
    spray = U([drop(x, y, 2.2) for x, y in ((56, 40), (60, 50), (56, 60), (68, 36), (72, 48), (70, 60), (80, 42), (82, 54))])
    return U(nozzle, spray)


@sign('no-work-after-drinking')
def _():
    """禁止酒后作业"""
    bottle = U(rect(22, 40, 18, 46, 5), rect(27, 22, 8, 20, 2))
    label = rect(25, 56, 12, 14)
    glass = U(poly([(50, 44), (74, 44), (62, 64)]), rect(60.5, 62, 3, 18), rect(54, 80, 16, 4, 1))
    return U(bottle.difference(label), glass)


@sign('no-e-bikes')
def _():
    """禁止电动自行车进入"""
    wheels = U(ring((26, 66), 12, 4), ring((74, 66), 12, 4))
    frame = U(seg([(26, 66), (42, 44), (62, 44), (74, 66)], 4), seg([(42, 44), (50, 66), (62, 44)], 4),
              seg([(38, 38), (46, 38)], 4), seg([(62, 44), (60, 34), (66, 32)], 4))
    battery = rect(44, 46, 14, 8, 1.5)
    b = bolt((56, 12), (48, 36), 15)
    return U(wheels, frame, battery, b)


@sign('no-hot-work')
def _():
    """禁止动火作业"""
    # A gas cutting torch: a grip with two valve knobs, a slim tube bent down at the nozzle, and
    # a pointed flame jet with sparks.
    grip = rect(12, 45, 34, 12, 5)
    grip = cut(grip, U([rect(18 + 6 * i, 44, 1.5, 14) for i in range(3)]))
    knobs = U(rect(46, 42, 7, 18, 2), rect(44.5, 38.5, 10, 4.5, 1.5), rect(44.5, 59, 10, 4.5, 1.5))
    tube = seg([(53, 50), (65, 50), (72, 57)], 5)
    nozzle = poly([(69.5, 53), (76.5, 60), (73.5, 63), (66.5, 56)])
    jet = poly(path_pts([(77, 58)], bez((77, 58), (85, 61), (90, 70), (91, 81)), bez((91, 81), (81, 77), (74, 71), (72, 64))))
    sparks = U(seg([(79, 77), (76.5, 84)], 2.6), seg([(86, 83), (86.5, 89)], 2.6), seg([(72, 72), (67.5, 77.5)], 2.6))
    return U(grip, knobs, tube, nozzle, jet, sparks)


@sign('must-protective-goggles')
def _():
    """必须戴防护眼镜"""
    head = _front_head()
    goggles = U(rect(28, 30, 44, 16, 7), seg([(18, 38), (82, 38)], 4))
    lenses = U(ell((40, 38), 8, 5.2), ell((60, 38), 8, 5.2))
    g = cut(head, goggles, gap=1.8)
    return U(g, goggles.difference(lenses))


@sign('must-opaque-eye-protection')
def _():
    """必须佩戴遮光护目镜"""
    head = _front_head()
    shield = rect(24, 22, 52, 44, 10)
    window = rect(32, 32, 36, 11, 2)
    g = cut(head, shield, gap=1.8)
    return U(g, shield.difference(window), seg([(20, 30), (80, 30)], 3.5).difference(shield.buffer(-0.01)))


@sign('must-dust-mask')
def _():
    """必须戴防尘口罩"""
    head = _front_head()
    mask = poly(path_pts(bez((34, 46), (40, 36), (60, 36), (66, 46)), bez((66, 46), (66, 60), (58, 66), (50, 66)),
                         bez((50, 66), (42, 66), (34, 60), (34, 46))))
    straps = U(seg([(34, 48), (22, 40)], 3), seg([(66, 48), (78, 40)], 3))
    g = cut(head, U(mask, straps), gap=1.8)
    return U(g, mask, straps)


@sign('must-gas-mask')
def _():
    """必须戴防毒面具"""
    head = _front_head()
    face = rect(30, 22, 40, 42, 14)
    visor = U(ell((41, 36), 6.5, 5), ell((59, 36), 6.5, 5))
    canister = rect(40, 56, 20, 22, 4)
    g = cut(head, U(face, canister), gap=1.8)
    mask = face.difference(visor)
    mask = cut(mask, canister, gap=1.8)
    return U(g, mask, canister.difference(U([rect(44, 62 + k * 5, 12, 1.8) for k in range(3)])))


@sign('must-ear-protection')
def _():
    """必须戴护耳器"""
    head = _front_head()
    muffs = U(rect(20, 30, 13, 24, 6), rect(67, 30, 13, 24, 6))
    band = arc((50, 40), 28, 190, 350, 5)
    g = cut(head, U(muffs, band), gap=1.8)
    return U(g, muffs, band)


@sign('must-safety-helmet')
def _():
    """必须戴安全帽"""
    head = _front_head(44)
    dome = U(sector((50, 34), 22, 180, 360), rect(24, 32, 52, 6, 2.5))
    # Two knock-out lines mark the helmet's ridge.
    helmet = cut(dome, rect(46.5, 13, 1.4, 19), rect(52.1, 13, 1.4, 19))
    g = cut(head, helmet, gap=1.8)
    return U(g, helmet)


@sign('must-protective-cap')
def _():
    """必须戴防护帽"""
    head = _front_head(44)
    cap = U(sector((50, 34), 21, 180, 360), rect(29, 30, 42, 7, 3))
    cap = cut(cap, rect(28, 28.5, 44, 1.6))
    g = cut(head, cap, gap=1.8)
    return U(g, cap, circ((50, 13), 2.6))


@sign('must-safety-harness')
def _():
    """必须系安全带"""
    man = person(head=(44, 16), sh=(44, 30), hip=(44, 56), arms=[[(34, 42), (32, 58)], [(54, 42), (56, 58)]],
                 legs=[[(38, 72), (38, 90)], [(50, 72), (50, 90)]], head_r=7, torso_w=15, arm_w=8, leg_w=10)
    straps = U(seg([(38, 26), (50, 50)], 1.8), seg([(50, 26), (38, 50)], 1.8), seg([(34, 56), (54, 56)], 1.8),
               seg([(36, 64), (42, 60)], 1.8), seg([(52, 64), (46, 60)], 1.8))
    g = cut(man, straps)
    lanyard = U(seg([(50, 30), (62, 22), (68, 10)], 3), ring((70, 8), 3, 2.4))
    return U(g, cut(lanyard, man, gap=1.6))


@sign('must-life-jacket')
def _():
    """必须穿救生衣"""
    vest = poly([(30, 16), (42, 16), (50, 40), (58, 16), (70, 16), (76, 30), (74, 84), (26, 84), (24, 30)])
    g = cut(vest, seg([(50, 40), (50, 86)], 2))
    g = cut(g, U(rect(26, 56, 48, 2.5), rect(26, 70, 48, 2.5)))
    return g


@sign('must-protective-clothing')
def _():
    """必须穿防护服"""
    coat = poly([(36, 12), (44, 14), (56, 14), (64, 12), (80, 22), (86, 62), (76, 64), (72, 36), (72, 90), (28, 90),
                 (28, 36), (24, 64), (14, 62), (20, 22)])
    collar = poly([(44, 14), (50, 26), (56, 14)])
    g = coat.difference(collar.buffer(0.6))
    g = cut(g, seg([(50, 28), (50, 92)], 1.8), seg([(28, 36), (26, 64)], 1.6), seg([(72, 36), (74, 64)], 1.6))
    return cut(g, U(circ((54.5, 40), 1.8), circ((54.5, 54), 1.8), circ((54.5, 68), 1.8)))


@sign('must-protective-gloves')
def _():
    """必须戴防护手套"""
    return glove(50, 46, 1.0)


@sign('must-protective-shoes')
def _():
    """必须穿防护鞋"""
    return boot(22, 22, 1.0)


@sign('must-wash-hands')
def _():
    """必须洗手"""
    tap = U(rect(20, 14, 30, 8, 2), poly([(42, 14), (54, 14), (58, 20), (58, 28), (50, 28), (50, 22), (42, 22)]))
    drops = U(drop(54, 38, 2.4), drop(54, 46, 2.2))
    h1 = rot(glove_hand_up(44, 74, 0.62), 30, (44, 74))
    h2 = rot(glove_hand_up(60, 74, 0.62), -30, (60, 74))
    return U(tap, drops, cut(h1, h2, gap=1.5), h2)


@sign('must-lock')
def _():
    """必须加锁"""
    return padlock(50, 54, 1.25)


@sign('must-earth')
def _():
    """必须接地"""
    return earth_symbol(50, 16, 1.05)


@sign('must-unplug')
def _():
    """必须拔出插头"""
    socket = rect(8, 28, 20, 44, 4).difference(U(rect(14, 38, 8, 5), rect(14, 57, 8, 5)))
    plug = U(rect(44, 32, 24, 36, 5), rect(34, 39, 11, 5), rect(34, 56, 11, 5))
    cable = seg([(68, 50), (80, 50), (86, 58), (86, 86)], 6)
    pull = arrow((40, 18), (70, 18), w=5, head=10, head_w=13)
    return U(socket, plug, cable, pull)


@sign('must-discharge-static')
def _():
    """必须消除静电"""
    hand = rot(glove_hand_up(34, 58, 0.7), 60, (34, 58))
    plate = U(circ((66, 34), 9), rect(64, 42, 4, 18))
    earth = U(rect(54, 60, 24, 4), rect(58, 67, 16, 4), rect(62, 74, 8, 4))
    return U(cut(hand, plate, gap=1.5), plate, earth)


@sign('must-face-shield')
def _():
    """必须戴防护面罩"""
    # ISO 7010 M013 idea: a head seen from the front behind a clear visor hanging from a headband;
    # the visor flares out and ends below the chin, drawn as an outline so the face shows through.
    head = _front_head(cy=42)
    band = rect(28, 22, 44, 7, 3.5)
    outer = poly(path_pts(
        [(31, 28), (69, 28)],
        bez((69, 28), (72, 40), (75, 52), (74, 60)),
        bez((74, 60), (72, 70), (62, 74), (50, 74)),
        bez((50, 74), (38, 74), (28, 70), (26, 60)),
        bez((26, 60), (25, 52), (28, 40), (31, 28))))
    inner = outer.buffer(-4, join_style=1)
    visor = outer.difference(inner)
    g = cut(head, U(band, visor), gap=1.8)
    return U(g, band, visor)


@sign('must-antistatic-shoes')
def _():
    """必须穿防静电鞋"""
    b = boot(18, 14, 0.86)
    earth = U(rect(72, 66, 4, 10), rect(64, 76, 20, 3.5), rect(67, 82, 14, 3.5), rect(70, 88, 8, 3))
    return U(b, earth)


@sign('must-ventilate')
def _():
    """必须通风"""
    c = (32, 50)
    blades = U([rot(ell((32, 37), 6.5, 12), a, c) for a in (0, 90, 180, 270)])
    fan = U(blades, circ(c, 6)).difference(circ(c, 2.5))
    flows = U([arrow((58, y), (90, y), w=4.5, head=10, head_w=12) for y in (34, 50, 66)])
    return U(fan, flows)


@sign('must-secure-cylinders')
def _():
    """必须固定气瓶"""
    wall = rect(14, 12, 6, 78)
    cyl = U(rect(38, 24, 22, 64, 9), rect(45, 16, 8, 8), rect(42, 12, 14, 5, 1.5))
    chain = U(seg([(20, 40), (66, 40)], 3.6), seg([(20, 62), (66, 62)], 3.6))
    g = cut(cyl, chain, gap=1.4)
    return U(wall, g, chain)


@sign('must-use-handrail')
def _():
    """必须握住扶手"""
    stairs = poly([(14, 88), (14, 78), (30, 78), (30, 68), (46, 68), (46, 58), (62, 58), (62, 88)])
    rail = seg([(16, 46), (80, 14)], 3.6)
    man = person(head=(44, 18), sh=(46, 30), hip=(46, 50), arms=[[(50, 38), (56, 30)], [(40, 40), (38, 48)]],
                 legs=[[(52, 60), (54, 64)], [(40, 62), (38, 72)]], head_r=6, torso_w=10.5, arm_w=7, leg_w=8.5)
    return U(stairs, rail, cut(man, stairs, gap=1.4))


# =============================================================================================
# Information signs (white on green)

@sign('info-emergency-exit')
def _():
    """紧急出口"""
    door = rect(60, 6, 34, 88).difference(rect(66, 12, 22, 82))
    man = person(head=(40, 16), sh=(38, 30), hip=(34, 54), arms=[[(48, 38), (56, 34)], [(30, 38), (20, 44)]],
                 legs=[[(46, 66), (42, 86)], [(26, 66), (12, 70)]], head_r=7.5, torso_w=13, arm_w=8.5, leg_w=10)
    return U(door, man)


@sign('info-evacuation-place')
def _():
    """避险处"""
    roof = seg([(8, 44), (50, 10), (92, 44)], 8)
    walls = U(rect(16, 40, 7, 52), rect(77, 40, 7, 52))
    man = person(head=(50, 40), sh=(50, 52), hip=(50, 72), arms=[[(42, 62), (40, 74)], [(58, 62), (60, 74)]],
                 legs=[[(45, 92)], [(55, 92)]], head_r=6.5, torso_w=11, arm_w=7, leg_w=8.5)
    return U(roof, walls, man)


@sign('info-emergency-shelter')
def _():
    """应急避难场所"""
    roof = seg([(6, 40), (50, 8), (94, 40)], 7)
    a = person(head=(30, 44), sh=(30, 55), hip=(30, 74), arms=[[(23, 64), (22, 76)], [(37, 64), (40, 72)]],
               legs=[[(26, 94)], [(34, 94)]], head_r=6, torso_w=10, arm_w=6.5, leg_w=8)
    b = person(head=(70, 44), sh=(70, 55), hip=(70, 74), arms=[[(63, 64), (60, 72)], [(77, 64), (78, 76)]],
               legs=[[(66, 94)], [(74, 94)]], head_r=6, torso_w=10, arm_w=6.5, leg_w=8)
    c = person(head=(50, 60), sh=(50, 69), hip=(50, 82), arms=[[(44, 76), (42, 82)], [(56, 76), (58, 82)]],
               legs=[[(47, 94)], [(53, 94)]], head_r=5, torso_w=8, arm_w=5.5, leg_w=6.5)
    return U(roof, a, b, c)


@sign('info-hot-work-area')
def _():
    """可动火区"""
    return U(flame(50, 84, 70, 46), rect(24, 88, 52, 6))


@sign('info-break-glass')
def _():
    """击碎板面"""
    panel = rect(8, 30, 56, 62).difference(rect(13, 35, 46, 52))
    cracks = U(seg([(36, 61), (22, 44)], 2.4), seg([(36, 61), (52, 42)], 2.4), seg([(36, 61), (20, 74)], 2.4),
               seg([(36, 61), (50, 80)], 2.4), seg([(36, 61), (36, 40)], 2.4))
    hammer = U(rot(rect(56, 10, 30, 14, 2), 35, (71, 17)), seg([(66, 22), (90, 58)], 6.5))
    return U(panel, cracks, hammer)


@sign('info-first-aid')
def _():
    """急救点"""
    return U(rect(36, 8, 28, 84), rect(8, 36, 84, 28))


@sign('info-emergency-phone')
def _():
    """应急电话"""
    handset = poly(path_pts(
        bez((16, 24), (22, 14), (30, 12), (36, 16)), [(42, 30), (36, 36)],
        bez((36, 36), (40, 50), (48, 60), (60, 66)), [(66, 60), (80, 66)],
        bez((80, 66), (84, 72), (82, 80), (72, 86)),
        bez((72, 86), (40, 84), (16, 58), (16, 24))))
    cross = U(rect(64, 12, 8, 24), rect(56, 20, 24, 8))
    return U(handset, cross)


@sign('info-emergency-medical')
def _():
    """紧急医疗站"""
    cross = U(rect(52, 8, 18, 48), rect(37, 23, 48, 18))
    man = person(head=(28, 36), sh=(28, 50), hip=(28, 72), arms=[[(20, 62), (18, 76)], [(36, 62), (40, 74)]],
                 legs=[[(23, 94)], [(33, 94)]], head_r=7, torso_w=12, arm_w=7.5, leg_w=9)
    return U(cross, man)


@sign('info-eyewash')
def _():
    """洗眼台"""
    # ISO 7010 E011 idea: a head in profile facing left, bent a little over the fountain, the eye
    # open; two jets rise from the nozzles in front of the face and arc over into the eye.
    face = poly(path_pts(
        bez((54, 10), (44, 10), (38, 15), (37, 23)),          # forehead
        [(36, 28), (26, 39.5), (32, 41.5)],                    # brow, nose
        [(31, 44.5), (33.5, 46.5), (32, 49.5)],                # lips
        bez((32, 49.5), (32, 55), (37, 58), (43, 57.5)),       # chin
        [(49, 61), (51, 72), (76, 72)],                        # throat, neck
        bez((76, 72), (74, 62), (84, 46), (80, 28)),           # nape, back of the head
        bez((80, 28), (76, 14), (64, 10), (54, 10))))
    face = face.difference(ell((40.5, 30.5), 3.6, 2.1, angle=-8))
    face = rot(face, -8, (56, 44))
    jets = U(seg(bez((14, 80), (6, 42), (18, 20), (37, 29)), 3.2),
             seg(bez((23, 80), (18, 50), (26, 30), (38, 32)), 3.2))
    nozzles = U(rect(10.5, 79, 7, 6, 1.5), rect(19.5, 79, 7, 6, 1.5))
    bowl = poly(path_pts([(2, 84)], bez((2, 84), (4, 94), (14, 96), (22, 96)), bez((22, 96), (30, 96), (40, 94), (42, 84)), [(2, 84)]))
    g = cut(face, jets, gap=1.8)
    return U(g, jets, nozzles, cut(bowl, nozzles, gap=1.2))


@sign('info-safety-shower')
def _():
    """安全淋浴设施"""
    pipe = U(rect(64, 6, 6, 14), rect(30, 6, 40, 6))
    rose = poly([(20, 18), (42, 18), (38, 26), (24, 26)])
    water = U([seg([(x, 30), (x - 3, 46)], 2.4) for x in (24, 31, 38)])
    man = person(head=(40, 52), sh=(40, 63), hip=(40, 80), arms=[[(32, 54), (28, 44)], [(48, 54), (52, 44)]],
                 legs=[[(36, 96)], [(44, 96)]], head_r=6, torso_w=10.5, arm_w=6.5, leg_w=8)
    pull = U(seg([(67, 20), (67, 62)], 2), rect(63, 62, 8, 6, 2))
    return U(pipe, rose, water, man, pull)


@sign('info-assembly-point')
def _():
    """紧急集合点"""
    def small(cx, cy, s):
        return person(head=(cx, cy - 14 * s), sh=(cx, cy - 5 * s), hip=(cx, cy + 8 * s),
                      arms=[[(cx - 5 * s, cy + 2 * s), (cx - 6 * s, cy + 10 * s)], [(cx + 5 * s, cy + 2 * s), (cx + 6 * s, cy + 10 * s)]],
                      legs=[[(cx - 3 * s, cy + 22 * s)], [(cx + 3 * s, cy + 22 * s)]],
                      head_r=4.2 * s, torso_w=7 * s, arm_w=4.5 * s, leg_w=5.5 * s)
    people = U(small(40, 48, 1.0), small(60, 48, 1.0), small(50, 56, 0.8))
    arrows = U(arrow((6, 6), (24, 24), w=5, head=10, head_w=12), arrow((94, 6), (76, 24), w=5, head=10, head_w=12),
               arrow((6, 94), (24, 76), w=5, head=10, head_w=12), arrow((94, 94), (76, 76), w=5, head=10, head_w=12))
    return U(people, arrows)
