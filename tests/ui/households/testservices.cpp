// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testservices.h"

namespace Jiuzhu::Testing {

TestServices::TestServices()
    : m_database(QStringLiteral("jiuzhu-ui-test"))
{
    Result<Catalogue> catalogue = Catalogue::loadBundled();
    Result<Areas> areas = Areas::loadBundled();
    Result<Assessor> assessor = Assessor::loadBundled();
    if (!catalogue || !areas || !assessor) {
        m_error = catalogue.error() + areas.error() + assessor.error();
        return;
    }
    m_catalogue = std::move(catalogue).value();
    m_areas = std::move(areas).value();
    m_assessor = std::move(assessor).value();
    m_matcher = std::make_unique<Matcher>(*m_catalogue);

    if (!m_database.open(QStringLiteral(":memory:"))) {
        m_error = m_database.errorString();
        return;
    }
    m_households = std::make_unique<HouseholdRepository>(m_database);
    m_assessments = std::make_unique<AssessmentRepository>(m_database);
    m_plans = std::make_unique<PlanRepository>(m_database);
    m_visits = std::make_unique<VisitRepository>(m_database);
    m_decisions = std::make_unique<DecisionRepository>(m_database);
    m_workflow = std::make_unique<CaseWorkflow>(*m_households, *m_assessments, *m_plans,
                                                *m_catalogue, *m_assessor, *m_matcher, *m_areas);
    m_workflow->setDecisionLog(m_decisions.get());
}

TestServices::~TestServices() = default;

AppServices TestServices::services()
{
    return {m_database,  *m_households, *m_assessments, *m_plans,    *m_visits,
            *m_workflow, *m_catalogue,  *m_areas,       *m_decisions};
}

Household sampleHousehold(const QString &name, const QString &idNumber, const QString &address)
{
    Household household;
    household.district = QStringLiteral("310105");
    household.street = QStringLiteral("310105102");
    household.address = address;
    Member head;
    head.name = name;
    head.idNumber = idNumber;
    head.relation = QStringLiteral("head");
    head.hukou = QStringLiteral("shanghai");
    household.members << head;
    return household;
}

} // namespace Jiuzhu::Testing
