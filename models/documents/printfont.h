// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

namespace Jiuzhu {

// Chooses the font printed documents use. Qt writes a PDF's ToUnicode map by taking, for each
// glyph, the lowest code point the font's cmap sends to it; fonts that give a Kangxi radical
// (U+2F00…) and the unified ideograph the same glyph therefore make 一 extract as ⼀. This class
// loads a font known not to do that from its Debian path and checks any candidate's cmap.
// Needs a QGuiApplication; the choice is made once per process.
class PrintFont
{
public:
    // The family to print with; falls back to another safe CJK family, and logs a warning when
    // none is installed.
    static QString family();
    static QFont font(qreal pointSize);

    // True when the family covers Chinese and no radical code point shares a glyph with a
    // unified ideograph, so that text extracted from a PDF comes back unchanged.
    static bool isRoundTripSafe(const QString &family);
};

} // namespace Jiuzhu
