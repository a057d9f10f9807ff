// SPDX-License-Identifier: MIT
#pragma once

// Fonts and colours shared by every screen. Sizes are relative to the user's own font (so
// high-DPI scaling and accessibility settings carry through) and colours are derived from
// the palette (so a dark palette stays readable).

#include <QColor>
#include <QFont>
#include <QString>

class QPalette;
class QWidget;

namespace actdesk::ui::appearance {

// Monospace digits at `scale` times the size of `base`, in one named family wherever it exists
// (DejaVu Sans Mono on Linux, Consolas on Windows), else the system's fixed-width font.
QFont idFont(const QFont& base, qreal scale);
// A heading at `scale` times `base`, bold.
QFont headingFont(const QFont& base, qreal scale = 1.4);
QFont scaled(const QFont& base, qreal scale);
// The base font of Activation Desk's own windows: a little larger than the desktop's, for
// reading digits to a phone line in a noisy room.
QFont readable(const QFont& base);

bool isDark(const QPalette& palette);
// Text colours for good and bad news that keep at least 4.5:1 contrast on the palette's
// window and base colours, light or dark.
QColor successColor(const QPalette& palette);
QColor errorColor(const QPalette& palette);
QColor warningColor(const QPalette& palette);
// WCAG contrast ratio of two colours (1..21).
double contrastRatio(const QColor& a, const QColor& b);

// The banner that says "Simulation": black on amber in every palette.
QColor simulationBackground();
QColor simulationForeground();

// With Japanese selected, prefer Japanese glyph shapes for kanji (a Chinese fallback font
// would otherwise draw some of them differently). Call once, after the language is known.
void applyLanguageFonts(const QString& language);

} // namespace actdesk::ui::appearance
