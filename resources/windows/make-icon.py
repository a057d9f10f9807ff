#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes actdesk.ico (16, 24, 32, 48, 64 px as 32-bit BMP, 256 px as PNG): a white key on a
blue rounded square. Run once when the design changes; the .ico is committed. Python 3 only,
no imaging library needed."""
import math
import struct
import sys
import zlib

BLUE = (0x1F, 0x5F, 0xBF)
WHITE = (0xFF, 0xFF, 0xFF)


def coverage(x, y, size):
    """(background alpha, key alpha) at pixel centre (x, y) in a unit square."""
    u, v = (x + 0.5) / size, (y + 0.5) / size
    # rounded square, radius 0.18
    r = 0.18
    dx = max(abs(u - 0.5) - (0.5 - r), 0.0)
    dy = max(abs(v - 0.5) - (0.5 - r), 0.0)
    bg = math.hypot(dx, dy) <= r
    # key: ring centred at (0.33, 0.5), shaft to the right, two teeth down
    ring = 0.13 <= math.hypot(u - 0.33, v - 0.5) <= 0.22
    shaft = 0.50 <= u <= 0.84 and 0.46 <= v <= 0.56
    tooth1 = 0.70 <= u <= 0.76 and 0.56 <= v <= 0.68
    tooth2 = 0.78 <= u <= 0.84 and 0.56 <= v <= 0.72
    return bg, ring or shaft or tooth1 or tooth2


def render(size):
    ss = 4  # supersampling for smooth edges
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            a_bg = a_key = 0
            for sy in range(ss):
                for sx in range(ss):
                    bg, key = coverage(x * ss + sx, y * ss + sy, size * ss)
                    a_bg += bg
                    a_key += bg and key
            n = ss * ss
            alpha = a_bg / n
            k = a_key / max(a_bg, 1)
            rgb = tuple(round(b * (1 - k) + w * k) for b, w in zip(BLUE, WHITE))
            row.append(rgb + (round(alpha * 255),))
        rows.append(row)
    return rows


def bmp_entry(rows):
    size = len(rows)
    header = struct.pack('<IiiHHIIiiII', 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = b''.join(bytes((b, g, r, a)) for row in reversed(rows) for (r, g, b, a) in row)
    mask_row = ((size + 31) // 32) * 4
    mask = b'\0' * (mask_row * size)  # alpha channel decides; AND mask all visible
    return header + pixels + mask


def png_entry(rows):
    size = len(rows)
    raw = b''.join(b'\0' + bytes(c for px in row for c in px) for row in rows)

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))

    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def main(out):
    sizes = [16, 24, 32, 48, 64, 256]
    images = [(s, png_entry(render(s)) if s == 256 else bmp_entry(render(s))) for s in sizes]
    data = struct.pack('<HHH', 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for s, blob in images:
        dim = 0 if s == 256 else s
        data += struct.pack('<BBBBHHII', dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    data += b''.join(blob for _, blob in images)
    with open(out, 'wb') as f:
        f.write(data)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'actdesk.ico')
