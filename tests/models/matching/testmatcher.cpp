// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "catalogue/catalogue.h"
#include "matching/matcher.h"
#include "testsupport.h"

using namespace Jiuzhu;

class TestMatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compilesEveryRule();
    void findsPoliciesForExamples_data();
    void findsPoliciesForExamples();
    void youngWomanReceivesDibaoAndMissesMedicalAndEmploymentHelp();
    void missingFactMakesPossiblyEligibleWithFactToCollect();
    void unconfirmedParameterFlagsAmount();
    void sumsMemberAmounts();

private:
    MatchResult matchExample(const QString &name) const;

    std::optional<Catalogue> m_catalogue;
};

namespace {
const QDate AsOf(2026, 12, 4);
}

void TestMatcher::initTestCase()
{
    Result<Catalogue> catalogue = Catalogue::loadBundled();
    QVERIFY(catalogue);
    m_catalogue = std::move(catalogue).value();
}

MatchResult TestMatcher::matchExample(const QString &name) const
{
    return Matcher(*m_catalogue).match(JiuzhuTest::loadExample(name), AsOf);
}

void TestMatcher::compilesEveryRule()
{
    const Matcher matcher(*m_catalogue);
    QVERIFY2(matcher.compileErrors().isEmpty(),
             qPrintable(matcher.compileErrors().join(QLatin1Char('\n'))));
    QCOMPARE(matcher.match(JiuzhuTest::loadExample(QStringLiteral("xinjing-young-woman")), AsOf)
                 .policies.size(),
             m_catalogue->policies().size());
}

void TestMatcher::findsPoliciesForExamples_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("status");
    QTest::newRow("young woman already receives dibao")
        << QStringLiteral("xinjing-young-woman") << QStringLiteral("dibao")
        << QStringLiteral("receiving");
    QTest::newRow("young woman may get medical assistance")
        << QStringLiteral("xinjing-young-woman") << QStringLiteral("medical_assistance")
        << QStringLiteral("eligible");
    QTest::newRow("young woman may be recognised as having employment difficulty")
        << QStringLiteral("xinjing-young-woman") << QStringLiteral("employment_difficulty")
        << QStringLiteral("eligible");
    QTest::newRow("young woman is not old enough for the old-age allowance")
        << QStringLiteral("xinjing-young-woman") << QStringLiteral("elderly_allowance")
        << QStringLiteral("not_eligible");
    QTest::newRow("couple gets the old-age allowance")
        << QStringLiteral("elderly-couple-disability") << QStringLiteral("elderly_allowance")
        << QStringLiteral("eligible");
    QTest::newRow("husband's severe disability brings the care subsidy")
        << QStringLiteral("elderly-couple-disability") << QStringLiteral("disability_care_subsidy")
        << QStringLiteral("eligible");
    QTest::newRow("couple's pensions are above the dibao line")
        << QStringLiteral("elderly-couple-disability") << QStringLiteral("dibao")
        << QStringLiteral("not_eligible");
    QTest::newRow("family of three is below the dibao line")
        << QStringLiteral("family-unemployed-parent") << QStringLiteral("dibao")
        << QStringLiteral("eligible");
    QTest::newRow("family renting 19 square metres qualifies for low-rent housing")
        << QStringLiteral("family-unemployed-parent") << QStringLiteral("lowrent_housing")
        << QStringLiteral("eligible");
}

void TestMatcher::findsPoliciesForExamples()
{
    QFETCH(QString, example);
    QFETCH(QString, policy);
    QFETCH(QString, status);
    const MatchResult result = matchExample(example);
    const PolicyMatch *match = result.policy(policy);
    QVERIFY(match);
    QCOMPARE(matchStatusCode(match->status), status);
    for (const MatchSubject &subject : match->subjects) {
        QVERIFY(!subject.result.explanation.textZh.isEmpty());
        QVERIFY(!subject.result.explanation.textEn.isEmpty());
    }
}

void TestMatcher::youngWomanReceivesDibaoAndMissesMedicalAndEmploymentHelp()
{
    const MatchResult result = matchExample(QStringLiteral("xinjing-young-woman"));
    const PolicyMatch *medical = result.policy(QStringLiteral("medical_assistance"));
    QVERIFY(medical && medical->amountFen);
    // 90 % of 18,600 yuan of own-paid costs, in fen.
    QCOMPARE(*medical->amountFen, qint64(1674000));
    QCOMPARE(medical->amountPeriod, QStringLiteral("year"));
    QCOMPARE(medical->qualifyingMembers(), QStringList{QStringLiteral("小林（化名）")});
}

void TestMatcher::missingFactMakesPossiblyEligibleWithFactToCollect()
{
    Household h = JiuzhuTest::loadExample(QStringLiteral("family-unemployed-parent"));
    h.financialAssetsFen.reset();
    h.hukouYears.reset();
    const MatchResult result = Matcher(*m_catalogue).match(h, AsOf);
    const PolicyMatch *housing = result.policy(QStringLiteral("lowrent_housing"));
    QVERIFY(housing);
    QCOMPARE(housing->status, MatchStatus::PossiblyEligible);
    QVERIFY(housing->missingFacts.contains(QStringLiteral("household.hukou_years")));
    QVERIFY(housing->missingFacts.contains(QStringLiteral("household.assets_pc")));
    QCOMPARE(housing->missingFactLabels.size(), housing->missingFacts.size());
}

void TestMatcher::unconfirmedParameterFlagsAmount()
{
    const MatchResult result = matchExample(QStringLiteral("family-unemployed-parent"));
    const PolicyMatch *dibao = result.policy(QStringLiteral("dibao"));
    QVERIFY(dibao && dibao->amountFen);
    // 1,690 × 3 − 2,400 yuan, on the inferred 2026 standard.
    QCOMPARE(*dibao->amountFen, qint64(267000));
    QVERIFY(dibao->isAmountUnconfirmed());
    QVERIFY(dibao->unconfirmedParameters.contains(QStringLiteral("dibao_standard")));
}

void TestMatcher::sumsMemberAmounts()
{
    const MatchResult result = matchExample(QStringLiteral("elderly-couple-disability"));
    const PolicyMatch *allowance = result.policy(QStringLiteral("elderly_allowance"));
    QVERIFY(allowance && allowance->amountFen);
    QCOMPARE(*allowance->amountFen, qint64(36000));
    QCOMPARE(allowance->qualifyingMembers().size(), 2);
}

QTEST_GUILESS_MAIN(TestMatcher)
#include "testmatcher.moc"
