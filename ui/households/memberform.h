// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDate>
#include <QHash>
#include <QWidget>

#include "households/fielderror.h"
#include "households/fielderrorlabels.h"
#include "households/household.h"

class QLineEdit;
class QLocale;

namespace Ui {
class MemberForm;
}

namespace Jiuzhu {

// One income row as typed: the amount stays text until the household is saved, so that a typo
// is shown and kept instead of turning into 0.
struct IncomeDraft
{
    QString kind;
    QString amountText;
};

// A member while it is being edited: everything but the money is already in `member`.
struct MemberDraft
{
    Member member;
    QString medicalCostsText;
    QList<IncomeDraft> incomes;

    static MemberDraft fromMember(const Member &member, const QLocale &locale);
    // The member with its amounts parsed in `locale`. Amounts that do not parse are reported
    // in `errors` under field names relative to the member ("incomes[0].monthly").
    Member toMember(const QLocale &locale, FieldErrors *errors) const;
};

// The editor of one household member, embedded in the household dialog: identity (the birth
// date and sex follow a valid resident ID and can be corrected, a mismatch is an error), work,
// health and disability, monthly incomes by kind and medical costs. It checks what it can
// while the user types; problems found on save are handed in with setFieldErrors().
class MemberForm : public QWidget
{
    Q_OBJECT

public:
    explicit MemberForm(QWidget *parent = nullptr);
    ~MemberForm() override;

    void setToday(const QDate &today);
    void setDraft(const MemberDraft &draft);
    MemberDraft draft() const;

    // Problems reported by the store for this member, keyed relative to it ("idNumber").
    // Each one disappears when its field is edited.
    void setFieldErrors(const QHash<QString, QString> &errors);
    QHash<QString, QString> fieldErrors() const { return m_storeErrors; }
    // The message shown under a field, live checks included; empty when it is fine.
    QString shownError(const QString &field) const;
    QWidget *widgetFor(const QString &field) const;
    bool focusField(const QString &field);

signals:
    // The user changed something; draft() has the new state.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupFields();
    void setupConnections();
    void fillCombos();
    void fillConditions();
    void addIncomeRow(const IncomeDraft &income);
    void handleIdNumberEdited();
    void handleDisabilityTypeChanged();
    void handleFieldEdited(const QString &field);
    void refreshErrors();
    void showIncomeErrors(const QHash<QString, QString> &errors);
    QList<QLineEdit *> incomeAmountEdits() const;

    std::unique_ptr<Ui::MemberForm> m_ui;
    FieldErrorLabels m_errors;
    QHash<QString, QString> m_storeErrors;
    SyncStamp m_sync; // not shown, carried through so an edit updates the same member
    QDate m_today;
    bool m_isLoading = false;
};

} // namespace Jiuzhu
