// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include "mainwindow/appservices.h"

class QListWidget;
class QStackedWidget;

namespace Jiuzhu {

class HouseholdsPage;
class PlansPage;
class PoliciesPage;
class ScreeningPage;
class VisitsPage;

// The window: a navigation list on the left and one page per area (households, policies,
// plans, visits, caseload screening). Choosing a household on one page makes it the current
// household of the others.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Households,
        Policies,
        Plans,
        Visits,
        Screening,
        Count
    };

    explicit MainWindow(AppServices services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QString currentHousehold() const { return m_currentHousehold; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupPages();
    void setupNavigation();
    void setupMenus();
    void setupStatusBar();
    void retranslateUi();
    void handleHouseholdActivated(const QString &uuid);

    AppServices m_services;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    HouseholdsPage *m_householdsPage = nullptr;
    PoliciesPage *m_policiesPage = nullptr;
    PlansPage *m_plansPage = nullptr;
    VisitsPage *m_visitsPage = nullptr;
    ScreeningPage *m_screeningPage = nullptr;
    QString m_currentHousehold;
};

} // namespace Jiuzhu
