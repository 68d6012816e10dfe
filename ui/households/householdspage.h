// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QWidget>

#include "mainwindow/appservices.h"

class QSortFilterProxyModel;

namespace Ui {
class HouseholdsPage;
}

namespace Jiuzhu {

class HouseholdTableModel;

// The caseload: a searchable list of households (ID numbers masked) with intake, edit, delete
// and assessment, and a detail pane with the members, the latest assessment and what the
// household is, may be or is not eligible for today and why. Plans and visits live on their
// own pages; this page asks for them through planRequested and visitsRequested.
class HouseholdsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdsPage(AppServices services, QWidget *parent = nullptr);
    ~HouseholdsPage() override;

    void showHousehold(const QString &uuid);
    QString currentHousehold() const { return m_household; }

signals:
    void householdActivated(const QString &uuid);
    void planRequested(const QString &uuid);
    void visitsRequested(const QString &uuid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupView();
    void setupConnections();
    void retranslateUi();
    void handleSelectionChanged();
    void handleModelReloaded();
    void createHousehold();
    void editHousehold();
    void deleteHousehold();
    void assessHousehold();
    void selectHousehold(const QString &uuid);
    void updateActions();
    void setActionsEnabled(bool enabled);
    void updateCount();
    void showDetail();

    std::unique_ptr<Ui::HouseholdsPage> m_ui;
    AppServices m_services;
    HouseholdTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QString m_household;
    bool m_isSelecting = false;
};

} // namespace Jiuzhu
