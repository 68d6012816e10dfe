// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>

#include "catalogue/catalogue.h"
#include "matching/matchresult.h"
#include "rules/jsonlogic.h"

namespace Jiuzhu {

struct Household;

// 政策找人 for one household: evaluates every catalogue policy's eligibility rule and benefit
// formula as of a date. Rules are compiled once when the matcher is built, so one matcher
// serves a whole caseload. Member-scope policies are evaluated per member; the policy's status
// is the best any member reaches and its amount the sum over eligible members.
class Matcher
{
    Q_DECLARE_TR_FUNCTIONS(Matcher)

public:
    explicit Matcher(const Catalogue &catalogue);

    // Policies whose rule or formula did not compile, with the reason; they are skipped.
    QStringList compileErrors() const { return m_errors; }

    MatchResult match(const Household &household, const QDate &asOf) const;

private:
    struct CompiledPolicy
    {
        const Policy *policy = nullptr;
        std::optional<JsonLogic::CompiledRule> eligibility;
        std::optional<JsonLogic::CompiledRule> amount;
    };

    PolicyMatch matchPolicy(const CompiledPolicy &compiled, const Household &household,
                            const QJsonObject &householdFacts, const QJsonObject &parameters,
                            const QDate &asOf) const;
    std::optional<JsonLogic::FactLabel> label(const QString &path) const;

    const Catalogue &m_catalogue;
    QList<CompiledPolicy> m_policies;
    QStringList m_errors;
};

} // namespace Jiuzhu
