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
    void rejectsBadOverrides_data();
    void rejectsBadOverrides();
    void namesParameterWithoutValueByLabel();

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
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<double>("factor"); // of the current value, or the absolute value if < 0
    const QString ratio = QStringLiteral("lowincome_ratio");
    QTest::newRow("absolute value in fen")
        << QStringLiteral("dibao_standard=180000") << Standard << -180000.0;
    QTest::newRow("raise by five percent")
        << QStringLiteral("dibao_standard=+5%") << Standard << 1.05;
    QTest::newRow("lower by two and a half percent")
        << QStringLiteral("dibao_standard=-2.5%") << Standard << 0.975;
    QTest::newRow("percent without a sign")
        << QStringLiteral("dibao_standard=10%") << Standard << 1.1;
    QTest::newRow("spaces around the parts")
        << QStringLiteral(" dibao_standard = +5% ") << Standard << 1.05;
    QTest::newRow("zero") << QStringLiteral("dibao_standard=0") << Standard << 0.0;
    QTest::newRow("ratio as a decimal") << QStringLiteral("lowincome_ratio=1.6") << ratio << -1.6;
    QTest::newRow("lower a ratio by half")
        << QStringLiteral("lowincome_ratio=-50%") << ratio << 0.5;
}

void TestWhatIf::parsesOverrides()
{
    QFETCH(QString, text);
    QFETCH(QString, parameter);
    QFETCH(double, factor);

    const Screening baseline(*m_catalogue, AsOf);
    QString name;
    double value = 0;
    QString error;
    QVERIFY2(WhatIf::parseOverride(text, *m_catalogue, baseline, &name, &value, &error),
             qPrintable(error));
    QCOMPARE(name, parameter);
    const double expected = factor < 0 ? -factor : baseline.parameters().value(parameter) * factor;
    QVERIFY2(qFuzzyCompare(1 + value, 1 + expected),
             qPrintable(QStringLiteral("%1 != %2").arg(value).arg(expected)));
}

void TestWhatIf::rejectsBadOverrides_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");  // what the message starts with, empty for no field
    QTest::addColumn<QString>("saying"); // a part of the (untranslated) message
    const QString standard = Standard + QStringLiteral(": ");
    QTest::newRow("missing equals sign")
        << QStringLiteral("dibao_standard") << QString() << QStringLiteral("PARAMETER=VALUE");
    QTest::newRow("text value") << QStringLiteral("dibao_standard=high") << standard
                                << QStringLiteral("expected a number");
    QTest::newRow("empty value") << QStringLiteral("dibao_standard=") << standard
                                 << QStringLiteral("expected a number");
    QTest::newRow("unknown parameter with a percent")
        << QStringLiteral("no_such_parameter=+5%") << QStringLiteral("no_such_parameter: ")
        << QStringLiteral("no parameter");
    QTest::newRow("parameter code in the wrong case")
        << QStringLiteral("DIBAO_STANDARD=+5%") << QStringLiteral("DIBAO_STANDARD: ")
        << QStringLiteral("no parameter");
    QTest::newRow("unknown parameter with a bad value")
        << QStringLiteral("no_such_parameter=nan") << QStringLiteral("no_such_parameter: ")
        << QStringLiteral("no parameter");
    QTest::newRow("not a number") << QStringLiteral("dibao_standard=nan") << standard
                                  << QStringLiteral("not a finite number");
    QTest::newRow("infinity") << QStringLiteral("dibao_standard=inf") << standard
                              << QStringLiteral("not a finite number");
    QTest::newRow("percent that is not a number")
        << QStringLiteral("dibao_standard=nan%") << standard
        << QStringLiteral("not a finite number");
    QTest::newRow("infinite percent") << QStringLiteral("dibao_standard=+inf%") << standard
                                      << QStringLiteral("not a finite number");
    QTest::newRow("absurdly large value")
        << QStringLiteral("dibao_standard=1e300") << standard << QStringLiteral("too large");
    QTest::newRow("absurdly large percent")
        << QStringLiteral("dibao_standard=+1e300%") << standard << QStringLiteral("too large");
    QTest::newRow("lower by two hundred percent")
        << QStringLiteral("dibao_standard=-200%") << standard << QStringLiteral("less than 100%");
    QTest::newRow("lower by all of it")
        << QStringLiteral("dibao_standard=-100%") << standard << QStringLiteral("less than 100%");
    QTest::newRow("negative value without percent")
        << QStringLiteral("dibao_standard=-5") << standard << QStringLiteral("+5%");
    QTest::newRow("plus sign without percent")
        << QStringLiteral("dibao_standard=+5") << standard << QStringLiteral("without a sign");
    QTest::newRow("negative ratio")
        << QStringLiteral("lowincome_ratio=-1.6") << QStringLiteral("lowincome_ratio: ")
        << QStringLiteral("without a sign");
}

void TestWhatIf::rejectsBadOverrides()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QFETCH(QString, saying);

    const Screening baseline(*m_catalogue, AsOf);
    QString name;
    double value = 0;
    QString error;
    QVERIFY(!WhatIf::parseOverride(text, *m_catalogue, baseline, &name, &value, &error));
    QVERIFY2(error.startsWith(field), qPrintable(error));
    QVERIFY2(error.contains(saying), qPrintable(error));
}

void TestWhatIf::namesParameterWithoutValueByLabel()
{
    // The orphan allowance is known only for 2018, so the screening date has no value for it.
    const QString orphan = QStringLiteral("orphan_allowance");
    const Parameter *parameter = m_catalogue->parameter(orphan);
    QVERIFY(parameter);
    const QString label = parameter->label.text(QLocale());
    QVERIFY(!label.isEmpty());
    const Screening baseline(*m_catalogue, AsOf);
    QVERIFY(!baseline.parameters().contains(orphan));

    QString name;
    double value = 0;
    QString error;
    QVERIFY(!WhatIf::parseOverride(orphan + QStringLiteral("=+5%"), *m_catalogue, baseline, &name,
                                   &value, &error));
    QVERIFY2(error.contains(label + QStringLiteral(" (") + orphan + u')'), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("no value on the screening date")), qPrintable(error));

    // An absolute value needs nothing from the screening date.
    QVERIFY2(WhatIf::parseOverride(orphan + QStringLiteral("=190000"), *m_catalogue, baseline,
                                   &name, &value, &error),
             qPrintable(error));
    QCOMPARE(value, 190000.0);
}

QTEST_GUILESS_MAIN(TestWhatIf)
#include "testwhatif.moc"
