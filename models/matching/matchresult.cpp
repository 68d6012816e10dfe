// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchresult.h"

#include <QCoreApplication>
#include <QLocale>

#include "core/money.h"

namespace Jiuzhu {

namespace {

struct Matching
{
    Q_DECLARE_TR_FUNCTIONS(Matching)
};

} // namespace

QString matchStatusCode(MatchStatus status)
{
    switch (status) {
    case MatchStatus::Receiving:
        return QStringLiteral("receiving");
    case MatchStatus::Eligible:
        return QStringLiteral("eligible");
    case MatchStatus::PossiblyEligible:
        return QStringLiteral("possibly_eligible");
    case MatchStatus::NotEligible:
        return QStringLiteral("not_eligible");
    }
    Q_UNREACHABLE();
    return {};
}

QString matchStatusLabel(MatchStatus status)
{
    switch (status) {
    case MatchStatus::Receiving:
        return Matching::tr("Already receiving");
    case MatchStatus::Eligible:
        return Matching::tr("Eligible");
    case MatchStatus::PossiblyEligible:
        return Matching::tr("Possibly eligible (facts missing)");
    case MatchStatus::NotEligible:
        return Matching::tr("Not eligible");
    }
    Q_UNREACHABLE();
    return {};
}

QStringList PolicyMatch::qualifyingMembers() const
{
    QStringList names;
    for (const MatchSubject &subject : subjects) {
        if (!subject.memberName.isEmpty() && subject.result.outcome == JsonLogic::Outcome::Met) {
            names << subject.memberName;
        }
    }
    return names;
}

const PolicyMatch *MatchResult::policy(const QString &code) const
{
    for (const PolicyMatch &match : policies) {
        if (match.policyCode == code) {
            return &match;
        }
    }
    return nullptr;
}

QList<const PolicyMatch *> MatchResult::withStatus(MatchStatus status) const
{
    QList<const PolicyMatch *> found;
    for (const PolicyMatch &match : policies) {
        if (match.status == status) {
            found << &match;
        }
    }
    return found;
}

QString formatAmount(qint64 fen, const QString &period)
{
    const QString amount = Money::formatYuan(fen, QLocale());
    if (period == QLatin1String("month")) {
        return Matching::tr("about %1 yuan a month", "about 1,650 yuan a month").arg(amount);
    }
    if (period == QLatin1String("year")) {
        return Matching::tr("about %1 yuan a year", "about 90,000 yuan a year").arg(amount);
    }
    return Matching::tr("about %1 yuan", "about 2,000 yuan once").arg(amount);
}

} // namespace Jiuzhu
