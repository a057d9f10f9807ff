// SPDX-License-Identifier: MIT
#pragma once

#include "ids/IdError.h"

#include <QString>

namespace actdesk::ui {

// What a user typed or pasted, mapped the way core maps it (full-width digits and letters
// from a Japanese IME, ideographic spaces, every kind of dash), one UTF-16 unit in and one
// out for ordinary text, so cursor positions still line up.
QString normaliseTyped(const QString& text, ids::IdType type);

bool isSeparator(QChar c); // ' ' or '-' after normalisation

// Normalises, drops separators and maps `cursor` (a position in `text`) into the result.
QString withoutSeparators(const QString& text, ids::IdType type, int* cursor = nullptr);

QString digitsOnly(const QString& normalised);

// The part of `after` that an edit inserted into `before` (a paste, or one typed key).
QString insertedText(const QString& before, const QString& after);

} // namespace actdesk::ui
