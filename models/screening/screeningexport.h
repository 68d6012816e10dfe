// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QVariantList>

#include "core/result.h"
#include "screening/coveragegaps.h"

namespace Jiuzhu {

class Areas;
class Catalogue;
class FactTable;
class Screening;

// The coverage-gap list as a table for spreadsheets: translated headers in the user's language,
// one row per gap, amounts in yuan as numbers. Files are written atomically through QSaveFile:
// CSV as UTF-8 with a byte-order mark and CRLF lines (so that Excel in Chinese opens it right),
// XLSX through libxlsxwriter.
namespace ScreeningExport {

QStringList headers();
QList<QVariantList> rows(const QList<CoverageGap> &gaps, const Screening &screening,
                         const FactTable &table, const Catalogue &catalogue,
                         const Areas *areas = nullptr);

Result<Done> writeCsv(const QString &path, const QStringList &headers,
                      const QList<QVariantList> &rows);
Result<Done> writeXlsx(const QString &path, const QStringList &headers,
                       const QList<QVariantList> &rows);

} // namespace ScreeningExport
} // namespace Jiuzhu
