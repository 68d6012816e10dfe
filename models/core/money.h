// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include "core/result.h"

class QLocale;
class QString;

namespace Jiuzhu {

// Money is always an integer number of fen (分, 1/100 yuan). These helpers convert between fen
// and the yuan text people read and type; nothing here goes through floating point.
namespace Money {

// Parses yuan typed in the given locale ("1,200.50" in English, "1,200.50" or "1200.5" in
// Chinese). Text that is not a number, has more than two decimals or overflows is an error,
// never a silent 0. Empty text is an error too; callers that allow it check first.
Result<qint64> parseYuan(const QString &text, const QLocale &locale);

// Parses locale-free yuan as used in JSON files: "1200.50", "-3", "0.5".
Result<qint64> parseYuanC(const QString &text);

// "1,200.50" in the locale's digits and separators; whole yuan drop the decimals when
// dropZeroDecimals is set ("1,650").
QString formatYuan(qint64 fen, const QLocale &locale, bool dropZeroDecimals = true);

// Locale-free "1200.50" for JSON and CSV.
QString toYuanC(qint64 fen);

} // namespace Money
} // namespace Jiuzhu
