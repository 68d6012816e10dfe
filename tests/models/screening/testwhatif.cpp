// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "catalogue/catalogue.h"
#include "households/areas.h"
#include "screening/caseloadgenerator.h"
#include "screening/facttable.h"
#include "screening/screening.h"
#include "screening/whatif.h"

using namespace Jiuzhu;

class TestWhatIf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void raisingDibaoStandardAddsEligibleHouseholdsAndCost();
    void loweringDibaoStandardRemovesEligibleHouseholds();
    void unchangedParametersChangeNothing();
    void parsesOverrides_data();
    void parsesOverrides();

private:
    std::optional<Catalogue> m_catalogue;
    std::optional<FactTable> m_table;
};

namespace {
const QDate AsOf(2026, 12, 4);
const QString Dibao = QStringLiteral("dibao");
const QString Standard = QStringLiteral("dibao_standard");
} // namespace

void TestWhatIf::initTestCase()
{
    Result<Catalogue> catalogue = Catalogue::loadBundled();
    QVERIFY2(catalogue, qPrintable(catalogue.error()));
    m_catalogue = std::move(catalogue).value();
    Result<Areas> areas = Areas::loadBundled();
    QVERIFY(areas);
    CaseloadOptions options;
    options.households = 3000;
    options.seed = 17;
    options.referenceDate = QDate(2026, 6, 1);
    m_table = FactTable::build(CaseloadGenerator(areas.value()).generate(options), AsOf);
}

void TestWhatIf::raisingDibaoStandardAddsEligibleHouseholdsAndCost()
{
    const Screening baseline(*m_catalogue, AsOf);
    const double standard = baseline.parameters().value(Standard);
    const Screening raised(*m_catalogue, AsOf, {{Standard, standard * 1.05}});
    const ScreeningResult before = baseline.run(*m_table, 2);
    const ScreeningResult after = raised.run(*m_table, 2);

    const QList<PolicyChange> changes = WhatIf::compare(baseline, before, after);
    QCOMPARE(changes.size(), baseline.policyCount());
    const PolicyChange &dibao = changes.at(baseline.policyIndex(Dibao));
    QVERIFY(!dibao.becomeEligible.isEmpty());
    QVERIFY(dibao.stopEligible.isEmpty());
    QVERIFY(dibao.monthlyCostChangeFen() > 0);
    for (int household : dibao.becomeEligible) {
        QVERIFY(before.status(household, baseline.policyIndex(Dibao)) != MatchStatus::Eligible);
        QCOMPARE(after.status(household, baseline.policyIndex(Dibao)), MatchStatus::Eligible);
    }
}

void TestWhatIf::loweringDibaoStandardRemovesEligibleHouseholds()
{
    const Screening baseline(*m_catalogue, AsOf);
    const double standard = baseline.parameters().value(Standard);
    const Screening lowered(*m_catalogue, AsOf, {{Standard, standard * 0.9}});
    const QList<PolicyChange> changes =
        WhatIf::compare(baseline, baseline.run(*m_table), lowered.run(*m_table));
    const PolicyChange &dibao = changes.at(baseline.policyIndex(Dibao));
    QVERIFY(dibao.becomeEligible.isEmpty());
    QVERIFY(!dibao.stopEligible.isEmpty());
    QVERIFY(dibao.monthlyCostChangeFen() < 0);
}

void TestWhatIf::unchangedParametersChangeNothing()
{
    const Screening baseline(*m_catalogue, AsOf);
    const Screening same(*m_catalogue, AsOf, baseline.parameters());
    const QList<PolicyChange> changes =
        WhatIf::compare(baseline, baseline.run(*m_table), same.run(*m_table));
    for (const PolicyChange &change : changes)
        QVERIFY2(change.isEmpty(), qPrintable(change.policyCode));
}

void TestWhatIf::parsesOverrides_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isValid");
    QTest::addColumn<double>("factor"); // of the current value, or the absolute value if < 0
    QTest::newRow("absolute value in fen")
        << QStringLiteral("dibao_standard=180000") << true << -180000.0;
    QTest::newRow("raise by five percent") << QStringLiteral("dibao_standard=+5%") << true << 1.05;
    QTest::newRow("lower by two and a half percent")
        << QStringLiteral("dibao_standard=-2.5%") << true << 0.975;
    QTest::newRow("missing equals sign") << QStringLiteral("dibao_standard") << false << 0.0;
    QTest::newRow("text value") << QStringLiteral("dibao_standard=high") << false << 0.0;
    QTest::newRow("percent of a parameter without a value")
        << QStringLiteral("no_such_parameter=+5%") << false << 0.0;
}

void TestWhatIf::parsesOverrides()
{
    QFETCH(QString, text);
    QFETCH(bool, isValid);
    QFETCH(double, factor);

    const Screening baseline(*m_catalogue, AsOf);
    QString name;
    double value = 0;
    QString error;
    QCOMPARE(WhatIf::parseOverride(text, baseline, &name, &value, &error), isValid);
    if (!isValid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(name, Standard);
    const double expected = factor < 0 ? -factor : baseline.parameters().value(Standard) * factor;
    QVERIFY(qFuzzyCompare(value, expected));
}

QTEST_GUILESS_MAIN(TestWhatIf)
#include "testwhatif.moc"
