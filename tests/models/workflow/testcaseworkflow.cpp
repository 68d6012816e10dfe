// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "assessment/assessor.h"
#include "catalogue/catalogue.h"
#include "households/areas.h"
#include "matching/matcher.h"
#include "storage/assessmentrepository.h"
#include "storage/database.h"
#include "storage/householdrepository.h"
#include "storage/planrepository.h"
#include "storage/visitrepository.h"
#include "testsupport.h"
#include "workflow/caseworkflow.h"

using namespace Jiuzhu;

// The main flow over a real store: assess, match, draft the plan, edit it, keep versions, log
// visits and gather the printed plan.
class TestCaseWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keepsAssessmentHistory();
    void draftsApplicationsFromMatches();
    void redraftingKeepsExistingActions();
    void keepsEveryPlanVersion();
    void gathersPrintedPlanWithMaskedIds();
    void groupsVisitsByShanghaiDay();
    void listsOverdueFollowUps();
    void refusesVisitWithBadKind();

private:
    QString addExample(const QString &name);

    std::optional<Catalogue> m_catalogue;
    std::optional<Areas> m_areas;
    std::optional<Assessor> m_assessor;
    std::unique_ptr<Matcher> m_matcher;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HouseholdRepository> m_households;
    std::unique_ptr<AssessmentRepository> m_assessments;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<VisitRepository> m_visits;
    std::unique_ptr<CaseWorkflow> m_workflow;
};

namespace {
const QDate Today(2026, 12, 4);
}

void TestCaseWorkflow::initTestCase()
{
    // The printed plan follows the default locale; advisors print in Chinese.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    m_catalogue = Catalogue::loadBundled().value();
    m_areas = Areas::loadBundled().value();
    m_assessor = Assessor::loadBundled().value();
    m_matcher = std::make_unique<Matcher>(*m_catalogue);
}

void TestCaseWorkflow::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(QStringLiteral(":memory:")));
    m_households = std::make_unique<HouseholdRepository>(*m_db);
    m_assessments = std::make_unique<AssessmentRepository>(*m_db);
    m_plans = std::make_unique<PlanRepository>(*m_db);
    m_visits = std::make_unique<VisitRepository>(*m_db);
    m_workflow = std::make_unique<CaseWorkflow>(*m_households, *m_assessments, *m_plans,
                                                *m_catalogue, *m_assessor, *m_matcher, *m_areas);
}

void TestCaseWorkflow::cleanup()
{
    m_workflow.reset();
    m_visits.reset();
    m_plans.reset();
    m_assessments.reset();
    m_households.reset();
    m_db.reset();
}

QString TestCaseWorkflow::addExample(const QString &name)
{
    Household household = JiuzhuTest::loadExample(name);
    if (!m_households->save(household, Today)) {
        qWarning("cannot save %s: %s", qPrintable(name), qPrintable(m_households->errorString()));
        return QString();
    }
    return household.sync.uuid;
}

void TestCaseWorkflow::keepsAssessmentHistory()
{
    const QString uuid = addExample(QStringLiteral("xinjing-young-woman"));
    QVERIFY(m_workflow->assess(uuid, Today));
    QVERIFY(m_workflow->assess(uuid, Today.addDays(30)));
    const QList<Assessment> history = m_assessments->history(uuid);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().level, 4);
    QCOMPARE(m_households->list().first().level, 4);
    QVERIFY(!m_workflow->assess(QStringLiteral("missing"), Today));
}

void TestCaseWorkflow::draftsApplicationsFromMatches()
{
    const QString uuid = addExample(QStringLiteral("xinjing-young-woman"));
    const Result<Plan> plan = m_workflow->draftPlan(uuid, Today, QStringLiteral("顾问甲"));
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->sync.version, 1);
    QCOMPARE(plan->stage, QStringLiteral("plan"));
    QVERIFY(plan->hasActionFor(QStringLiteral("medical_assistance")));
    QVERIFY(plan->hasActionFor(QStringLiteral("employment_difficulty")));
    // Already received: no application for it.
    QVERIFY(!plan->hasActionFor(QStringLiteral("dibao")));
    QVERIFY(!plan->hasActionFor(QStringLiteral("elderly_allowance")));
    // Drafting assessed the household first.
    QVERIFY(m_assessments->latest(uuid));
    const std::optional<Plan> stored = m_plans->forHousehold(uuid);
    QVERIFY(stored);
    QCOMPARE(stored->actions.size(), plan->actions.size());
}

void TestCaseWorkflow::redraftingKeepsExistingActions()
{
    const QString uuid = addExample(QStringLiteral("family-unemployed-parent"));
    Plan first = m_workflow->draftPlan(uuid, Today).value();
    first.actions.first().status = QStringLiteral("done");
    first.actions.first().owner = QStringLiteral("顾问乙");
    QVERIFY(m_plans->save(first));

    const Plan second = m_workflow->draftPlan(uuid, Today.addDays(3)).value();
    QCOMPARE(second.actions.size(), first.actions.size());
    QCOMPARE(second.actions.first().status, QStringLiteral("done"));
    QCOMPARE(second.actions.first().owner, QStringLiteral("顾问乙"));
}

void TestCaseWorkflow::keepsEveryPlanVersion()
{
    const QString uuid = addExample(QStringLiteral("elderly-couple-disability"));
    Plan plan = m_workflow->draftPlan(uuid, Today).value();
    const QString firstTitle = plan.actions.first().title;
    plan.actions.first().title = QStringLiteral("上门评估（已改）");
    QVERIFY(m_plans->save(plan));
    QCOMPARE(plan.sync.version, 2);
    plan.actions.removeLast();
    QVERIFY(m_plans->save(plan));
    QCOMPARE(plan.sync.version, 3);

    const QList<PlanVersion> versions = m_plans->versions(plan.sync.uuid);
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.last().version, 1);
    QCOMPARE(versions.last().plan.actions.first().title, firstTitle);
    QCOMPARE(versions.first().plan.actions.size(), plan.actions.size());

    // An action without a title is refused and nothing changes.
    plan.actions.first().title.clear();
    QVERIFY(!m_plans->save(plan));
    QCOMPARE(m_plans->versions(plan.sync.uuid).size(), 3);
}

void TestCaseWorkflow::gathersPrintedPlanWithMaskedIds()
{
    const QString uuid = addExample(QStringLiteral("xinjing-young-woman"));
    QVERIFY(!m_workflow->planReport(uuid, Today, QString()));
    QVERIFY(m_workflow->draftPlan(uuid, Today));
    const Result<PlanReport> report =
        m_workflow->planReport(uuid, Today, QStringLiteral("新泾镇站"));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->members.first().maskedId, QStringLiteral("310105********0027"));
    QCOMPARE(report->level, 4);
    QCOMPARE(report->district, QStringLiteral("长宁区"));
    QCOMPARE(report->street, QStringLiteral("新泾镇"));
    QVERIFY(!report->factors.isEmpty());
    QVERIFY(!report->receivedPolicies.isEmpty());
    QStringList policies;
    for (const PlanReport::PolicyRow &row : report->policies) {
        policies << row.name;
        QVERIFY2(!row.documents.isEmpty(), qPrintable(row.name));
        QVERIFY(!row.channel.isEmpty());
        QVERIFY(!row.reasons.isEmpty());
    }
    QVERIFY2(policies.contains(QStringLiteral("医疗救助")),
             qPrintable(policies.join(QLatin1Char(','))));
    QCOMPARE(report->stationName, QStringLiteral("新泾镇站"));
}

void TestCaseWorkflow::groupsVisitsByShanghaiDay()
{
    const QString uuid = addExample(QStringLiteral("xinjing-young-woman"));
    Visit late;
    late.householdUuid = uuid;
    // 17:30 UTC on 3 December is 01:30 on 4 December in Shanghai.
    late.at = QDateTime(QDate(2026, 12, 3), QTime(17, 30), QTimeZone::utc());
    late.kind = QStringLiteral("phone");
    late.findings = QStringLiteral("夜间失眠，情绪低落");
    QVERIFY2(m_visits->save(late), qPrintable(m_visits->errorString()));

    Visit home;
    home.householdUuid = uuid;
    home.at = QDateTime(QDate(2026, 12, 4), QTime(10, 0), QTimeZone(8 * 3600));
    home.kind = QStringLiteral("home");
    home.participants = QStringLiteral("顾问甲、居委干部");
    home.nextVisit = QDate(2026, 12, 18);
    QVERIFY(m_visits->save(home));

    const QList<Visit> visits = m_visits->forHousehold(uuid);
    QCOMPARE(visits.size(), 2);
    QCOMPARE(visits.at(0).kind, QStringLiteral("home"));
    QCOMPARE(visits.at(0).shanghaiDay(), QDate(2026, 12, 4));
    QCOMPARE(visits.at(1).shanghaiDay(), QDate(2026, 12, 4));
    // The moment keeps the offset it was recorded with.
    QCOMPARE(visits.at(0).at.offsetFromUtc(), 8 * 3600);
    QCOMPARE(visits.at(1).at.toUTC(), late.at);
}

void TestCaseWorkflow::listsOverdueFollowUps()
{
    const QString uuid = addExample(QStringLiteral("elderly-couple-disability"));
    Visit visit;
    visit.householdUuid = uuid;
    visit.at = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone(8 * 3600));
    visit.kind = QStringLiteral("home");
    visit.nextVisit = QDate(2026, 11, 20);
    QVERIFY(m_visits->save(visit));

    const QList<OverdueVisit> overdue = m_visits->overdue(Today);
    QCOMPARE(overdue.size(), 1);
    QCOMPARE(overdue.first().householdUuid, uuid);
    QCOMPARE(overdue.first().daysOverdue, 14);

    Visit followUp = visit;
    followUp.sync = {};
    followUp.at = QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone(8 * 3600));
    followUp.nextVisit = QDate(2027, 1, 5);
    QVERIFY(m_visits->save(followUp));
    QVERIFY(m_visits->overdue(Today).isEmpty());
}

void TestCaseWorkflow::refusesVisitWithBadKind()
{
    const QString uuid = addExample(QStringLiteral("elderly-couple-disability"));
    Visit visit;
    visit.householdUuid = uuid;
    visit.at = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone(8 * 3600));
    visit.kind = QStringLiteral("email");
    QVERIFY(!m_visits->save(visit));
    visit.kind = QStringLiteral("home");
    visit.nextVisit = QDate(2026, 11, 1);
    QVERIFY(!m_visits->save(visit));
    QVERIFY(m_visits->forHousehold(uuid).isEmpty());
}

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "testcaseworkflow.moc"
