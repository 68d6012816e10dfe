// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every row of the worked-examples table in shared/reference/policy-facts.md, one named
// scenario each, run through the bundled catalogue and the real matcher. The scenarios are
// data in data/worked-examples.json; a new example is a new entry there, not new code.
#include <QJsonArray>
#include <QTest>

#include "catalogue/catalogue.h"
#include "households/householdjson.h"
#include "matching/matcher.h"
#include "rules/eligibility.h"
#include "testsupport.h"

using namespace Jiuzhu;

class TestWorkedExamples : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesWorkedExample_data();
    void matchesWorkedExample();

private:
    std::optional<Catalogue> m_catalogue;
};

void TestWorkedExamples::initTestCase()
{
    Result<Catalogue> catalogue = Catalogue::loadBundled();
    QVERIFY2(catalogue, qPrintable(catalogue.error()));
    m_catalogue = std::move(catalogue).value();
}

void TestWorkedExamples::matchesWorkedExample_data()
{
    QTest::addColumn<QJsonObject>("scenario");
    const QString path = QFINDTESTDATA("data/worked-examples.json");
    QVERIFY(!path.isEmpty());
    const QJsonArray rows = JiuzhuTest::readJson(path).array();
    QVERIFY(rows.size() >= 12);
    for (const QJsonValue &row : rows) {
        const QJsonObject object = row.toObject();
        const QString name = object.value(QStringLiteral("id")).toString() + QStringLiteral(": ") +
                             object.value(QStringLiteral("scenario")).toString();
        QTest::newRow(qPrintable(name)) << object;
    }
}

void TestWorkedExamples::matchesWorkedExample()
{
    QFETCH(QJsonObject, scenario);
    const QJsonObject expect = scenario.value(QStringLiteral("expect")).toObject();
    const QDate asOf =
        QDate::fromString(scenario.value(QStringLiteral("asOf")).toString(), Qt::ISODate);

    if (scenario.contains(QStringLiteral("parameter"))) {
        const Parameter *parameter =
            m_catalogue->parameter(scenario.value(QStringLiteral("parameter")).toString());
        QVERIFY(parameter);
        const ParameterValue *value = parameter->valueOn(asOf);
        QVERIFY(value);
        QCOMPARE(value->value, expect.value(QStringLiteral("value")).toDouble());
        return;
    }

    const Policy *policy = m_catalogue->policy(scenario.value(QStringLiteral("policy")).toString());
    QVERIFY(policy);
    if (scenario.value(QStringLiteral("formulaOnly")).toBool()) {
        const Result<JsonLogic::CompiledRule> formula =
            JsonLogic::CompiledRule::compile(policy->amountFormula);
        QVERIFY(formula);
        bool unknown = true;
        const QJsonValue amount = JsonLogic::evaluateAmount(
            *formula, scenario.value(QStringLiteral("facts")).toObject(), &unknown);
        QVERIFY(!unknown);
        QCOMPARE(amount.toDouble(), expect.value(QStringLiteral("amountFen")).toDouble());
        return;
    }

    FieldErrors errors;
    const Household household =
        HouseholdJson::fromJson(scenario.value(QStringLiteral("household")).toObject(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    const Matcher matcher(*m_catalogue);
    QVERIFY2(matcher.compileErrors().isEmpty(),
             qPrintable(matcher.compileErrors().join(QLatin1Char('\n'))));
    const MatchResult result = matcher.match(household, asOf);
    const PolicyMatch *match = result.policy(policy->code);
    QVERIFY(match);
    QCOMPARE(matchStatusCode(match->status), expect.value(QStringLiteral("status")).toString());
    if (expect.contains(QStringLiteral("amountFen"))) {
        QVERIFY(match->amountFen);
        QCOMPARE(double(*match->amountFen), expect.value(QStringLiteral("amountFen")).toDouble());
    }
}

QTEST_GUILESS_MAIN(TestWorkedExamples)
#include "testworkedexamples.moc"
