// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "catalogue/catalogue.h"
#include "rules/eligibility.h"

namespace Jiuzhu {

enum class MatchStatus
{
    Receiving,
    Eligible,
    PossiblyEligible, // a fact the rule needs is missing
    NotEligible,
};

QString matchStatusCode(MatchStatus status);
QString matchStatusLabel(MatchStatus status);

// The rule's verdict for one member (member-scope policies) or for the household.
struct MatchSubject
{
    QString memberUuid; // empty for household-scope policies
    QString memberName;
    JsonLogic::EligibilityResult result;
    std::optional<qint64> amountFen;
};

// One policy's outcome for one household: status, the explanation clause by clause, the facts
// still to collect, and the estimated amount with the period it is paid for. An amount that
// rests on a parameter value not confirmed from an official text is flagged.
struct PolicyMatch
{
    QString policyCode;
    LocalizedText policyName;
    QString category;
    MatchStatus status = MatchStatus::NotEligible;
    QList<MatchSubject> subjects;
    QStringList missingFacts;      // fact paths
    QStringList missingFactLabels; // translated labels of the same facts
    std::optional<qint64> amountFen;
    QString amountPeriod;              // month, year, once, none
    QStringList unconfirmedParameters; // names of parameters whose value is not confirmed

    bool isAmountUnconfirmed() const { return !unconfirmedParameters.isEmpty(); }
    QStringList qualifyingMembers() const;
};

struct MatchResult
{
    QString householdUuid;
    QDate asOf;
    QString catalogueVersion;
    QList<PolicyMatch> policies;

    const PolicyMatch *policy(const QString &code) const;
    QList<const PolicyMatch *> withStatus(MatchStatus status) const;
};

// "约 1,650 元/月" style text for an amount and its period, in the current locale.
QString formatAmount(qint64 fen, const QString &period);

} // namespace Jiuzhu
