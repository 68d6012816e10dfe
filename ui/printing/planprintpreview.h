// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>

#include "documents/planreport.h"

class QPrinter;
class QWidget;

namespace Jiuzhu {

// Print preview of the printed plan (C9): an A4 QPrinter and Qt's preview dialog, painted by
// PlanDocument::print, so what the preview shows is what the printer and the PDF get. Printing
// from the preview's own button goes through the same painter.
class PlanPrintPreview : public QObject
{
    Q_OBJECT

public:
    explicit PlanPrintPreview(PlanReport report, QWidget *parent = nullptr);
    ~PlanPrintPreview() override;

    // Runs the preview modally. A failure to lay out a page is kept in errorString().
    void exec();
    QString errorString() const { return m_error; }

private:
    void handlePaintRequested(QPrinter *printer);

    PlanReport m_report;
    QWidget *m_parent;
    std::unique_ptr<QPrinter> m_printer;
    QString m_error;
};

} // namespace Jiuzhu
