// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QTest>

#include "assessment/assessor.h"
#include "catalogue/catalogue.h"
#include "households/areas.h"
#include "matching/decision.h"
#include "matching/matcher.h"
#include "storage/assessmentrepository.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/householdrepository.h"
#include "storage/planrepository.h"
#include "testsupport.h"
#include "workflow/caseworkflow.h"

using namespace Jiuzhu;

// Decision records: every match shown or printed is kept with its inputs, is not duplicated
// when shown again, and goes stale with a list of changed facts when the household or the
// catalogue changes.
class TestDecisions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recordsEveryPolicyOnceWithItsInputs();
    void printingIsRecordedSeparately();
    void goesStaleWhenHouseholdChanges();
    void goesStaleWhenCatalogueChanges();
    void recordsNothingWithoutPurpose();

private:
    std::optional<Catalogue> m_catalogue;
    std::optional<Areas> m_areas;
    std::optional<Assessor> m_assessor;
    std::unique_ptr<Matcher> m_matcher;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HouseholdRepository> m_households;
    std::unique_ptr<AssessmentRepository> m_assessments;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<DecisionRepository> m_decisions;
    std::unique_ptr<CaseWorkflow> m_workflow;
    Household m_household;
};

namespace {
const QDate Today(2026, 12, 4);
}

void TestDecisions::initTestCase()
{
    m_catalogue = Catalogue::loadBundled().value();
    m_areas = Areas::loadBundled().value();
    m_assessor = Assessor::loadBundled().value();
    m_matcher = std::make_unique<Matcher>(*m_catalogue);
}

void TestDecisions::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(QStringLiteral(":memory:")));
    m_households = std::make_unique<HouseholdRepository>(*m_db);
    m_assessments = std::make_unique<AssessmentRepository>(*m_db);
    m_plans = std::make_unique<PlanRepository>(*m_db);
    m_decisions = std::make_unique<DecisionRepository>(*m_db);
    m_workflow = std::make_unique<CaseWorkflow>(*m_households, *m_assessments, *m_plans,
                                                *m_catalogue, *m_assessor, *m_matcher, *m_areas);
    m_workflow->setDecisionLog(m_decisions.get());
    m_household = JiuzhuTest::loadExample(QStringLiteral("family-unemployed-parent"));
    QVERIFY(m_households->save(m_household, Today));
}

void TestDecisions::cleanup()
{
    m_workflow.reset();
    m_decisions.reset();
    m_plans.reset();
    m_assessments.reset();
    m_households.reset();
    m_db.reset();
}

void TestDecisions::recordsEveryPolicyOnceWithItsInputs()
{
    QVERIFY(m_workflow->match(m_household.sync.uuid, Today));
    const QList<Decision> first = m_decisions->forHousehold(m_household.sync.uuid);
    QCOMPARE(first.size(), m_catalogue->policies().size());

    QVERIFY(m_workflow->match(m_household.sync.uuid, Today));
    QCOMPARE(m_decisions->forHousehold(m_household.sync.uuid).size(), first.size());

    const auto dibao = std::find_if(first.cbegin(), first.cend(), [](const Decision &d) {
        return d.policyCode == QLatin1String("dibao");
    });
    QVERIFY(dibao != first.cend());
    QCOMPARE(dibao->status, QStringLiteral("eligible"));
    QCOMPARE(*dibao->amountFen, qint64(267000));
    QCOMPARE(dibao->catalogueVersion, m_catalogue->version());
    QCOMPARE(dibao->householdVersion, 1);
    QCOMPARE(dibao->rule, m_catalogue->policy(QStringLiteral("dibao"))->eligibility);
    const QJsonObject household = dibao->inputs.value(QStringLiteral("household")).toObject();
    QCOMPARE(household.value(QStringLiteral("income_monthly")).toDouble(), 240000.0);
    QCOMPARE(dibao->inputs.value(QStringLiteral("param"))
                 .toObject()
                 .value(QStringLiteral("dibao_standard"))
                 .toDouble(),
             169000.0);
    QVERIFY(!m_workflow->reviewDecisions(m_household.sync.uuid)->first().isStale);
}

void TestDecisions::printingIsRecordedSeparately()
{
    QVERIFY(m_workflow->draftPlan(m_household.sync.uuid, Today));
    QVERIFY(m_workflow->planReport(m_household.sync.uuid, Today, QString()));
    const QList<Decision> all = m_decisions->forHousehold(m_household.sync.uuid);
    QVERIFY(std::all_of(all.cbegin(), all.cend(),
                        [](const Decision &d) { return d.purpose == QLatin1String("printed"); }));
    QCOMPARE(all.size(), m_catalogue->policies().size());
}

void TestDecisions::goesStaleWhenHouseholdChanges()
{
    QVERIFY(m_workflow->match(m_household.sync.uuid, Today));
    m_household.members[0].employment = QStringLiteral("employed");
    m_household.members[0].incomes = {{QStringLiteral("wage"), 520000}};
    QVERIFY(m_households->save(m_household, Today));

    const QList<DecisionReview> reviews = *m_workflow->reviewDecisions(m_household.sync.uuid);
    const auto dibao = std::find_if(reviews.cbegin(), reviews.cend(), [](const DecisionReview &r) {
        return r.decision.policyCode == QLatin1String("dibao");
    });
    QVERIFY(dibao != reviews.cend());
    QVERIFY(dibao->isStale);
    QVERIFY(!dibao->reasons.isEmpty());
    QStringList paths;
    for (const DecisionChange &change : dibao->changes) {
        paths << change.path;
        if (change.path == QLatin1String("household.income_monthly")) {
            QCOMPARE(change.before.toDouble(), 240000.0);
            QCOMPARE(change.after.toDouble(), 760000.0);
        }
    }
    QVERIFY2(paths.contains(QStringLiteral("household.income_monthly")),
             qPrintable(paths.join(QLatin1Char(' '))));

    // Showing it again records a fresh decision that is current.
    QVERIFY(m_workflow->match(m_household.sync.uuid, Today));
    const QList<DecisionReview> again = *m_workflow->reviewDecisions(m_household.sync.uuid);
    QVERIFY(std::none_of(again.cbegin(), again.cend(),
                         [](const DecisionReview &r) { return r.isStale; }));
}

void TestDecisions::goesStaleWhenCatalogueChanges()
{
    QVERIFY(m_workflow->match(m_household.sync.uuid, Today));
    Decision decision = m_decisions->latestForHousehold(m_household.sync.uuid).first();
    decision.catalogueVersion = QStringLiteral("2025.1");
    decision.rule = QJsonValue(true);
    const DecisionReview review = DecisionLog::review(decision, m_household, *m_catalogue);
    QVERIFY(review.isStale);
    QCOMPARE(review.reasons.size(), 2);
    QVERIFY(review.changes.isEmpty());
}

void TestDecisions::recordsNothingWithoutPurpose()
{
    QVERIFY(m_workflow->match(m_household.sync.uuid, Today, QString()));
    QVERIFY(m_decisions->forHousehold(m_household.sync.uuid).isEmpty());
}

QTEST_GUILESS_MAIN(TestDecisions)
#include "testdecisions.moc"
