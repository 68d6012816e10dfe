// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QDate>
#include <QHash>
#include <QWidget>

#include "mainwindow/appservices.h"

class QListWidgetItem;
class QThread;

namespace Jiuzhu {

namespace Ui {
class ScreeningPage;
}

class CoverageGapModel;
class CoverageGapProxyModel;
struct PolicyChange;

// Caseload screening (政策找人 for the whole caseload): every household against every policy as
// of a date, on a worker thread with progress and cancel; the coverage gaps (eligible or
// possibly eligible, not receiving) sortable and narrowed to one policy, exported to XLSX or
// CSV; and a what-if that changes one or more parameters and shows, per policy, who becomes or
// stops being eligible and what it costs per month.
class ScreeningPage : public QWidget
{
    Q_OBJECT

public:
    explicit ScreeningPage(AppServices services, QWidget *parent = nullptr);
    ~ScreeningPage() override;

    // Narrows the gap list to one policy (empty: all) and screens when no run is going on.
    void showPolicy(const QString &code);
    QString policyFilter() const;
    void setAsOf(const QDate &date);

    void run();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void householdActivated(const QString &uuid);
    // A run or a what-if comparison has finished (also when it was cancelled).
    void screeningFinished();
    void whatIfFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Run;
    struct Scenario;

    void setupPolicies();
    void setupParameters();
    void retranslateUi();
    void updateControls();
    void updateCount();
    void startWorker(const std::function<void()> &work, const std::function<void()> &done);
    void showRun(const std::shared_ptr<Run> &run);
    void showChanges(const QList<PolicyChange> &changes);
    // One change as typed for a parameter ("+5%", or a value in yuan for money), read against
    // the current run.
    bool parseChange(const QString &parameterName, QString spec, QString *name, double *value,
                     QString *error) const;
    bool collectChanges(QHash<QString, double> *overrides, QString *error) const;
    void labelChange(QListWidgetItem *item) const;
    void clearComparison();

    void handleProgress(int done, int total);
    void handleCompare();
    void handleAddChange();
    void handleExport(bool xlsx);
    void handleActivated(const QModelIndex &index);

    std::unique_ptr<Ui::ScreeningPage> m_ui;
    AppServices m_services;
    CoverageGapModel *m_model = nullptr;
    CoverageGapProxyModel *m_proxy = nullptr;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    std::shared_ptr<Run> m_run;
};

} // namespace Jiuzhu
