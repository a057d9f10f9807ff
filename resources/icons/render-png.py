#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Renders activation-desk.png (256 px) and activation-desk-64.png from the shapes of activation-desk.svg.

ImageMagick's own drawing is used because Debian's ImageMagick cannot read SVG without an
external delegate. Run from this directory after changing the SVG: python3 render-png.py
"""
import subprocess


def cubic(p0, p1, p2, p3, n=24):
    pts = []
    for i in range(1, n + 1):
        t = i / n
        x = (1 - t) ** 3 * p0[0] + 3 * (1 - t) ** 2 * t * p1[0] + 3 * (1 - t) * t * t * p2[0] + t ** 3 * p3[0]
        y = (1 - t) ** 3 * p0[1] + 3 * (1 - t) ** 2 * t * p1[1] + 3 * (1 - t) * t * t * p2[1] + t ** 3 * p3[1]
        pts.append((x, y))
    return pts


def shield(top, right, ytop, yside, ybottom, cx=128):
    k = (right - cx) / 72
    left = 2 * cx - right
    pts = [(cx, top), (right, ytop), (right, yside)]
    pts += cubic((right, yside), (right, yside + 44 * k), (cx + 42 * k, yside + 76 * k), (cx, ybottom))
    pts += cubic((cx, ybottom), (cx - 42 * k, yside + 76 * k), (left, yside + 44 * k), (left, yside))
    pts += [(left, ytop)]
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)


subprocess.run(["convert", "-size", "256x256", "xc:none",
                "-fill", "#1565c0", "-draw", "roundrectangle 8,8 247,247 44,44",
                "-fill", "#ffffff", "-draw", "polygon " + shield(38, 200, 66, 126, 220),
                "-fill", "#1e88e5", "-draw", "polygon " + shield(52, 188, 75, 126, 205),
                "-fill", "none", "-stroke", "#ffffff", "-strokewidth", "18",
                "-draw", "stroke-linecap round stroke-linejoin round polyline 95,128 119,152 165,104",
                "-depth", "8", "activation-desk.png"], check=True)
# The window icon: small, so decoding it costs nothing at start-up.
subprocess.run(["convert", "activation-desk.png", "-resize", "64x64", "-depth", "8", "activation-desk-64.png"], check=True)
