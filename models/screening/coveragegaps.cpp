// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragegaps.h"

#include <algorithm>

#include "catalogue/catalogue.h"
#include "screening/facttable.h"
#include "screening/screening.h"

namespace Jiuzhu::CoverageGaps {

qint64 monthlyEquivalentFen(qint64 fen, const QString &period)
{
    if (period == QLatin1String("month"))
        return fen;
    if (period == QLatin1String("year") || period == QLatin1String("once"))
        return fen / 12;
    return 0;
}

QList<CoverageGap> find(const Screening &screening, const ScreeningResult &result,
                        const FactTable &table, Order order)
{
    QList<CoverageGap> gaps;
    for (int h = 0; h < result.householdCount(); ++h) {
        for (int p = 0; p < result.policyCount(); ++p) {
            const MatchStatus status = result.status(h, p);
            if (status != MatchStatus::Eligible && status != MatchStatus::PossiblyEligible)
                continue;
            CoverageGap gap;
            gap.household = h;
            gap.policy = p;
            gap.status = status;
            gap.amountFen = result.amountFen(h, p);
            gap.monthlyFen = gap.amountFen ? monthlyEquivalentFen(*gap.amountFen,
                                                                  screening.policy(p).amountPeriod)
                                           : 0;
            gap.level = table.level(h);
            gap.street = table.street(h);
            gap.missingMask = result.missingMask(h, p);
            gaps.append(gap);
        }
    }
    sort(gaps, order);
    return gaps;
}

void sort(QList<CoverageGap> &gaps, Order order)
{
    const auto byRow = [](const CoverageGap &a, const CoverageGap &b) {
        return a.household != b.household ? a.household < b.household : a.policy < b.policy;
    };
    std::stable_sort(gaps.begin(), gaps.end(), [&](const CoverageGap &a, const CoverageGap &b) {
        switch (order) {
        case Order::Amount:
            if (a.monthlyFen != b.monthlyFen)
                return a.monthlyFen > b.monthlyFen;
            break;
        case Order::Level:
            if (a.level != b.level)
                return a.level > b.level;
            if (a.monthlyFen != b.monthlyFen)
                return a.monthlyFen > b.monthlyFen;
            break;
        case Order::Street:
            if (a.street != b.street)
                return a.street < b.street;
            if (a.monthlyFen != b.monthlyFen)
                return a.monthlyFen > b.monthlyFen;
            break;
        }
        return byRow(a, b);
    });
}

} // namespace Jiuzhu::CoverageGaps
