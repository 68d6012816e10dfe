// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher.h"

#include <cmath>

#include <QLocale>

#include "core/logging.h"
#include "households/household.h"
#include "matching/facts.h"

namespace Jiuzhu {

namespace {

bool receives(const Household &household, const QString &code)
{
    return household.receives(code);
}

} // namespace

Matcher::Matcher(const Catalogue &catalogue)
    : m_catalogue(catalogue)
{
    for (const Policy &policy : catalogue.policies()) {
        CompiledPolicy compiled;
        compiled.policy = &policy;
        auto rule = JsonLogic::CompiledRule::compile(policy.eligibility);
        if (!rule) {
            m_errors << QStringLiteral("%1: %2").arg(policy.code, rule.error());
            qCWarning(lcMatching) << "rule of" << policy.code << "does not compile";
            continue;
        }
        compiled.eligibility = rule.value();
        if (!policy.amountFormula.isNull() && !policy.amountFormula.isUndefined()) {
            auto formula = JsonLogic::CompiledRule::compile(policy.amountFormula);
            if (!formula) {
                m_errors << QStringLiteral("%1: %2").arg(policy.code, formula.error());
            } else {
                compiled.amount = formula.value();
            }
        }
        m_policies << compiled;
    }
}

std::optional<JsonLogic::FactLabel> Matcher::label(const QString &path) const
{
    static const QString paramPrefix = QStringLiteral("param.");
    if (path.startsWith(paramPrefix)) {
        const Parameter *parameter = m_catalogue.parameter(path.mid(paramPrefix.size()));
        if (!parameter) {
            return std::nullopt;
        }
        return JsonLogic::FactLabel{parameter->label.zh, parameter->label.en, parameter->unit, {}};
    }
    const FactInfo *fact = m_catalogue.fact(path);
    if (!fact) {
        return std::nullopt;
    }
    JsonLogic::FactLabel label{fact->label.zh, fact->label.en, fact->unit, {}};
    for (auto it = fact->values.constBegin(); it != fact->values.constEnd(); ++it)
        label.values.insert(it.key(), {it.value().zh, it.value().en});
    return label;
}

MatchResult Matcher::match(const Household &household, const QDate &asOf) const
{
    MatchResult result;
    result.householdUuid = household.sync.uuid;
    result.asOf = asOf;
    result.catalogueVersion = m_catalogue.version();

    const QJsonObject householdFacts = Facts::household(household, asOf);
    const QJsonObject parameters = Facts::parameters(m_catalogue, asOf);
    for (const CompiledPolicy &compiled : m_policies) {
        result.policies << matchPolicy(compiled, household, householdFacts, parameters, asOf);
    }
    return result;
}

PolicyMatch Matcher::matchPolicy(const CompiledPolicy &compiled, const Household &household,
                                 const QJsonObject &householdFacts, const QJsonObject &parameters,
                                 const QDate &asOf) const
{
    const Policy &policy = *compiled.policy;
    PolicyMatch match;
    match.policyCode = policy.code;
    match.policyName = policy.name;
    match.category = policy.category;
    match.amountPeriod = policy.amountPeriod;

    const auto labels = [this](const QString &path) {
        return label(path);
    };
    const auto evaluate = [&](const QJsonObject &data, MatchSubject &subject) {
        subject.result = JsonLogic::evaluateEligibility(*compiled.eligibility, data, labels);
        if (compiled.amount && subject.result.outcome != JsonLogic::Outcome::NotMet) {
            bool unknown = false;
            const QJsonValue amount = JsonLogic::evaluateAmount(*compiled.amount, data, &unknown);
            if (!unknown && amount.isDouble() && std::isfinite(amount.toDouble())) {
                subject.amountFen = std::max<qint64>(0, qRound64(amount.toDouble()));
            }
        }
    };

    if (policy.scope == QLatin1String("member")) {
        for (const Member &member : household.members) {
            MatchSubject subject;
            subject.memberUuid = member.sync.uuid;
            subject.memberName = member.name;
            const QJsonObject data{
                {QStringLiteral("household"), householdFacts},
                {QStringLiteral("member"), Facts::member(household, member, asOf)},
                {QStringLiteral("param"), parameters}};
            evaluate(data, subject);
            match.subjects << subject;
        }
    } else {
        MatchSubject subject;
        const QJsonObject data{{QStringLiteral("household"), householdFacts},
                               {QStringLiteral("param"), parameters}};
        evaluate(data, subject);
        match.subjects << subject;
    }

    int best = -1;
    qint64 total = 0;
    bool hasAmount = false;
    for (const MatchSubject &subject : std::as_const(match.subjects)) {
        best = std::max(best, JsonLogic::outcomeRank(subject.result.outcome));
        if (subject.result.outcome == JsonLogic::Outcome::Met && subject.amountFen) {
            total += *subject.amountFen;
            hasAmount = true;
        }
    }
    for (const MatchSubject &subject : std::as_const(match.subjects)) {
        if (subject.result.outcome != JsonLogic::Outcome::Unknown) {
            continue;
        }
        for (const QString &path : subject.result.missingFacts) {
            if (!match.missingFacts.contains(path)) {
                match.missingFacts << path;
                const auto factLabel = label(path);
                const bool chinese = QLocale().language() == QLocale::Chinese;
                match.missingFactLabels
                    << (factLabel ? (chinese ? factLabel->zh : factLabel->en) : path);
            }
        }
    }
    // Where nobody is eligible yet, an amount for the possibly eligible still helps the advisor
    // see what is at stake once the missing facts are collected.
    if (!hasAmount && best == 1) {
        for (const MatchSubject &subject : std::as_const(match.subjects)) {
            if (subject.amountFen) {
                total += *subject.amountFen;
                hasAmount = true;
            }
        }
    }
    if (hasAmount) {
        match.amountFen = total;
    }

    if (receives(household, policy.code)) {
        match.status = MatchStatus::Receiving;
    } else if (best == 2) {
        match.status = MatchStatus::Eligible;
    } else if (best == 1) {
        match.status = MatchStatus::PossiblyEligible;
    } else {
        match.status = MatchStatus::NotEligible;
    }

    for (const QString &name : policy.parameters) {
        const Parameter *parameter = m_catalogue.parameter(name);
        const ParameterValue *value = parameter ? parameter->valueOn(asOf) : nullptr;
        if (value && !value->isConfirmed()) {
            match.unconfirmedParameters << name;
        }
    }
    return match;
}

} // namespace Jiuzhu
