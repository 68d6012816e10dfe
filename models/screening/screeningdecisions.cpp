// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screeningdecisions.h"

#include <QDateTime>
#include <QHash>

#include "catalogue/catalogue.h"
#include "matching/matchresult.h"
#include "screening/facttable.h"
#include "screening/screening.h"

namespace Jiuzhu::ScreeningDecisions {

namespace {

// The inputs of one household for one policy, built once and shared by every gap of the
// household with the same policy scope and parameters.
class InputCache
{
public:
    InputCache(const Screening &screening, const FactTable &table)
        : m_screening(screening)
        , m_table(table)
    {
    }

    QJsonObject inputs(int household, const Policy &policy)
    {
        if (household != m_household) {
            m_household = household;
            m_householdFacts = m_table.householdFacts(household);
            m_members = QJsonObject();
            m_hasMembers = false;
        }
        QJsonObject parameters;
        for (const QString &name : policy.parameters) {
            const auto value = m_screening.parameters().constFind(name);
            parameters.insert(name, value == m_screening.parameters().constEnd()
                                        ? QJsonValue()
                                        : QJsonValue(value.value()));
        }
        QJsonObject inputs{{QStringLiteral("household"), m_householdFacts},
                           {QStringLiteral("param"), parameters}};
        if (policy.scope == QLatin1String("member"))
            inputs.insert(QStringLiteral("members"), members());
        return inputs;
    }

private:
    const QJsonObject &members()
    {
        if (!m_hasMembers) {
            for (int m = m_table.firstMember(m_household); m < m_table.endMember(m_household);
                 ++m) {
                QJsonObject facts = m_table.memberFacts(m);
                facts.insert(QStringLiteral("name"), m_table.memberName(m));
                m_members.insert(m_table.memberUuid(m), facts);
            }
            m_hasMembers = true;
        }
        return m_members;
    }

    const Screening &m_screening;
    const FactTable &m_table;
    int m_household = -1;
    QJsonObject m_householdFacts;
    QJsonObject m_members;
    bool m_hasMembers = false;
};

} // namespace

QList<Decision> fromGaps(const QList<CoverageGap> &gaps, const Screening &screening,
                         const FactTable &table, const Catalogue &catalogue, const QString &purpose)
{
    // Gaps come sorted by amount, level or street; grouping them by household lets each
    // household's facts be read from the table once.
    QList<const CoverageGap *> ordered;
    ordered.reserve(gaps.size());
    for (const CoverageGap &gap : gaps)
        ordered << &gap;
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const CoverageGap *a, const CoverageGap *b) { return a->household < b->household; });

    const QDateTime now = QDateTime::currentDateTimeUtc();
    InputCache cache(screening, table);
    QList<Decision> decisions;
    decisions.reserve(gaps.size());
    for (const CoverageGap *gap : std::as_const(ordered)) {
        const Policy &policy = screening.policy(gap->policy);
        Decision d;
        d.householdUuid = table.uuid(gap->household);
        d.householdVersion = table.version(gap->household);
        d.policyCode = policy.code;
        d.purpose = purpose;
        d.decidedAt = now;
        d.asOf = screening.asOf();
        d.catalogueVersion = catalogue.version();
        d.rule = policy.eligibility;
        d.inputs = cache.inputs(gap->household, policy);
        d.status = matchStatusCode(gap->status);
        d.amountFen = gap->amountFen;
        decisions << d;
    }
    return decisions;
}

} // namespace Jiuzhu::ScreeningDecisions
