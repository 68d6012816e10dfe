// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "catalogue/catalogue.h"
#include "households/areas.h"
#include "households/householddetail.h"
#include "matching/decision.h"
#include "testsupport.h"

using namespace Jiuzhu;

// The household detail warns when the plan printed for the family rests on facts that have
// changed since, and names them.
class TestHouseholdDetail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void warnsWhenPrintedPlanIsOutOfDate();
    void staysQuietWhenPrintedPlanIsCurrent();
    void warnsWhenExportedListNoLongerHolds();

private:
    std::optional<Catalogue> m_catalogue;
    std::optional<Areas> m_areas;
};

void TestHouseholdDetail::initTestCase()
{
    m_catalogue = Catalogue::loadBundled().value();
    m_areas = Areas::loadBundled().value();
}

void TestHouseholdDetail::warnsWhenPrintedPlanIsOutOfDate()
{
    const Household household = JiuzhuTest::loadExample(QStringLiteral("family-unemployed-parent"));
    DecisionReview review;
    review.decision.purpose = QStringLiteral("printed");
    review.decision.policyCode = QStringLiteral("dibao");
    review.isStale = true;
    review.reasons << QStringLiteral("The household was changed (version 1, now 2)");
    review.changes << DecisionChange{QStringLiteral("household.income_monthly"), QString(),
                                     QJsonValue(240000), QJsonValue(760000)};
    const HouseholdDetail detail(*m_areas, *m_catalogue, QLocale(QLocale::English));
    const QString html = detail.toHtml(household, std::nullopt, nullptr, QString(), {review});
    QVERIFY(html.contains(QStringLiteral("The printed plan is out of date")));
    QVERIFY(html.contains(QStringLiteral("version 1, now 2")));
    const FactInfo *fact = m_catalogue->fact(QStringLiteral("household.income_monthly"));
    QVERIFY(fact);
    QVERIFY2(html.contains(fact->label.en.toHtmlEscaped()), qPrintable(html));
}

void TestHouseholdDetail::staysQuietWhenPrintedPlanIsCurrent()
{
    const Household household = JiuzhuTest::loadExample(QStringLiteral("family-unemployed-parent"));
    DecisionReview printed;
    printed.decision.purpose = QStringLiteral("printed");
    DecisionReview shownStale;
    shownStale.decision.purpose = QStringLiteral("shown");
    shownStale.isStale = true;
    shownStale.reasons << QStringLiteral("changed");
    const HouseholdDetail detail(*m_areas, *m_catalogue, QLocale(QLocale::English));
    const QString html =
        detail.toHtml(household, std::nullopt, nullptr, QString(), {printed, shownStale});
    QVERIFY(!html.contains(QStringLiteral("out of date")));
}

void TestHouseholdDetail::warnsWhenExportedListNoLongerHolds()
{
    const Household household = JiuzhuTest::loadExample(QStringLiteral("family-unemployed-parent"));
    const auto exported = [](const QString &policy, bool isStale) {
        DecisionReview review;
        review.decision.purpose = QStringLiteral("exported");
        review.decision.policyCode = policy;
        // 23:30 UTC on 3 December is already 4 December in Shanghai.
        review.decision.decidedAt = QDateTime(QDate(2026, 12, 3), QTime(23, 30), Qt::UTC);
        review.isStale = isStale;
        if (isStale) {
            review.reasons << QStringLiteral("The household was changed (version 1, now 2)");
            review.changes << DecisionChange{QStringLiteral("member.age"), QStringLiteral("王建军"),
                                             QJsonValue(44), QJsonValue(45)};
        }
        return review;
    };
    const HouseholdDetail detail(*m_areas, *m_catalogue, QLocale(QLocale::English));
    QString html = detail.toHtml(household, std::nullopt, nullptr, QString(),
                                 {exported(QStringLiteral("medical_assistance"), true),
                                  exported(QStringLiteral("dibao"), false)});
    QVERIFY2(html.contains(QStringLiteral("The facts behind an exported coverage-gap list have changed")),
             qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("The printed plan is out of date")));
    // The list's date in Shanghai, the policies that went stale (not the one that still holds)
    // and the member whose fact changed.
    QVERIFY2(
        html.contains(QLocale(QLocale::English).toString(QDate(2026, 12, 4), QLocale::ShortFormat)),
        qPrintable(html));
    QVERIFY(html.contains(m_catalogue->policy(QStringLiteral("medical_assistance"))->name.en));
    QVERIFY(!html.contains(QStringLiteral("for: ") +
                           m_catalogue->policy(QStringLiteral("dibao"))->name.en));
    QVERIFY(html.contains(QStringLiteral("王建军")));

    html = detail.toHtml(household, std::nullopt, nullptr, QString(),
                         {exported(QStringLiteral("dibao"), false)});
    QVERIFY(!html.contains(QStringLiteral("exported coverage-gap list")));
}

QTEST_MAIN(TestHouseholdDetail)
#include "testhouseholddetail.moc"
