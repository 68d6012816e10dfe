// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatif.h"

#include <QCoreApplication>

#include "catalogue/catalogue.h"
#include "screening/coveragegaps.h"
#include "screening/screening.h"

namespace Jiuzhu::WhatIf {

namespace {

qint64 monthlyCost(const ScreeningResult &result, int household, int policy, const QString &period)
{
    const MatchStatus status = result.status(household, policy);
    if (status != MatchStatus::Eligible && status != MatchStatus::Receiving)
        return 0;
    const std::optional<qint64> fen = result.amountFen(household, policy);
    return fen ? CoverageGaps::monthlyEquivalentFen(*fen, period) : 0;
}

} // namespace

QList<PolicyChange> compare(const Screening &baseline, const ScreeningResult &before,
                            const ScreeningResult &after)
{
    QList<PolicyChange> changes;
    for (int p = 0; p < before.policyCount(); ++p) {
        const Policy &policy = baseline.policy(p);
        PolicyChange change;
        change.policyCode = policy.code;
        for (int h = 0; h < before.householdCount(); ++h) {
            const MatchStatus was = before.status(h, p);
            const MatchStatus is = after.status(h, p);
            if (was != MatchStatus::Eligible && is == MatchStatus::Eligible)
                change.becomeEligible << h;
            else if (was == MatchStatus::Eligible && is != MatchStatus::Eligible)
                change.stopEligible << h;
            change.monthlyCostBeforeFen += monthlyCost(before, h, p, policy.amountPeriod);
            change.monthlyCostAfterFen += monthlyCost(after, h, p, policy.amountPeriod);
        }
        changes << change;
    }
    return changes;
}

bool parseOverride(const QString &text, const Screening &baseline, QString *name, double *value,
                   QString *error)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0) {
        *error = QCoreApplication::translate("Screening", "--set needs PARAMETER=VALUE, got \"%1\"")
                     .arg(text);
        return false;
    }
    *name = text.left(equals).trimmed();
    QString spec = text.mid(equals + 1).trimmed();
    const auto current = baseline.parameters().constFind(*name);

    bool ok = false;
    if (spec.endsWith(u'%')) {
        const double percent = spec.chopped(1).toDouble(&ok);
        if (ok && current == baseline.parameters().constEnd()) {
            *error = QCoreApplication::translate(
                         "Screening", "%1 has no value on the screening date to change by %2")
                         .arg(*name, spec);
            return false;
        }
        if (ok)
            *value = *current * (1 + percent / 100);
    } else {
        *value = spec.toDouble(&ok);
    }
    if (!ok) {
        *error = QCoreApplication::translate(
                     "Screening", "%1: expected a number or a change like +5%, got \"%2\"")
                     .arg(*name, spec);
        return false;
    }
    return true;
}

} // namespace Jiuzhu::WhatIf
