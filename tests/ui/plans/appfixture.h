// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include "assessment/assessor.h"
#include "catalogue/catalogue.h"
#include "households/areas.h"
#include "mainwindow/appservices.h"
#include "matching/matcher.h"
#include "storage/assessmentrepository.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/householdrepository.h"
#include "storage/planrepository.h"
#include "storage/visitrepository.h"
#include "testsupport.h"
#include "workflow/caseworkflow.h"

// The services the pages get from app/, wired the same way over a fresh :memory: store, for
// GUI tests of the plans, visits and policies pages. One fixture per test function.
class AppFixture
{
public:
    AppFixture()
        : m_catalogue(Jiuzhu::Catalogue::loadBundled())
        , m_areas(Jiuzhu::Areas::loadBundled())
        , m_assessor(Jiuzhu::Assessor::loadBundled())
        , m_database(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        if (!m_catalogue || !m_areas || !m_assessor) {
            m_error = !m_catalogue ? m_catalogue.error()
                                   : (!m_areas ? m_areas.error() : m_assessor.error());
            return;
        }
        if (!m_database.open(QStringLiteral(":memory:"))) {
            m_error = m_database.errorString();
            return;
        }
        m_matcher = std::make_unique<Jiuzhu::Matcher>(m_catalogue.value());
        m_households = std::make_unique<Jiuzhu::HouseholdRepository>(m_database);
        m_assessments = std::make_unique<Jiuzhu::AssessmentRepository>(m_database);
        m_plans = std::make_unique<Jiuzhu::PlanRepository>(m_database);
        m_visits = std::make_unique<Jiuzhu::VisitRepository>(m_database);
        m_decisions = std::make_unique<Jiuzhu::DecisionRepository>(m_database);
        m_workflow = std::make_unique<Jiuzhu::CaseWorkflow>(*m_households, *m_assessments, *m_plans,
                                                            m_catalogue.value(), m_assessor.value(),
                                                            *m_matcher, m_areas.value());
        m_workflow->setDecisionLog(m_decisions.get());
    }

    bool isReady() const { return m_workflow != nullptr; }
    QString errorString() const { return m_error; }

    Jiuzhu::AppServices services()
    {
        return {m_database,  *m_households,       *m_assessments,  *m_plans,    *m_visits,
                *m_workflow, m_catalogue.value(), m_areas.value(), *m_decisions};
    }

    // Records an example household from examples/households/<name>.json; its uuid.
    QString addExample(const QString &name)
    {
        Jiuzhu::Household household = JiuzhuTest::loadExample(name);
        if (!m_households->save(household)) {
            qWarning("example %s not saved: %s", qPrintable(name),
                     qPrintable(m_households->errorString()));
            return {};
        }
        return household.sync.uuid;
    }

    Jiuzhu::Database &database() { return m_database; }
    Jiuzhu::HouseholdRepository &households() { return *m_households; }
    Jiuzhu::PlanRepository &plans() { return *m_plans; }
    Jiuzhu::VisitRepository &visits() { return *m_visits; }
    Jiuzhu::DecisionRepository &decisions() { return *m_decisions; }
    const Jiuzhu::Catalogue &catalogue() const { return m_catalogue.value(); }

private:
    Jiuzhu::Result<Jiuzhu::Catalogue> m_catalogue;
    Jiuzhu::Result<Jiuzhu::Areas> m_areas;
    Jiuzhu::Result<Jiuzhu::Assessor> m_assessor;
    Jiuzhu::Database m_database;
    std::unique_ptr<Jiuzhu::Matcher> m_matcher;
    std::unique_ptr<Jiuzhu::HouseholdRepository> m_households;
    std::unique_ptr<Jiuzhu::AssessmentRepository> m_assessments;
    std::unique_ptr<Jiuzhu::PlanRepository> m_plans;
    std::unique_ptr<Jiuzhu::VisitRepository> m_visits;
    std::unique_ptr<Jiuzhu::DecisionRepository> m_decisions;
    std::unique_ptr<Jiuzhu::CaseWorkflow> m_workflow;
    QString m_error;
};

// Runs handle(dialog) once a modal dialog is up. Set it before the click that opens the
// dialog: exec() does not return to the test until handle() has closed it. Polls the event
// loop rather than sleeping, and gives up (leaving the dialog to the test's timeout) after
// about ten seconds.
template <typename Handler>
void whenModal(QObject *context, Handler handle)
{
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, context, [timer, tries, handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal && ++*tries < 1000) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        if (modal) {
            handle(modal);
        }
    });
    timer->start();
}
