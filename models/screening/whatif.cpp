// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatif.h"

#include <cmath>

#include <QCoreApplication>
#include <QLocale>

#include "catalogue/catalogue.h"
#include "screening/coveragegaps.h"
#include "screening/screening.h"

namespace Jiuzhu::WhatIf {

namespace {

constexpr double MaxParameterValue = 1e12;

qint64 monthlyCost(const ScreeningResult &result, int household, int policy, const QString &period)
{
    const MatchStatus status = result.status(household, policy);
    if (status != MatchStatus::Eligible && status != MatchStatus::Receiving)
        return 0;
    const std::optional<qint64> fen = result.amountFen(household, policy);
    return fen ? CoverageGaps::monthlyEquivalentFen(*fen, period) : 0;
}

// "FIELD: message": the parameter code stays as typed, outside the translated text.
QString fieldError(const QString &field, const QString &message)
{
    return QStringLiteral("%1: %2").arg(field, message);
}

// The label in the user's language with the code after it, or the code alone.
QString displayName(const Parameter &parameter)
{
    const QString label = parameter.label.text(QLocale());
    if (label.isEmpty())
        return parameter.name;
    return QCoreApplication::translate("Screening", "%1 (%2)",
                                       "parameter label and code, e.g. 低保标准 (dibao_standard)")
        .arg(label, parameter.name);
}

// Parameters are amounts in fen, ratios, counts or years: never negative. The upper bound keeps
// a value (and the amounts computed from it) far inside qint64 fen, well above any real value.
bool checkRange(const QString &name, const QString &spec, double value, QString *error)
{
    if (value < 0) {
        *error = fieldError(name, QCoreApplication::translate(
                                      "Screening", "a parameter cannot be negative, got \"%1\"")
                                      .arg(spec));
        return false;
    }
    if (value > MaxParameterValue) {
        *error = fieldError(
            name, QCoreApplication::translate("Screening", "\"%1\" is too large; at most %L2")
                      .arg(spec)
                      .arg(qint64(MaxParameterValue)));
        return false;
    }
    return true;
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

bool parseOverride(const QString &text, const Catalogue &catalogue, const Screening &baseline,
                   QString *name, double *value, QString *error)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0) {
        *error = QCoreApplication::translate("Screening", "--set needs PARAMETER=VALUE, got \"%1\"")
                     .arg(text);
        return false;
    }
    *name = text.left(equals).trimmed();
    const QString spec = text.mid(equals + 1).trimmed();
    const Parameter *parameter = catalogue.parameter(*name);
    if (!parameter) {
        *error = fieldError(*name, QCoreApplication::translate(
                                       "Screening", "no parameter of that name in the catalogue"));
        return false;
    }

    const bool isRelative = spec.endsWith(u'%');
    if (!isRelative && (spec.startsWith(u'+') || spec.startsWith(u'-'))) {
        *error = fieldError(*name, QCoreApplication::translate(
                                       "Screening", "write +5% for a relative change, or the new "
                                                    "value without a sign, got \"%1\"")
                                       .arg(spec));
        return false;
    }
    bool ok = false;
    const double number = (isRelative ? spec.chopped(1) : spec).toDouble(&ok);
    if (!ok) {
        *error = QCoreApplication::translate(
                     "Screening", "%1: expected a number or a change like +5%, got \"%2\"")
                     .arg(*name, spec);
        return false;
    }
    if (!std::isfinite(number)) {
        *error = fieldError(
            *name,
            QCoreApplication::translate("Screening", "\"%1\" is not a finite number").arg(spec));
        return false;
    }

    if (isRelative) {
        const auto current = baseline.parameters().constFind(*name);
        if (current == baseline.parameters().constEnd()) {
            *error = QCoreApplication::translate(
                         "Screening", "%1 has no value on the screening date to change by %2")
                         .arg(displayName(*parameter), spec);
            return false;
        }
        if (number <= -100) {
            *error = fieldError(*name, QCoreApplication::translate(
                                           "Screening", "a change of %1 would leave nothing of "
                                                        "the value; lower it by less than 100%")
                                           .arg(spec));
            return false;
        }
        *value = *current * (1 + number / 100);
    } else {
        *value = number;
    }
    return checkRange(*name, spec, *value, error);
}

} // namespace Jiuzhu::WhatIf
