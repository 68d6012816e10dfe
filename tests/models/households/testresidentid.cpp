// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <optional>

#include <QDate>
#include <QTest>

#include "households/areas.h"
#include "households/residentid.h"

using namespace Jiuzhu;

// Numbers are the published GB 11643 examples (W-P*) and synthetic ones (W-S* and the rest) from
// policy-facts.md §17; none belongs to a real person.
class TestResidentId : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void acceptsValidNumbers_data();
    void acceptsValidNumbers();
    void rejectsInvalidNumbers_data();
    void rejectsInvalidNumbers();
    void convertsLegacyNumber();
    void bundledOverloadKnowsShanghai();
    void computesCheckCharacter_data();
    void computesCheckCharacter();
    void normalises_data();
    void normalises();
    void masks_data();
    void masks();
    void reportsMismatch_data();
    void reportsMismatch();
    void reportsNoMismatchForInvalidNumber();

private:
    // A fixed "today" so the tests do not age.
    const QDate m_today{2026, 6, 1};
    std::optional<Areas> m_areas;
};

void TestResidentId::initTestCase()
{
    Result<Areas> areas = Areas::loadBundled();
    QVERIFY2(areas.isOk(), qPrintable(areas.error()));
    m_areas = std::move(areas).value();
}

void TestResidentId::acceptsValidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<bool>("isKnownAddressCode");
    QTest::addColumn<bool>("wasLegacy15");

    QTest::newRow("W-P1 standard example, check X")
        << u"11010519491231002X"_qs << u"11010519491231002X"_qs << QDate(1949, 12, 31)
        << u"female"_qs << false << false;
    QTest::newRow("W-P2 born 1880, check 4") << u"440524188001010014"_qs << u"440524188001010014"_qs
                                             << QDate(1880, 1, 1) << u"male"_qs << false << false;
    QTest::newRow("W-P3 check X") << u"34052419800101001X"_qs << u"34052419800101001X"_qs
                                  << QDate(1980, 1, 1) << u"male"_qs << false << false;
    QTest::newRow("W-S1 Changning male") << u"310105198001010013"_qs << u"310105198001010013"_qs
                                         << QDate(1980, 1, 1) << u"male"_qs << true << false;
    QTest::newRow("W-S3 Changning female") << u"310105199003070022"_qs << u"310105199003070022"_qs
                                           << QDate(1990, 3, 7) << u"female"_qs << true << false;
    QTest::newRow("W-S4 Pudong male") << u"310115194910011237"_qs << u"310115194910011237"_qs
                                      << QDate(1949, 10, 1) << u"male"_qs << true << false;

    QTest::newRow("lowercase x") << u"11010519491231002x"_qs << u"11010519491231002X"_qs
                                 << QDate(1949, 12, 31) << u"female"_qs << false << false;
    QTest::newRow("full-width capital X") << u"34052419800101001Ｘ"_qs << u"34052419800101001X"_qs
                                          << QDate(1980, 1, 1) << u"male"_qs << false << false;
    QTest::newRow("full-width small x") << u"34052419800101001ｘ"_qs << u"34052419800101001X"_qs
                                        << QDate(1980, 1, 1) << u"male"_qs << false << false;
    QTest::newRow("full-width digits")
        << u"３１０１０５１９９００３０７００２２"_qs << u"310105199003070022"_qs
        << QDate(1990, 3, 7) << u"female"_qs << true << false;
    QTest::newRow("spaces around and inside")
        << u" 310105 19800101 0013\u3000"_qs << u"310105198001010013"_qs << QDate(1980, 1, 1)
        << u"male"_qs << true << false;

    QTest::newRow("legacy 15 digits, Changning")
        << u"310105800101001"_qs << u"310105198001010013"_qs << QDate(1980, 1, 1) << u"male"_qs
        << true << true;
    QTest::newRow("legacy 15 digits, retired Zhabei")
        << u"310108650704002"_qs << u"310108196507040025"_qs << QDate(1965, 7, 4) << u"female"_qs
        << false << true;

    QTest::newRow("retired code 310108 Zhabei")
        << u"310108197001010026"_qs << u"310108197001010026"_qs << QDate(1970, 1, 1) << u"female"_qs
        << false << false;
    QTest::newRow("retired code 310230 Chongming county")
        << u"310230198511110032"_qs << u"310230198511110032"_qs << QDate(1985, 11, 11) << u"male"_qs
        << false << false;
    QTest::newRow("retired code 310103 Luwan, leap day 1960")
        << u"310103196002290043"_qs << u"310103196002290043"_qs << QDate(1960, 2, 29)
        << u"female"_qs << false << false;
    QTest::newRow("retired code 310119 Nanhui")
        << u"310119199212310051"_qs << u"310119199212310051"_qs << QDate(1992, 12, 31) << u"male"_qs
        << false << false;
    QTest::newRow("leap day 2000, female") << u"310105200002290061"_qs << u"310105200002290061"_qs
                                           << QDate(2000, 2, 29) << u"female"_qs << true << false;
}

void TestResidentId::acceptsValidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    QFETCH(QDate, birthDate);
    QFETCH(QString, sex);
    QFETCH(bool, isKnownAddressCode);
    QFETCH(bool, wasLegacy15);

    const ResidentId::Info info = ResidentId::validate(input, m_today, *m_areas);
    QVERIFY2(info.isValid, qPrintable(info.error));
    QVERIFY(info.error.isEmpty());
    QCOMPARE(info.normalised, normalised);
    QCOMPARE(info.birthDate, birthDate);
    QCOMPARE(info.sex, sex);
    QCOMPARE(info.addressCode, normalised.left(6));
    QCOMPARE(info.isKnownAddressCode, isKnownAddressCode);
    QCOMPARE(info.wasLegacy15, wasLegacy15);
}

void TestResidentId::rejectsInvalidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("W-P4 wrong check, expected X") << u"340524198001010013"_qs << u"be X"_qs;
    QTest::newRow("W-S2 wrong check, expected 3") << u"310105198001010010"_qs << u"be 3"_qs;
    QTest::newRow("W-P1 with check 0 instead of X") << u"110105194912310020"_qs << u"be X"_qs;
    QTest::newRow("X in a digit position") << u"3101051980X1010013"_qs << u"Character 11 "_qs;
    QTest::newRow("letter in the address code") << u"31O105198001010013"_qs << u"Character 3 "_qs;
    QTest::newRow("letter as check character") << u"31010519800101001A"_qs << u"be 3"_qs;
    QTest::newRow("X ending a legacy number") << u"31010580010100X"_qs << u"Character 15 "_qs;

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << u"  \u3000 "_qs << QString();
    QTest::newRow("17 characters") << u"31010519800101001"_qs << u"17"_qs;
    QTest::newRow("19 characters") << u"3101051980010100133"_qs << u"19"_qs;
    QTest::newRow("16 characters") << u"3101051980010100"_qs << u"16"_qs;

    QTest::newRow("February 30") << u"310105198002300019"_qs << u"1980-02-30"_qs;
    QTest::newRow("February 29 in a common year") << u"310105199002290012"_qs << u"1990-02-29"_qs;
    QTest::newRow("month 13") << u"310105198013010016"_qs << u"1980-13-01"_qs;
    QTest::newRow("day zero") << u"310105198001000015"_qs << u"1980-01-00"_qs;
    QTest::newRow("born tomorrow") << u"310105202606020013"_qs << u"future"_qs;
    QTest::newRow("born next century") << u"310105210001010014"_qs << u"future"_qs;
    QTest::newRow("born 1879") << u"440524187912310018"_qs << u"1880"_qs;
    QTest::newRow("legacy 15 digits, February 30") << u"310105800230001"_qs << u"1980-02-30"_qs;
    QTest::newRow("legacy 15 digits, month 00") << u"310105800001001"_qs << u"1980-00-01"_qs;
}

void TestResidentId::rejectsInvalidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);

    const ResidentId::Info info = ResidentId::validate(input, m_today, *m_areas);
    QVERIFY(!info.isValid);
    QVERIFY(!info.error.isEmpty());
    QVERIFY2(info.error.contains(messagePart), qPrintable(info.error));
    QVERIFY(info.normalised.isEmpty());
    QVERIFY(!info.birthDate.isValid());
}

void TestResidentId::convertsLegacyNumber()
{
    // 310105 + 800101 + 001: a man born 1980-01-01, registered in Changning. The 18-digit form
    // inserts "19" before the year; the check character is then computed by hand:
    // 3*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+8*6+0*3+0*7+1*9+0*10+1*5+0*8+0*4+1*2 = 130,
    // 130 mod 11 = 9, which maps to 3.
    const ResidentId::Info info = ResidentId::validate(u"310105800101001"_qs, m_today, *m_areas);
    QVERIFY2(info.isValid, qPrintable(info.error));
    QVERIFY(info.wasLegacy15);
    QCOMPARE(info.normalised, u"310105198001010013"_qs);
    QCOMPARE(ResidentId::checkCharacter(u"31010519800101001"), QChar(u'3'));

    // The converted number validates as an ordinary 18-character one: it is W-S1.
    const ResidentId::Info again = ResidentId::validate(info.normalised, m_today, *m_areas);
    QVERIFY(again.isValid);
    QVERIFY(!again.wasLegacy15);
    QCOMPARE(again.birthDate, info.birthDate);
}

void TestResidentId::bundledOverloadKnowsShanghai()
{
    const ResidentId::Info changning = ResidentId::validate(u"310105199003070022"_qs, m_today);
    QVERIFY(changning.isValid);
    QVERIFY(changning.isKnownAddressCode);

    const ResidentId::Info zhabei = ResidentId::validate(u"310108197001010026"_qs, m_today);
    QVERIFY(zhabei.isValid);
    QVERIFY(!zhabei.isKnownAddressCode);
}

void TestResidentId::computesCheckCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("W-P1 sum 167 gives X") << u"11010519491231002"_qs << QChar(u'X');
    QTest::newRow("W-P2 gives 4") << u"44052418800101001"_qs << QChar(u'4');
    QTest::newRow("W-S1 gives 3") << u"31010519800101001"_qs << QChar(u'3');
    QTest::newRow("W-S4 gives 7") << u"31011519491001123"_qs << QChar(u'7');
    QTest::newRow("all zeros give 1") << u"00000000000000000"_qs << QChar(u'1');
    QTest::newRow("16 digits") << u"3101051980010100"_qs << QChar();
    QTest::newRow("18 digits") << u"310105198001010013"_qs << QChar();
    QTest::newRow("letter inside") << u"3101051980010100A"_qs << QChar();
}

void TestResidentId::computesCheckCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);

    QCOMPARE(ResidentId::checkCharacter(first17), expected);
}

void TestResidentId::normalises_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("already normal") << u"11010519491231002X"_qs << u"11010519491231002X"_qs;
    QTest::newRow("lowercase x") << u"11010519491231002x"_qs << u"11010519491231002X"_qs;
    QTest::newRow("full-width digits and X")
        << u"１１０１０５１９４９１２３１００２Ｘ"_qs << u"11010519491231002X"_qs;
    QTest::newRow("spaces, tabs, ideographic space")
        << u"\t110105 1949\u30001231 002x  "_qs << u"11010519491231002X"_qs;
    QTest::newRow("other characters kept") << u"31O1-05"_qs << u"31O1-05"_qs;
}

void TestResidentId::normalises()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    QCOMPARE(ResidentId::normalise(input), expected);
}

void TestResidentId::masks_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    QTest::newRow("18 characters") << u"310105199003070022"_qs << u"310105********0022"_qs;
    QTest::newRow("ending in X") << u"11010519491231002X"_qs << u"110105********002X"_qs;
    QTest::newRow("lowercase x normalised") << u"11010519491231002x"_qs << u"110105********002X"_qs;
    QTest::newRow("legacy 15 digits") << u"310105800101001"_qs << u"310105*****1001"_qs;
    QTest::newRow("too short to keep anything") << u"3101050022"_qs << u"**********"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestResidentId::masks()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);

    QCOMPARE(ResidentId::mask(id), expected);
}

void TestResidentId::reportsMismatch_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("typedBirth");
    QTest::addColumn<QString>("typedSex");
    QTest::addColumn<QString>("messagePart");

    const QString woman = u"310105199003070022"_qs;
    const QString man = u"310105198001010013"_qs;

    QTest::newRow("both agree") << woman << QDate(1990, 3, 7) << u"female"_qs << QString();
    QTest::newRow("nothing typed") << woman << QDate() << QString() << QString();
    QTest::newRow("only sex typed, agrees") << man << QDate() << u"male"_qs << QString();
    QTest::newRow("birth date differs")
        << woman << QDate(1990, 7, 3) << u"female"_qs << u"1990-03-07"_qs;
    QTest::newRow("woman's number, typed male")
        << woman << QDate(1990, 3, 7) << u"male"_qs << u"a woman's"_qs;
    QTest::newRow("man's number, typed female") << man << QDate() << u"female"_qs << u"a man's"_qs;
    QTest::newRow("both differ") << man << QDate(1980, 10, 1) << u"female"_qs << u"1980-01-01"_qs;
}

void TestResidentId::reportsMismatch()
{
    QFETCH(QString, id);
    QFETCH(QDate, typedBirth);
    QFETCH(QString, typedSex);
    QFETCH(QString, messagePart);

    const ResidentId::Info info = ResidentId::validate(id, m_today, *m_areas);
    QVERIFY(info.isValid);

    const QString message = ResidentId::mismatch(info, typedBirth, typedSex);
    if (messagePart.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        return;
    }
    QVERIFY2(message.contains(messagePart), qPrintable(message));
}

void TestResidentId::reportsNoMismatchForInvalidNumber()
{
    const ResidentId::Info info = ResidentId::validate(u"310105198001010010"_qs, m_today);
    QVERIFY(!info.isValid);
    QVERIFY(ResidentId::mismatch(info, QDate(1999, 1, 1), u"female"_qs).isEmpty());
}

QTEST_GUILESS_MAIN(TestResidentId)
#include "testresidentid.moc"
