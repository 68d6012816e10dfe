// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "households/householdjson.h"
#include "testsupport.h"

using namespace Jiuzhu;

class TestHouseholdJson : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryExample_data();
    void readsEveryExample();
    void roundTripsThroughJson();
    void namesTheFieldOfEachProblem_data();
    void namesTheFieldOfEachProblem();
    void keepsUnknownFactsUnknown();
    void readsMoneyExactly_data();
    void readsMoneyExactly();
};

void TestHouseholdJson::readsEveryExample_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("members");
    QTest::newRow("young woman living alone") << QStringLiteral("xinjing-young-woman") << 1;
    QTest::newRow("elderly couple") << QStringLiteral("elderly-couple-disability") << 2;
    QTest::newRow("family of three") << QStringLiteral("family-unemployed-parent") << 3;
}

void TestHouseholdJson::readsEveryExample()
{
    QFETCH(QString, name);
    QFETCH(int, members);
    FieldErrors errors;
    const Household h =
        HouseholdJson::fromJson(JiuzhuTest::readJsonObject(JiuzhuTest::examplePath(name)), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(h.members.size(), members);
    QCOMPARE(h.district, QStringLiteral("310105"));
}

void TestHouseholdJson::roundTripsThroughJson()
{
    const Household h = JiuzhuTest::loadExample(QStringLiteral("elderly-couple-disability"));
    FieldErrors errors;
    const Household again = HouseholdJson::fromJson(HouseholdJson::toJson(h), &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(HouseholdJson::toJson(again), HouseholdJson::toJson(h));
    QCOMPARE(again.members.at(0).disabilityGrade, 2);
    QCOMPARE(again.members.at(0).conditions,
             QStringList({QStringLiteral("stroke"), QStringLiteral("hypertension")}));
}

void TestHouseholdJson::namesTheFieldOfEachProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    // One household with one member; `extra` adds or overrides the member's fields.
    auto withMember = [](const char *extra) -> QByteArray {
        return QByteArray(R"({"district":"310105","street":"310105102","address":"某路1号",)"
                          R"("members":[{"name":"甲","idNumber":"310105200403150027")") +
               QByteArray(extra) + QByteArray("}]}");
    };
    QTest::newRow("income that is not a number")
        << withMember(R"(,"relation":"head","incomes":[{"kind":"wage","monthly":"abc"}])")
        << QStringLiteral("members[0].incomes[0].monthly");
    QTest::newRow("negative income")
        << withMember(R"(,"relation":"head","incomes":[{"kind":"wage","monthly":"-5"}])")
        << QStringLiteral("members[0].incomes[0].monthly");
    QTest::newRow("three decimals")
        << withMember(R"(,"relation":"head","medicalOutOfPocket12m":"1.234")")
        << QStringLiteral("members[0].medicalOutOfPocket12m");
    QTest::newRow("unknown relation code")
        << withMember(R"(,"relation":"cousin")") << QStringLiteral("members[0].relation");
    QTest::newRow("missing relation") << withMember("") << QStringLiteral("members[0].relation");
    QTest::newRow("unknown condition") << withMember(R"(,"relation":"head","conditions":["flu"])")
                                       << QStringLiteral("members[0].conditions[0]");
    QTest::newRow("grade out of range")
        << withMember(R"(,"relation":"head","disability":{"type":"physical","grade":7})")
        << QStringLiteral("members[0].disability.grade");
    QTest::newRow("missing address")
        << QByteArray(R"({"district":"310105","street":"310105102","members":[]})")
        << QStringLiteral("address");
    QTest::newRow("assets as words")
        << QByteArray(R"({"district":"310105","street":"310105102","address":"某路1号",)"
                      R"("assets":{"financial":"lots"},"members":[]})")
        << QStringLiteral("assets.financial");
    QTest::newRow("members not a list")
        << QByteArray(R"({"district":"310105","street":"310105102","address":"某路1号",)"
                      R"("members":{"name":"甲"}})")
        << QStringLiteral("members");
}

void TestHouseholdJson::namesTheFieldOfEachProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, json.constData());
    FieldErrors errors;
    HouseholdJson::fromJson(document.object(), &errors);
    QVERIFY(!errors.isEmpty());
    QStringList fields;
    for (const FieldError &error : errors) {
        fields << error.field;
        QVERIFY(!error.message.isEmpty());
    }
    QVERIFY2(fields.contains(field), qPrintable(fields.join(QLatin1Char(' '))));
}

void TestHouseholdJson::keepsUnknownFactsUnknown()
{
    const Household h = JiuzhuTest::loadExample(QStringLiteral("family-unemployed-parent"));
    QVERIFY(!h.hasSupporter.has_value());
    QCOMPARE(h.hasSuddenHardship, std::optional<bool>(false));
    QVERIFY(h.livingAreaM2.has_value());
    FieldErrors errors;
    const Household bare = HouseholdJson::fromJson(
        QJsonObject{{QStringLiteral("district"), QStringLiteral("310105")}}, &errors);
    QVERIFY(!bare.financialAssetsFen.has_value());
    QVERIFY(!bare.livingAreaM2.has_value());
    QVERIFY(!bare.hukouYears.has_value());
    QVERIFY(!bare.hasSuddenHardship.has_value());
    QVERIFY(!bare.isDisasterAffected.has_value());
}

void TestHouseholdJson::readsMoneyExactly_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("text with decimals") << QJsonValue(QStringLiteral("1200.50")) << qint64(120050);
    QTest::newRow("whole number") << QJsonValue(1650) << qint64(165000);
    QTest::newRow("number with cents") << QJsonValue(0.29) << qint64(29);
    QTest::newRow("large number") << QJsonValue(123456789.01) << qint64(12345678901);
}

void TestHouseholdJson::readsMoneyExactly()
{
    QFETCH(QJsonValue, value);
    QFETCH(qint64, fen);
    FieldErrors errors;
    const Household h = HouseholdJson::fromJson(
        QJsonObject{{QStringLiteral("assets"), QJsonObject{{QStringLiteral("financial"), value}}}},
        &errors);
    QVERIFY(h.financialAssetsFen.has_value());
    QCOMPARE(*h.financialAssetsFen, fen);
}

QTEST_GUILESS_MAIN(TestHouseholdJson)
#include "testhouseholdjson.moc"
