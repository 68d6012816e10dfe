// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "catalogue/catalogue.h"
#include "households/areas.h"
#include "screening/caseloadgenerator.h"
#include "screening/coveragegaps.h"
#include "screening/facttable.h"
#include "screening/screening.h"

using namespace Jiuzhu;

Q_DECLARE_METATYPE(CoverageGaps::Order)

class TestCoverageGaps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEligibleAndPossiblyEligibleNotReceiving();
    void sortsGaps_data();
    void sortsGaps();
    void spreadsYearlyAmountsOverTwelveMonths();

private:
    std::optional<Catalogue> m_catalogue;
    std::optional<FactTable> m_table;
    std::unique_ptr<Screening> m_screening;
    ScreeningResult m_result;
};

namespace {
const QDate AsOf(2026, 12, 4);
}

void TestCoverageGaps::initTestCase()
{
    Result<Catalogue> catalogue = Catalogue::loadBundled();
    QVERIFY2(catalogue, qPrintable(catalogue.error()));
    m_catalogue = std::move(catalogue).value();
    Result<Areas> areas = Areas::loadBundled();
    QVERIFY(areas);

    CaseloadOptions options;
    options.households = 1500;
    options.seed = 99;
    options.referenceDate = QDate(2026, 6, 1);
    const QList<Household> households = CaseloadGenerator(areas.value()).generate(options);
    m_table = FactTable::build(households, AsOf);
    QHash<QString, int> levels;
    for (int i = 0; i < households.size(); ++i)
        levels.insert(households.at(i).sync.uuid, i % 5);
    m_table->setLevels(levels);
    m_screening = std::make_unique<Screening>(*m_catalogue, AsOf);
    m_result = m_screening->run(*m_table, 2);
}

void TestCoverageGaps::listsEligibleAndPossiblyEligibleNotReceiving()
{
    const QList<CoverageGap> gaps = CoverageGaps::find(*m_screening, m_result, *m_table);
    int expected = 0;
    for (int h = 0; h < m_result.householdCount(); ++h) {
        for (int p = 0; p < m_result.policyCount(); ++p) {
            const MatchStatus status = m_result.status(h, p);
            expected +=
                status == MatchStatus::Eligible || status == MatchStatus::PossiblyEligible ? 1 : 0;
        }
    }
    QCOMPARE(gaps.size(), expected);
    QVERIFY(gaps.size() > 100);
    for (const CoverageGap &gap : gaps) {
        QVERIFY(gap.status == MatchStatus::Eligible || gap.status == MatchStatus::PossiblyEligible);
        QCOMPARE(gap.amountFen, m_result.amountFen(gap.household, gap.policy));
        QCOMPARE(gap.level, m_table->level(gap.household));
        QCOMPARE(gap.street, m_table->street(gap.household));
        if (gap.status == MatchStatus::PossiblyEligible)
            QVERIFY(gap.missingMask != 0);
    }
}

void TestCoverageGaps::sortsGaps_data()
{
    QTest::addColumn<CoverageGaps::Order>("order");
    QTest::newRow("largest monthly amount first") << CoverageGaps::Order::Amount;
    QTest::newRow("most severe hardship first") << CoverageGaps::Order::Level;
    QTest::newRow("by street, then amount") << CoverageGaps::Order::Street;
}

void TestCoverageGaps::sortsGaps()
{
    QFETCH(CoverageGaps::Order, order);
    const QList<CoverageGap> gaps = CoverageGaps::find(*m_screening, m_result, *m_table, order);
    for (int i = 1; i < gaps.size(); ++i) {
        const CoverageGap &a = gaps.at(i - 1);
        const CoverageGap &b = gaps.at(i);
        switch (order) {
        case CoverageGaps::Order::Amount:
            QVERIFY(a.monthlyFen >= b.monthlyFen);
            break;
        case CoverageGaps::Order::Level:
            QVERIFY(a.level > b.level || (a.level == b.level && a.monthlyFen >= b.monthlyFen));
            break;
        case CoverageGaps::Order::Street:
            QVERIFY(a.street < b.street || (a.street == b.street && a.monthlyFen >= b.monthlyFen));
            break;
        }
    }
}

void TestCoverageGaps::spreadsYearlyAmountsOverTwelveMonths()
{
    QCOMPARE(CoverageGaps::monthlyEquivalentFen(120000, QStringLiteral("month")), 120000);
    QCOMPARE(CoverageGaps::monthlyEquivalentFen(120000, QStringLiteral("year")), 10000);
    QCOMPARE(CoverageGaps::monthlyEquivalentFen(120000, QStringLiteral("once")), 10000);
    QCOMPARE(CoverageGaps::monthlyEquivalentFen(120000, QStringLiteral("none")), 0);
}

QTEST_GUILESS_MAIN(TestCoverageGaps)
#include "testcoveragegaps.moc"
