// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSet>
#include <QTest>

#include "households/areas.h"
#include "households/householdjson.h"
#include "households/householdvalidator.h"
#include "households/residentid.h"
#include "screening/caseloadgenerator.h"

using namespace Jiuzhu;

class TestCaseloadGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedGivesIdenticalHouseholds();
    void differentSeedGivesDifferentHouseholds();
    void everyHouseholdPassesIntakeValidation();
    void residentIdsAreValidAndUnique();
    void addressesAreInChangningStreets();
    void leavesSomeFactsUnknownAndGivesSomeBenefits();

private:
    QList<Household> generate(int count, quint64 seed) const;

    std::optional<Areas> m_areas;
};

namespace {
const QDate Reference(2026, 6, 1);
}

void TestCaseloadGenerator::initTestCase()
{
    Result<Areas> areas = Areas::loadBundled();
    QVERIFY2(areas, qPrintable(areas.error()));
    m_areas = std::move(areas).value();
}

QList<Household> TestCaseloadGenerator::generate(int count, quint64 seed) const
{
    CaseloadOptions options;
    options.households = count;
    options.seed = seed;
    options.referenceDate = Reference;
    return CaseloadGenerator(*m_areas).generate(options);
}

void TestCaseloadGenerator::sameSeedGivesIdenticalHouseholds()
{
    const QList<Household> first = generate(500, 7);
    const QList<Household> second = generate(500, 7);
    QCOMPARE(first.size(), 500);
    for (int i = 0; i < first.size(); ++i)
        QCOMPARE(HouseholdJson::toJson(second.at(i)), HouseholdJson::toJson(first.at(i)));

    // A longer caseload with the same seed starts with the same households.
    const QList<Household> longer = generate(600, 7);
    QCOMPARE(HouseholdJson::toJson(longer.at(499)), HouseholdJson::toJson(first.at(499)));
}

void TestCaseloadGenerator::differentSeedGivesDifferentHouseholds()
{
    const QList<Household> a = generate(50, 7);
    const QList<Household> b = generate(50, 8);
    int same = 0;
    for (int i = 0; i < a.size(); ++i)
        same += HouseholdJson::toJson(a.at(i)) == HouseholdJson::toJson(b.at(i)) ? 1 : 0;
    QCOMPARE(same, 0);
}

void TestCaseloadGenerator::everyHouseholdPassesIntakeValidation()
{
    QList<Household> households = generate(2000, 3);
    for (Household &household : households) {
        const FieldErrors errors = HouseholdValidator::validate(household, Reference);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    }
}

void TestCaseloadGenerator::residentIdsAreValidAndUnique()
{
    const QList<Household> households = generate(5000, 5);
    QSet<QString> seen;
    QSet<QString> householdIds;
    int members = 0;
    for (const Household &household : households) {
        QVERIFY(!householdIds.contains(household.sync.uuid));
        householdIds.insert(household.sync.uuid);
        for (const Member &member : household.members) {
            const ResidentId::Info info = ResidentId::validate(member.idNumber, Reference);
            QVERIFY2(info.isValid, qPrintable(info.error));
            QCOMPARE(info.normalised, member.idNumber);
            QCOMPARE(info.birthDate, member.birthDate);
            QCOMPARE(info.sex, member.sex);
            QVERIFY2(!seen.contains(member.idNumber), "duplicate resident ID");
            seen.insert(member.idNumber);
            ++members;
        }
    }
    QVERIFY(members > 5000 * 2);
}

void TestCaseloadGenerator::addressesAreInChangningStreets()
{
    QSet<QString> streets;
    for (const Street &street : m_areas->streets(QStringLiteral("310105")))
        streets.insert(street.code);
    QCOMPARE(streets.size(), 10);

    QSet<QString> used;
    for (const Household &household : generate(1000, 9)) {
        QCOMPARE(household.district, QStringLiteral("310105"));
        QVERIFY(streets.contains(household.street));
        QVERIFY(!household.address.isEmpty());
        used.insert(household.street);
    }
    QCOMPARE(used.size(), 10);
}

void TestCaseloadGenerator::leavesSomeFactsUnknownAndGivesSomeBenefits()
{
    const QList<Household> households = generate(2000, 13);
    int unknownAssets = 0;
    int receiving = 0;
    int disabled = 0;
    int disasterKnown = 0;
    int disasterHit = 0;
    QSet<int> sizes;
    for (const Household &household : households) {
        unknownAssets += household.financialAssetsFen ? 0 : 1;
        receiving += household.benefits.isEmpty() ? 0 : 1;
        sizes.insert(int(household.members.size()));
        disasterKnown += household.isDisasterAffected ? 1 : 0;
        disasterHit += household.isDisasterAffected.value_or(false) ? 1 : 0;
        for (const Member &member : household.members)
            disabled += member.disabilityGrade > 0 ? 1 : 0;
    }
    // Two in ten have unknown assets by construction; allow for chance.
    QVERIFY(unknownAssets > 300 && unknownAssets < 500);
    QVERIFY(receiving > 400);
    QVERIFY(disabled > 100);
    QVERIFY(sizes.contains(1) && sizes.contains(4));
    // The disaster question is answered for seven in ten, yes for one in a hundred.
    QVERIFY2(disasterKnown > 1300 && disasterKnown < 1500,
             qPrintable(QString::number(disasterKnown)));
    QVERIFY2(disasterHit > 3 && disasterHit < 45, qPrintable(QString::number(disasterHit)));
}

QTEST_GUILESS_MAIN(TestCaseloadGenerator)
#include "testcaseloadgenerator.moc"
