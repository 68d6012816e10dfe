// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>

#include "core/result.h"
#include "documents/planreport.h"

class QPagedPaintDevice;
class QTextDocument;

namespace Jiuzhu {

// Lays out the printed plan a family receives (C9): household, hardship assessment, policies to
// apply for with the documents to bring and where to go, policies already received, the actions
// with owners and dates, advisor contact and signature lines. A4, in the report's language, set
// in PrintFont so that text copied from the PDF is the text printed. Every string from the
// report is HTML-escaped. Needs a QGuiApplication (fonts).
class PlanDocument
{
public:
    // The document as HTML, for a QTextDocument (preview, tests).
    static QString html(const PlanReport &report);
    static std::unique_ptr<QTextDocument> build(const PlanReport &report);

    // Paints the plan page by page onto a printer or PDF writer, inside the device's margins,
    // with a footer line carrying the page number and page count.
    static Result<Done> print(const PlanReport &report, QPagedPaintDevice *device);

    // Writes an A4 PDF atomically: the file at path is replaced only once the whole document
    // has been written.
    static Result<Done> writePdf(const PlanReport &report, const QString &path);
};

} // namespace Jiuzhu
