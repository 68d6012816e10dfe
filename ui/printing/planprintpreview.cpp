// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planprintpreview.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QPrintPreviewDialog>

#include "documents/plandocument.h"

namespace Jiuzhu {

PlanPrintPreview::PlanPrintPreview(PlanReport report, QWidget *parent)
    : QObject(parent)
    , m_report(std::move(report))
    , m_parent(parent)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setPageOrientation(QPageLayout::Portrait);
    m_printer->setDocName(tr("Assistance plan"));
}

PlanPrintPreview::~PlanPrintPreview() = default;

void PlanPrintPreview::exec()
{
    m_error.clear();
    QPrintPreviewDialog dialog(m_printer.get(), m_parent);
    dialog.setObjectName(QStringLiteral("planPrintPreviewDialog"));
    dialog.setWindowTitle(tr("Print preview: assistance plan"));
    dialog.resize(900, 860);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            &PlanPrintPreview::handlePaintRequested);
    dialog.exec();
}

void PlanPrintPreview::handlePaintRequested(QPrinter *printer)
{
    const Result<Done> printed = PlanDocument::print(m_report, printer);
    if (!printed) {
        m_error = printed.error();
    }
}

} // namespace Jiuzhu
