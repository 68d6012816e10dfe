// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>

#include "assessment/assessment.h"
#include "core/result.h"
#include "documents/planreport.h"
#include "matching/matchresult.h"
#include "plans/plan.h"

namespace Jiuzhu {

class Areas;
class Assessor;
class AssessmentRepository;
class Catalogue;
class HouseholdRepository;
class Matcher;
class PlanRepository;

// The advisor's main flow over the store, shared by the window and the command line: assess a
// household and keep the result, match it against the catalogue, draft its plan from the
// matches, and gather everything the printed plan shows. It owns nothing; the services are
// created at start-up and handed in.
class DecisionRepository;
struct Household;
struct DecisionReview;

class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)

public:
    CaseWorkflow(HouseholdRepository &households, AssessmentRepository &assessments,
                 PlanRepository &plans, const Catalogue &catalogue, const Assessor &assessor,
                 const Matcher &matcher, const Areas &areas);

    Result<Assessment> assess(const QString &householdUuid, const QDate &asOf,
                              const QString &assessedBy = QString());
    // With a decision log set, the result is recorded as a decision with the given purpose
    // ("shown", "printed", "exported"); an empty purpose records nothing.
    Result<MatchResult> match(const QString &householdUuid, const QDate &asOf,
                              const QString &purpose = QStringLiteral("shown")) const;
    void setDecisionLog(DecisionRepository *decisions) { m_decisions = decisions; }
    // The latest decision per policy and purpose, held against today's household and
    // catalogue: which went stale and what changed.
    Result<QList<DecisionReview>> reviewDecisions(const QString &householdUuid) const;
    // Assesses first when the household has no assessment yet. The advisor, when given, becomes
    // the plan's advisor (printed as the family's contact) and the owner of the new actions.
    Result<Plan> draftPlan(const QString &householdUuid, const QDate &today,
                           const QString &advisor = QString(),
                           const QString &advisorPhone = QString());
    Result<PlanReport> planReport(const QString &householdUuid, const QDate &today,
                                  const QString &stationName) const;

    const Catalogue &catalogue() const { return m_catalogue; }
    const Areas &areas() const { return m_areas; }

private:
    // match() for a household already loaded, so callers that have it do not read it twice.
    Result<MatchResult> matchLoaded(const Household &household, const QDate &asOf,
                                    const QString &purpose) const;

    HouseholdRepository &m_households;
    AssessmentRepository &m_assessments;
    PlanRepository &m_plans;
    const Catalogue &m_catalogue;
    const Assessor &m_assessor;
    const Matcher &m_matcher;
    const Areas &m_areas;
    DecisionRepository *m_decisions = nullptr;
};

} // namespace Jiuzhu
