// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QWidget>

#include "mainwindow/appservices.h"

namespace Jiuzhu {

namespace Ui {
class PoliciesPage;
}

class PolicyTableModel;
struct Policy;

// The policy catalogue browser (C3): search by name, keyword or pinyin, narrow to a category
// and a target group, and read one policy in full — who it is for, the facts its rule reads,
// the benefit formula, each parameter's values by effective date with their sources (values
// not confirmed from an official text carry the "to be verified" flag), documents, where to
// apply, legal basis.
class PoliciesPage : public QWidget
{
    Q_OBJECT

public:
    explicit PoliciesPage(AppServices services, QWidget *parent = nullptr);
    ~PoliciesPage() override;

    void showHousehold(const QString &uuid);
    void showPolicy(const QString &code);
    QString currentPolicy() const;

signals:
    void householdActivated(const QString &uuid);
    // The advisor asked who in the caseload is likely eligible for this policy.
    void policyScreeningRequested(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupCategories();
    void setupTargetGroups();
    void retranslateUi();
    void handleFilterChanged();
    void handleCurrentChanged();
    void showDetail(const Policy *policy);
    QString detailHtml(const Policy &policy) const;
    QString parametersHtml(const Policy &policy) const;
    QString factsHtml(const Policy &policy) const;
    QString targetGroupsHtml(const Policy &policy) const;
    QString sourcesHtml(const Policy &policy) const;
    QString formatParameterValue(double value, const QString &unit) const;
    QString confidenceLabel(const QString &confidence) const;

    std::unique_ptr<Ui::PoliciesPage> m_ui;
    AppServices m_services;
    PolicyTableModel *m_model = nullptr;
    QString m_household;
};

} // namespace Jiuzhu
