// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QDate>
#include <QDialog>
#include <QHash>

#include "households/fielderror.h"
#include "households/fielderrorlabels.h"
#include "households/household.h"
#include "households/memberform.h"
#include "mainwindow/appservices.h"

class QComboBox;
class QLineEdit;

namespace Ui {
class HouseholdDialog;
}

namespace Jiuzhu {

// Household intake: where the household lives, its housing, assets, situation, necessary
// spending and benefits on one tab, its members (list and editor) on the other. Save builds a
// Household and hands it to HouseholdRepository::save(); whatever the store refuses is shown
// next to the field it names ("members[1].idNumber" selects that member and marks its ID) and
// nothing typed is lost. Amounts are typed in the user's locale and never silently become 0.
class HouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HouseholdDialog(AppServices services, QWidget *parent = nullptr);
    ~HouseholdDialog() override;

    // Run the dialog; the uuid of the saved household, or nullopt when the user cancels.
    static std::optional<QString> createHousehold(AppServices services, QWidget *parent = nullptr);
    static std::optional<QString> editHousehold(AppServices services, const QString &uuid,
                                                QWidget *parent = nullptr);

    void setHousehold(const Household &household);
    void setToday(const QDate &today);
    QString savedUuid() const { return m_savedUuid; }

    // Saves; the dialog only closes when the store accepted the household.
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupFields();
    void setupErrorLabels();
    void setupConnections();
    void fillCombos();
    void fillStreets();
    void retranslate();

    void addMember();
    void removeMember();
    void selectMember(int index);
    void handleMemberSelectionChanged();
    void handleMemberEdited();
    void refreshMembersTable();
    void updateMemberRow(int index);
    QStringList memberProblems(int index) const;

    void addBenefitRow(const Benefit &benefit);
    void removeBenefit();
    void checkMoneyField(QLineEdit *edit);
    void checkBenefitAmounts();
    void markModified();

    Household collect(FieldErrors *errors) const;
    void collectBenefits(Household &household, FieldErrors *errors) const;
    void showErrors(const FieldErrors &errors);
    void focusField(const QString &field);
    QWidget *householdWidget(const QString &field) const;

    std::unique_ptr<Ui::HouseholdDialog> m_ui;
    AppServices m_services;
    FieldErrorLabels m_errors;
    Household m_household; // as loaded: sync stamps and anything the form does not show
    QList<MemberDraft> m_members;
    QList<QHash<QString, QString>> m_memberErrors; // what the store said, per member
    QList<Benefit> m_benefits;                     // per benefit row, the parts not shown
    QHash<QString, QString> m_benefitErrors;
    int m_currentMember = -1;
    QString m_savedUuid;
    QDate m_today;
    bool m_isLoading = false;
    bool m_isModified = false;
};

} // namespace Jiuzhu
