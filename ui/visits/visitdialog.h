// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QDialog>

#include "visits/visit.h"

namespace Jiuzhu {

namespace Ui {
class VisitDialog;
}

class VisitRepository;

// Records one contact with a household: when (Shanghai wall-clock time, now by default), what
// kind, who took part, findings, next steps and, optionally, the date of the next visit. Save
// writes through VisitRepository; when the repository refuses, its message shows in the dialog
// and nothing typed is lost.
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    VisitDialog(VisitRepository &visits, const QString &householdUuid, const QString &householdName,
                QWidget *parent = nullptr);
    ~VisitDialog() override;

    // Runs the dialog; the saved visit, or nullopt when cancelled.
    static std::optional<Visit> addVisit(VisitRepository &visits, const QString &householdUuid,
                                         const QString &householdName, QWidget *parent);

    void accept() override;
    std::optional<Visit> savedVisit() const { return m_saved; }

private:
    Visit visitFromForm() const;

    std::unique_ptr<Ui::VisitDialog> m_ui;
    VisitRepository &m_visits;
    QString m_householdUuid;
    std::optional<Visit> m_saved;
};

} // namespace Jiuzhu
