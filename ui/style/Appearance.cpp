// SPDX-License-Identifier: MIT
#include "Appearance.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace actdesk::ui::appearance {

QFont scaled(const QFont& base, qreal scale)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * scale);
    else
        f.setPixelSize(std::max(1, qRound(base.pixelSize() * scale)));
    return f;
}

QFont readable(const QFont& base)
{
    return scaled(base, 1.15);
}

namespace {

// The digits' family: the first of these the machine has (Linux, Windows, macOS), then the
// system's fixed-width font. Named explicitly because "monospace" is whatever fontconfig
// ranks first, and a font package pulled in by another program (Noto Sans Mono with
// ImageMagick or LibreOffice) changed the digits' shape and height.
QStringList digitFamilies()
{
    static const QStringList families = [] {
        QStringList out;
        for (const char* name : {"DejaVu Sans Mono", "Consolas", "Menlo", "Liberation Mono"}) {
            const QString family = QString::fromLatin1(name);
            if (QFontDatabase::hasFamily(family)) {
                out << family;
                break;
            }
        }
        out << QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
        return out;
    }();
    return families;
}

} // namespace

QFont idFont(const QFont& base, qreal scale)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setFamilies(digitFamilies());
    f.setStyleHint(QFont::TypeWriter);
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * scale);
    else
        f.setPixelSize(std::max(1, qRound(base.pixelSize() * scale)));
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont headingFont(const QFont& base, qreal scale)
{
    QFont f = scaled(base, scale);
    f.setBold(true);
    return f;
}

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// The first candidate with enough contrast against both backgrounds, else the best one.
QColor pick(const QPalette& palette, std::initializer_list<QColor> candidates)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    QColor best;
    double bestScore = 0;
    for (const QColor& c : candidates) {
        const double score = std::min(contrastRatio(c, window), contrastRatio(c, base));
        if (score >= 4.5)
            return c;
        if (score > bestScore) {
            bestScore = score;
            best = c;
        }
    }
    return best;
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.25;
}

QColor successColor(const QPalette& palette)
{
    return isDark(palette) ? pick(palette, {QColor(0x81, 0xc7, 0x84), QColor(0xa5, 0xd6, 0xa7), Qt::white})
                           : pick(palette, {QColor(0x1b, 0x5e, 0x20), QColor(0x0b, 0x3d, 0x0f), Qt::black});
}

QColor errorColor(const QPalette& palette)
{
    return isDark(palette) ? pick(palette, {QColor(0xff, 0x8a, 0x80), QColor(0xff, 0xcd, 0xd2), Qt::white})
                           : pick(palette, {QColor(0xb7, 0x1c, 0x1c), QColor(0x7f, 0x00, 0x00), Qt::black});
}

QColor warningColor(const QPalette& palette)
{
    return isDark(palette) ? pick(palette, {QColor(0xff, 0xd5, 0x4f), QColor(0xff, 0xe0, 0x82), Qt::white})
                           : pick(palette, {QColor(0x8a, 0x4b, 0x00), QColor(0x5d, 0x32, 0x00), Qt::black});
}

QColor simulationBackground()
{
    return QColor(0xff, 0xc1, 0x07);
}

QColor simulationForeground()
{
    return QColor(0x1a, 0x1a, 0x1a);
}

void applyLanguageFonts(const QString& language)
{
    if (language != QLatin1String("ja"))
        return;
    // A Japanese UI font first, as Japanese Windows does (Yu Gothic UI / Meiryo UI): its Latin
    // letters fit the kana and kanji, and one font for everything is also faster to lay out
    // than falling back glyph by glyph.
    QFont font = QApplication::font();
    const QStringList japanese{QStringLiteral("Yu Gothic UI"), QStringLiteral("Meiryo UI"),
                               QStringLiteral("Noto Sans CJK JP"), QStringLiteral("IPAexGothic"),
                               QStringLiteral("IPAGothic")};
    for (const QString& f : japanese) {
        if (QFontDatabase::hasFamily(f)) {
            font.setFamilies({f, font.family()});
            QApplication::setFont(font);
            return;
        }
    }
}

} // namespace actdesk::ui::appearance
