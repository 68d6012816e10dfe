// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QString>

#include "assessment/assessor.h"
#include "catalogue/catalogue.h"
#include "households/areas.h"
#include "households/household.h"
#include "mainwindow/appservices.h"
#include "matching/matcher.h"
#include "storage/assessmentrepository.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/householdrepository.h"
#include "storage/planrepository.h"
#include "storage/visitrepository.h"
#include "workflow/caseworkflow.h"

namespace Jiuzhu::Testing {

// The services of app/jiuzhu/main.cpp over a private :memory: store, for widget tests.
class TestServices
{
public:
    TestServices();
    ~TestServices();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    AppServices services();
    HouseholdRepository &households() { return *m_households; }
    Database &database() { return m_database; }

private:
    QString m_error;
    std::optional<Catalogue> m_catalogue;
    std::optional<Areas> m_areas;
    std::optional<Assessor> m_assessor;
    std::unique_ptr<Matcher> m_matcher;
    Database m_database;
    std::unique_ptr<HouseholdRepository> m_households;
    std::unique_ptr<AssessmentRepository> m_assessments;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<VisitRepository> m_visits;
    std::unique_ptr<DecisionRepository> m_decisions;
    std::unique_ptr<CaseWorkflow> m_workflow;
};

// A one-member household in 长宁区 for tests that need one already in the store.
Household sampleHousehold(const QString &name, const QString &idNumber, const QString &address);

} // namespace Jiuzhu::Testing
