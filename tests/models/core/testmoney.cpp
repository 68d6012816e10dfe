// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <limits>

#include <QLocale>
#include <QTest>

#include "core/money.h"

using namespace Jiuzhu;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parsesLocaleText_data();
    void parsesLocaleText();
    void rejectsBadLocaleText_data();
    void rejectsBadLocaleText();
    void rejectsOverflow();
    void parsesCText_data();
    void parsesCText();
    void rejectsBadCText_data();
    void rejectsBadCText();
    void formatsForLocale_data();
    void formatsForLocale();
    void formatsCText_data();
    void formatsCText();
    void roundTripsExtremes();
};

void TestMoney::parsesLocaleText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("fen");

    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale zh(QLocale::Chinese, QLocale::China);
    const QLocale de(QLocale::German, QLocale::Germany);

    QTest::newRow("grouped with decimals, en_US") << u"1,200.50"_qs << en << qint64(120050);
    QTest::newRow("grouped with decimals, zh_CN") << u"1,200.50"_qs << zh << qint64(120050);
    QTest::newRow("ungrouped one decimal") << u"1200.5"_qs << zh << qint64(120050);
    QTest::newRow("whole yuan") << u"1650"_qs << zh << qint64(165000);
    QTest::newRow("zero") << u"0"_qs << en << qint64(0);
    QTest::newRow("fen only") << u"0.05"_qs << en << qint64(5);
    QTest::newRow("surrounding spaces") << u"  42.10 "_qs << en << qint64(4210);
    QTest::newRow("full-width digits") << u"１２００"_qs << zh << qint64(120000);
    QTest::newRow("full-width comma and point") << u"１，２００．５０"_qs << zh << qint64(120050);
    QTest::newRow("ideographic space around") << u"\u3000８８\u3000"_qs << zh << qint64(8800);
    QTest::newRow("negative") << u"-3"_qs << en << qint64(-300);
    QTest::newRow("negative with decimals") << u"-1,330.25"_qs << zh << qint64(-133025);
    QTest::newRow("full-width minus") << u"－５"_qs << zh << qint64(-500);
    QTest::newRow("millions grouped") << u"12,345,678.90"_qs << en << qint64(1234567890);
    QTest::newRow("German grouping and comma") << u"1.200,50"_qs << de << qint64(120050);
    QTest::newRow("German ungrouped") << u"1200,5"_qs << de << qint64(120050);
    QTest::newRow("largest whole yuan")
        << u"92233720368547758"_qs << en << qint64(9223372036854775800);
}

void TestMoney::parsesLocaleText()
{
    QFETCH(QString, text);
    QFETCH(QLocale, locale);
    QFETCH(qint64, fen);

    const Result<qint64> result = Money::parseYuan(text, locale);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    QCOMPARE(result.value(), fen);
}

void TestMoney::rejectsBadLocaleText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QLocale>("locale");

    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale zh(QLocale::Chinese, QLocale::China);
    const QLocale de(QLocale::German, QLocale::Germany);

    QTest::newRow("letters") << u"abc"_qs << en;
    QTest::newRow("empty") << QString() << en;
    QTest::newRow("only spaces") << u"   "_qs << zh;
    QTest::newRow("three decimals") << u"1.234"_qs << en;
    QTest::newRow("single-digit groups") << u"1,2,3"_qs << en;
    QTest::newRow("two-digit group") << u"12,00"_qs << zh;
    QTest::newRow("four-digit leading group") << u"1200,000"_qs << en;
    QTest::newRow("empty leading group") << u",200"_qs << en;
    QTest::newRow("trailing point") << u"5."_qs << en;
    QTest::newRow("leading point") << u".5"_qs << en;
    QTest::newRow("two points") << u"1.2.3"_qs << en;
    QTest::newRow("digits then letters") << u"12a"_qs << zh;
    QTest::newRow("inner space") << u"1 200"_qs << en;
    QTest::newRow("double minus") << u"--5"_qs << en;
    QTest::newRow("lone minus") << u"-"_qs << en;
    QTest::newRow("plus sign") << u"+5"_qs << en;
    QTest::newRow("currency sign") << u"¥5"_qs << zh;
    QTest::newRow("unit suffix") << u"5元"_qs << zh;
    QTest::newRow("exponent") << u"1e3"_qs << en;
    QTest::newRow("English point in German") << u"1200.50"_qs << de;
    QTest::newRow("grouping after the point") << u"1.200,5"_qs << en;
}

void TestMoney::rejectsBadLocaleText()
{
    QFETCH(QString, text);
    QFETCH(QLocale, locale);

    const Result<qint64> result = Money::parseYuan(text, locale);
    QVERIFY(!result.isOk());
    QVERIFY(!result.error().isEmpty());
    if (!text.trimmed().isEmpty())
        QVERIFY2(result.error().contains(text.trimmed()), qPrintable(result.error()));
}

void TestMoney::rejectsOverflow()
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);

    const Result<qint64> justOver = Money::parseYuan(u"92233720368547758.08"_qs, en);
    QVERIFY(!justOver.isOk());
    QVERIFY(justOver.error().contains(u"92233720368547758.08"_qs));

    QVERIFY(!Money::parseYuan(u"99999999999999999999999"_qs, en).isOk());
    QVERIFY(!Money::parseYuan(u"-99999999999999999999999"_qs, en).isOk());
    QVERIFY(!Money::parseYuanC(u"100000000000000000000"_qs).isOk());

    const Result<qint64> largest = Money::parseYuan(u"92,233,720,368,547,758.07"_qs, en);
    QVERIFY2(largest.isOk(), qPrintable(largest.error()));
    QCOMPARE(largest.value(), std::numeric_limits<qint64>::max());
}

void TestMoney::parsesCText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");

    QTest::newRow("two decimals") << u"1200.50"_qs << qint64(120050);
    QTest::newRow("negative whole") << u"-3"_qs << qint64(-300);
    QTest::newRow("half yuan") << u"0.5"_qs << qint64(50);
    QTest::newRow("zero") << u"0"_qs << qint64(0);
    QTest::newRow("leading zeros") << u"007.00"_qs << qint64(700);
}

void TestMoney::parsesCText()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);

    const Result<qint64> result = Money::parseYuanC(text);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    QCOMPARE(result.value(), fen);
}

void TestMoney::rejectsBadCText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("grouped") << u"1,200.50"_qs;
    QTest::newRow("comma decimal") << u"1200,50"_qs;
    QTest::newRow("three decimals") << u"1.234"_qs;
    QTest::newRow("surrounding space") << u" 12"_qs;
    QTest::newRow("full-width digits") << u"１２"_qs;
    QTest::newRow("trailing point") << u"12."_qs;
    QTest::newRow("letters") << u"abc"_qs;
    QTest::newRow("plus sign") << u"+1"_qs;
}

void TestMoney::rejectsBadCText()
{
    QFETCH(QString, text);

    const Result<qint64> result = Money::parseYuanC(text);
    QVERIFY(!result.isOk());
    QVERIFY(!result.error().isEmpty());
}

void TestMoney::formatsForLocale_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("dropZeroDecimals");
    QTest::addColumn<QString>("expected");

    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale zh(QLocale::Chinese, QLocale::China);
    const QLocale de(QLocale::German, QLocale::Germany);

    QTest::newRow("grouped with fen, en_US") << qint64(120050) << en << true << u"1,200.50"_qs;
    QTest::newRow("grouped with fen, zh_CN") << qint64(120050) << zh << true << u"1,200.50"_qs;
    QTest::newRow("whole yuan drops decimals") << qint64(165000) << zh << true << u"1,650"_qs;
    QTest::newRow("whole yuan keeps decimals") << qint64(165000) << zh << false << u"1,650.00"_qs;
    QTest::newRow("single fen") << qint64(5) << en << true << u"0.05"_qs;
    QTest::newRow("ten fen") << qint64(10) << en << true << u"0.10"_qs;
    QTest::newRow("zero") << qint64(0) << en << true << u"0"_qs;
    QTest::newRow("negative below one yuan") << qint64(-50) << en << true << u"-0.50"_qs;
    QTest::newRow("negative grouped") << qint64(-123456789) << zh << true << u"-1,234,567.89"_qs;
    QTest::newRow("German separators") << qint64(120050) << de << true << u"1.200,50"_qs;
}

void TestMoney::formatsForLocale()
{
    QFETCH(qint64, fen);
    QFETCH(QLocale, locale);
    QFETCH(bool, dropZeroDecimals);
    QFETCH(QString, expected);

    const QString text = Money::formatYuan(fen, locale, dropZeroDecimals);
    QCOMPARE(text, expected);

    const Result<qint64> back = Money::parseYuan(text, locale);
    QVERIFY2(back.isOk(), qPrintable(back.error()));
    QCOMPARE(back.value(), fen);
}

void TestMoney::formatsCText_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("expected");

    QTest::newRow("grouping never used") << qint64(120050) << u"1200.50"_qs;
    QTest::newRow("whole yuan keeps decimals") << qint64(165000) << u"1650.00"_qs;
    QTest::newRow("single fen") << qint64(1) << u"0.01"_qs;
    QTest::newRow("negative") << qint64(-300) << u"-3.00"_qs;
}

void TestMoney::formatsCText()
{
    QFETCH(qint64, fen);
    QFETCH(QString, expected);

    QCOMPARE(Money::toYuanC(fen), expected);

    const Result<qint64> back = Money::parseYuanC(expected);
    QVERIFY2(back.isOk(), qPrintable(back.error()));
    QCOMPARE(back.value(), fen);
}

void TestMoney::roundTripsExtremes()
{
    const qint64 largest = std::numeric_limits<qint64>::max();
    QCOMPARE(Money::toYuanC(largest), u"92233720368547758.07"_qs);
    QCOMPARE(Money::parseYuanC(Money::toYuanC(largest)).value(), largest);

    // The most negative value has no positive twin; formatting must not overflow on it.
    const qint64 smallest = std::numeric_limits<qint64>::min();
    QCOMPARE(Money::toYuanC(smallest), u"-92233720368547758.08"_qs);
    QVERIFY(!Money::parseYuanC(Money::toYuanC(smallest)).isOk());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "testmoney.moc"
