// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDate>
#include <QWidget>

#include "mainwindow/appservices.h"
#include "visits/visit.h"

class QTreeWidgetItem;

namespace Jiuzhu {

namespace Ui {
class VisitsPage;
}

class HouseholdPicker;

// The visit log (C6): the contacts with one household grouped by calendar day in Shanghai
// time, newest first, with the full text of the chosen one; recording a new contact; and the
// households whose next visit is overdue, across the caseload.
class VisitsPage : public QWidget
{
    Q_OBJECT

public:
    explicit VisitsPage(AppServices services, QWidget *parent = nullptr);
    ~VisitsPage() override;

    void showHousehold(const QString &uuid);
    QString currentHousehold() const { return m_household; }

    // The day overdue follow-ups are counted against: today in Shanghai. Tests may fix it.
    void setToday(const QDate &today);

signals:
    void householdActivated(const QString &uuid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupPicker();
    void retranslateUi();
    void loadVisits();
    void loadOverdue();
    void showVisitDetail();
    QDate today() const;
    QString householdName(const QString &uuid) const;

    void handleHouseholdChosen(const QString &uuid);
    void handleAddVisit();
    void handleVisitSaved(const QString &householdUuid);
    void handleOverdueActivated(const QString &uuid);

    std::unique_ptr<Ui::VisitsPage> m_ui;
    AppServices m_services;
    HouseholdPicker *m_picker = nullptr;
    QString m_household;
    QList<Visit> m_visits;
    QDate m_today;
};

} // namespace Jiuzhu
