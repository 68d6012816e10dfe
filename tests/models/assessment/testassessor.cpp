// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "assessment/assessor.h"
#include "catalogue/catalogue.h"
#include "testsupport.h"

using namespace Jiuzhu;

class TestAssessor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gradesExamples_data();
    void gradesExamples();
    void youngWomanComesOutHighestWithHerFactors();
    void scoreIsTheSumOfWeightedDimensions();
    void comparesReassessment();
    void refusesModelWhoseWeightsDoNotAddUp();
    void roundTripsThroughJson();

private:
    Assessment assessExample(const QString &name) const;

    std::optional<Catalogue> m_catalogue;
    std::optional<Assessor> m_assessor;
};

namespace {
const QDate AsOf(2026, 12, 4);
}

void TestAssessor::initTestCase()
{
    Result<Catalogue> catalogue = Catalogue::loadBundled();
    QVERIFY(catalogue);
    m_catalogue = std::move(catalogue).value();
    Result<Assessor> assessor = Assessor::loadBundled();
    QVERIFY2(assessor, qPrintable(assessor.error()));
    m_assessor = std::move(assessor).value();
}

Assessment TestAssessor::assessExample(const QString &name) const
{
    return m_assessor->assess(JiuzhuTest::loadExample(name), *m_catalogue, AsOf);
}

void TestAssessor::gradesExamples_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<int>("level");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("young woman with tumour living alone")
        << QStringLiteral("xinjing-young-woman") << 4
        << QStringList{QStringLiteral("lives_alone"), QStringLiteral("illness_poverty_risk"),
                       QStringLiteral("employment_difficulty"), QStringLiteral("mental_health"),
                       QStringLiteral("dibao_family")};
    QTest::newRow("elderly couple over 80 with a disability")
        << QStringLiteral("elderly-couple-disability") << 3
        << QStringList{QStringLiteral("severe_disability"), QStringLiteral("very_old"),
                       QStringLiteral("elderly_only")};
    QTest::newRow("family with a child and an unemployed parent")
        << QStringLiteral("family-unemployed-parent") << 3
        << QStringList{QStringLiteral("employment_difficulty"), QStringLiteral("has_children")};
}

void TestAssessor::gradesExamples()
{
    QFETCH(QString, example);
    QFETCH(int, level);
    QFETCH(QStringList, tags);
    const Assessment a = assessExample(example);
    QCOMPARE(a.level, level);
    for (const QString &tag : std::as_const(tags)) {
        QVERIFY2(a.tags.contains(tag), qPrintable(a.tags.join(QLatin1Char(' '))));
    }
}

void TestAssessor::youngWomanComesOutHighestWithHerFactors()
{
    const Assessment a = assessExample(QStringLiteral("xinjing-young-woman"));
    QCOMPARE(a.level, 4);
    QCOMPARE(a.levelLabel.zh, QStringLiteral("特别困难"));
    QVERIFY(a.score >= 65);
    QHash<QString, double> values;
    for (const DimensionScore &d : a.dimensions) {
        values.insert(d.code, d.value);
        if (d.value > 0) {
            QVERIFY2(!d.factors.isEmpty(), qPrintable(d.code));
        }
    }
    QCOMPARE(values.value(QStringLiteral("health")), 1.0);
    QVERIFY(values.value(QStringLiteral("income")) >= 0.9);
    QVERIFY(values.value(QStringLiteral("isolation")) >= 0.9);
    QCOMPARE(values.value(QStringLiteral("employment")), 1.0);
    QCOMPARE(values.value(QStringLiteral("disability")), 0.0);
}

void TestAssessor::scoreIsTheSumOfWeightedDimensions()
{
    const Assessment a = assessExample(QStringLiteral("family-unemployed-parent"));
    double sum = 0;
    double weights = 0;
    for (const DimensionScore &d : a.dimensions) {
        sum += d.points();
        weights += d.weight;
    }
    QCOMPARE(weights, 100.0);
    QCOMPARE(a.score, qRound(sum * 10) / 10.0);
}

void TestAssessor::comparesReassessment()
{
    Household h = JiuzhuTest::loadExample(QStringLiteral("family-unemployed-parent"));
    const Assessment before = m_assessor->assess(h, *m_catalogue, AsOf);
    h.members[0].employment = QStringLiteral("employed");
    h.members[0].incomes = {{QStringLiteral("wage"), 650000}};
    const Assessment after = m_assessor->assess(h, *m_catalogue, AsOf);
    QVERIFY(after.score < before.score);
    const QList<AssessmentChange> changes = compare(before, after);
    for (const AssessmentChange &change : changes) {
        if (change.dimension == QLatin1String("employment") ||
            change.dimension == QLatin1String("income")) {
            QVERIFY2(change.pointsAfter < change.pointsBefore, qPrintable(change.dimension));
        }
    }
}

void TestAssessor::refusesModelWhoseWeightsDoNotAddUp()
{
    const QByteArray model = R"({"version":"x","dimensions":[{"code":"income","weight":50}],
        "levels":[{"level":1,"minScore":0}]})";
    QVERIFY(!Assessor::fromJson(model));
    QVERIFY(!Assessor::fromJson("not json"));
}

void TestAssessor::roundTripsThroughJson()
{
    const Assessment a = assessExample(QStringLiteral("elderly-couple-disability"));
    const Assessment again = Assessment::fromJson(a.toJson());
    QCOMPARE(again.toJson(), a.toJson());
}

QTEST_GUILESS_MAIN(TestAssessor)
#include "testassessor.moc"
