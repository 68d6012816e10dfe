// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Jiuzhu {

class Catalogue;
struct Household;
struct MatchResult;

// A match as it was shown, printed or exported: the catalogue version and rule it used, the
// facts it saw (household, each member, the parameters) and what it concluded. Kept so that an
// advisor can tell later that it went stale, and why.
struct Decision
{
    QString uuid;
    QString householdUuid;
    int householdVersion = 0;
    QString policyCode;
    QString purpose; // shown, printed, exported
    QDateTime decidedAt;
    QDate asOf;
    QString catalogueVersion;
    QJsonValue rule;
    QJsonObject inputs; // {"household": {...}, "members": {uuid: {...}}, "param": {...}}
    QString status;     // matchStatusCode()
    std::optional<qint64> amountFen;
    QString station;
};

// One fact whose value differs between a decision and the household today.
struct DecisionChange
{
    QString path; // "household.income_monthly" or "member.age" (with memberName)
    QString memberName;
    QJsonValue before;
    QJsonValue after;
};

// A past decision held against the household and catalogue of today.
struct DecisionReview
{
    Decision decision;
    bool isStale = false;
    QStringList reasons; // translated: household changed, catalogue changed, rule changed
    QList<DecisionChange> changes;
};

class DecisionLog
{
    Q_DECLARE_TR_FUNCTIONS(DecisionLog)

public:
    // One decision per policy of the match result, with the inputs each rule saw.
    static QList<Decision> fromMatch(const Household &household, const MatchResult &result,
                                     const Catalogue &catalogue, const QString &purpose);

    // Whether a decision still holds for the household and catalogue of today, and which
    // facts changed since.
    static DecisionReview review(const Decision &decision, const Household &household,
                                 const Catalogue &catalogue);

    // "shown", "printed", "exported" in the user's language; other codes as they are.
    static QString purposeLabel(const QString &purpose);
    // A decision's status code (matchStatusCode) in the user's language.
    static QString statusLabel(const QString &status);
};

} // namespace Jiuzhu
