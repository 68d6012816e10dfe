// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QWidget>

#include "mainwindow/appservices.h"
#include "plans/plan.h"

namespace Jiuzhu {

namespace Ui {
class PlansPage;
}

class HouseholdPicker;
class PlanActionsModel;

// The plan of one household (C5): stage, advisor and summary, the editable list of actions,
// "draft from matches", the saved versions with a read-only view of each, and the printed plan
// (C9) as print preview or PDF. Edits stay in the page until Save writes them through
// PlanRepository; drafting and printing work on the stored plan, so they save pending edits
// first.
class PlansPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlansPage(AppServices services, QWidget *parent = nullptr);
    ~PlansPage() override;

    void showHousehold(const QString &uuid);
    QString currentHousehold() const { return m_household; }
    bool isModified() const;

    // The day plans are drafted and printed for: today in Shanghai. Tests may fix it.
    void setToday(const QDate &today);

signals:
    void householdActivated(const QString &uuid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupPicker();
    void setupActionsTable();
    void setupConnections();
    void setupDelegates();
    void retranslateUi();
    void loadPlan();
    void loadVersions();
    bool save();
    bool saveIfModified();
    bool askToKeepChanges(bool canCancel);
    Plan planFromForm() const;
    QDate today() const;
    void updateButtons();
    void showMessage(const QString &text, bool isError);

    void handleHouseholdChosen(const QString &uuid);
    void handleHeaderEdited();
    void handleAddAction();
    void handleRemoveActions();
    void handleDraft();
    void handlePrintPreview();
    void handleExportPdf();
    void handleVersionChosen();

    std::unique_ptr<Ui::PlansPage> m_ui;
    AppServices m_services;
    HouseholdPicker *m_picker = nullptr;
    PlanActionsModel *m_actions = nullptr;
    PlanActionsModel *m_versionActions = nullptr;
    QString m_household;
    Plan m_plan; // as last loaded from the store; sync.uuid is empty for a plan never saved
    QList<PlanVersion> m_versions;
    bool m_headerModified = false;
    bool m_loading = false;
    QDate m_today;
};

} // namespace Jiuzhu
