// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Jiuzhu {

class Catalogue;
class Screening;
class ScreeningResult;

// What one policy's what-if changes against the baseline: households (FactTable rows) that
// become eligible or stop being eligible (receiving households are neither: they keep what
// they have), and the monthly cost, the sum of monthly-equivalent amounts over eligible and
// receiving households, before and after. Money in fen.
struct PolicyChange
{
    QString policyCode;
    QList<int> becomeEligible;
    QList<int> stopEligible;
    qint64 monthlyCostBeforeFen = 0;
    qint64 monthlyCostAfterFen = 0;

    qint64 monthlyCostChangeFen() const { return monthlyCostAfterFen - monthlyCostBeforeFen; }
    bool isEmpty() const
    {
        return becomeEligible.isEmpty() && stopEligible.isEmpty() && monthlyCostChangeFen() == 0;
    }
};

namespace WhatIf {

// Compares two runs over the same FactTable; the screenings must come from the same
// catalogue (same policies in the same order). One entry per policy, in catalogue order.
QList<PolicyChange> compare(const Screening &baseline, const ScreeningResult &before,
                            const ScreeningResult &after);

// Parses PARAMETER=VALUE: VALUE is a number in the parameter's own unit (fen, ratio, years),
// or a relative change such as +5% or -2.5% of the value on the as-of date. PARAMETER must be
// in `catalogue`, the one `baseline` was built from. Returns false and sets *error (translated)
// when the text or the parameter is not right: an unknown parameter, a sign without %, a value
// that is not a finite number, or a result that is negative or absurdly large.
bool parseOverride(const QString &text, const Catalogue &catalogue, const Screening &baseline,
                   QString *name, double *value, QString *error);

} // namespace WhatIf
} // namespace Jiuzhu
