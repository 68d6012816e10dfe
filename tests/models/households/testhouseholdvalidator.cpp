// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "households/householdvalidator.h"
#include "testsupport.h"

using namespace Jiuzhu;

class TestHouseholdValidator : public QObject
{
    Q_OBJECT

private slots:
    void acceptsEveryExample();
    void normalisesIdAndDerivesBirthAndSex();
    void convertsLegacyFifteenDigitNumber();
    void reportsProblems_data();
    void reportsProblems();
};

namespace {

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &error : errors) {
        fields << error.field;
    }
    return fields;
}

const QDate Today(2026, 12, 4);

} // namespace

void TestHouseholdValidator::acceptsEveryExample()
{
    for (const char *name :
         {"xinjing-young-woman", "elderly-couple-disability", "family-unemployed-parent"}) {
        Household h = JiuzhuTest::loadExample(QLatin1String(name));
        const FieldErrors errors = HouseholdValidator::validate(h, Today);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    }
}

void TestHouseholdValidator::normalisesIdAndDerivesBirthAndSex()
{
    Household h = JiuzhuTest::loadExample(QStringLiteral("family-unemployed-parent"));
    // Full-width digits and a lower-case x come in from some input methods.
    h.members[0].idNumber = QStringLiteral("３１０１０５１９８４０９１７００５３");
    h.members[0].birthDate = QDate();
    h.members[0].sex.clear();
    const FieldErrors errors = HouseholdValidator::validate(h, Today);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(h.members[0].idNumber, QStringLiteral("310105198409170053"));
    QCOMPARE(h.members[0].birthDate, QDate(1984, 9, 17));
    QCOMPARE(h.members[0].sex, QStringLiteral("male"));
    QCOMPARE(h.members[0].ageOn(Today), 42);

    // A different person's number: what was derived before must not stand in the way.
    h.members[0].idNumber = QStringLiteral("11010519491231002x");
    h.members[0].birthDate = QDate();
    h.members[0].sex.clear();
    QVERIFY(HouseholdValidator::validate(h, Today).isEmpty());
    QCOMPARE(h.members[0].idNumber, QStringLiteral("11010519491231002X"));
}

void TestHouseholdValidator::convertsLegacyFifteenDigitNumber()
{
    Household h = JiuzhuTest::loadExample(QStringLiteral("xinjing-young-woman"));
    h.members[0].idNumber = QStringLiteral("310105800101001");
    h.members[0].birthDate = QDate();
    h.members[0].sex.clear();
    QVERIFY(HouseholdValidator::validate(h, Today).isEmpty());
    QCOMPARE(h.members[0].idNumber, QStringLiteral("310105198001010013"));
}

void TestHouseholdValidator::reportsProblems_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("wrong check character")
        << QStringLiteral("badcheck") << QStringLiteral("members[0].idNumber");
    QTest::newRow("typed birth date disagrees with the ID")
        << QStringLiteral("birth") << QStringLiteral("members[0].idNumber");
    QTest::newRow("no head of household") << QStringLiteral("nohead") << QStringLiteral("members");
    QTest::newRow("two heads") << QStringLiteral("twoheads") << QStringLiteral("members");
    QTest::newRow("same ID twice")
        << QStringLiteral("twice") << QStringLiteral("members[1].idNumber");
    QTest::newRow("empty name") << QStringLiteral("noname") << QStringLiteral("members[0].name");
    QTest::newRow("grade without type")
        << QStringLiteral("grade") << QStringLiteral("members[0].disability.type");
    QTest::newRow("no address") << QStringLiteral("noaddress") << QStringLiteral("address");
    QTest::newRow("no members") << QStringLiteral("nomembers") << QStringLiteral("members");
}

void TestHouseholdValidator::reportsProblems()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    Household h = JiuzhuTest::loadExample(QStringLiteral("family-unemployed-parent"));
    if (change == QLatin1String("badcheck")) {
        h.members[0].idNumber = QStringLiteral("310105198409170050");
    } else if (change == QLatin1String("birth")) {
        h.members[0].birthDate = QDate(1985, 9, 17);
    } else if (change == QLatin1String("nohead")) {
        h.members[0].relation = QStringLiteral("spouse");
    } else if (change == QLatin1String("twoheads")) {
        h.members[1].relation = QStringLiteral("head");
    } else if (change == QLatin1String("twice")) {
        h.members[1].idNumber = h.members[0].idNumber;
    } else if (change == QLatin1String("noname")) {
        h.members[0].name = QStringLiteral("  ");
    } else if (change == QLatin1String("grade")) {
        h.members[0].disabilityGrade = 2;
    } else if (change == QLatin1String("noaddress")) {
        h.address.clear();
    } else if (change == QLatin1String("nomembers")) {
        h.members.clear();
    }
    const FieldErrors errors = HouseholdValidator::validate(h, Today);
    QVERIFY2(fieldsOf(errors).contains(field), qPrintable(describe(errors)));
}

QTEST_GUILESS_MAIN(TestHouseholdValidator)
#include "testhouseholdvalidator.moc"
