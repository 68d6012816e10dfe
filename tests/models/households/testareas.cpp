// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <optional>

#include <QByteArray>
#include <QTest>

#include "households/areas.h"

using namespace Jiuzhu;

class TestAreas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsSixteenCurrentDistricts();
    void namesCurrentDistricts_data();
    void namesCurrentDistricts();
    void keepsRetiredDistricts_data();
    void keepsRetiredDistricts();
    void ignoresUnknownCodes_data();
    void ignoresUnknownCodes();
    void listsChangningStreets();
    void namesChangningStreets_data();
    void namesChangningStreets();
    void leavesOtherDistrictsWithoutStreets();
    void rejectsMalformedLists_data();
    void rejectsMalformedLists();
    void fillsInServiceCentreName();

private:
    std::optional<Areas> m_areas;
};

void TestAreas::initTestCase()
{
    Result<Areas> areas = Areas::loadBundled();
    QVERIFY2(areas.isOk(), qPrintable(areas.error()));
    m_areas = std::move(areas).value();
}

void TestAreas::listsSixteenCurrentDistricts()
{
    const QList<District> current = m_areas->districts();
    QCOMPARE(current.size(), 16);
    for (const District &district : current) {
        QVERIFY(!district.isRetired);
        QVERIFY(district.successorCode.isEmpty());
    }
    QCOMPARE(current.constFirst().code, u"310101"_qs);
    QCOMPARE(current.constLast().code, u"310151"_qs);

    QCOMPARE(m_areas->districts(true).size(), 20);
}

void TestAreas::namesCurrentDistricts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");

    QTest::newRow("Huangpu") << u"310101"_qs << u"黄浦区"_qs;
    QTest::newRow("Xuhui") << u"310104"_qs << u"徐汇区"_qs;
    QTest::newRow("Changning") << u"310105"_qs << u"长宁区"_qs;
    QTest::newRow("Jing'an") << u"310106"_qs << u"静安区"_qs;
    QTest::newRow("Putuo") << u"310107"_qs << u"普陀区"_qs;
    QTest::newRow("Hongkou") << u"310109"_qs << u"虹口区"_qs;
    QTest::newRow("Yangpu") << u"310110"_qs << u"杨浦区"_qs;
    QTest::newRow("Minhang") << u"310112"_qs << u"闵行区"_qs;
    QTest::newRow("Baoshan") << u"310113"_qs << u"宝山区"_qs;
    QTest::newRow("Jiading") << u"310114"_qs << u"嘉定区"_qs;
    QTest::newRow("Pudong") << u"310115"_qs << u"浦东新区"_qs;
    QTest::newRow("Jinshan") << u"310116"_qs << u"金山区"_qs;
    QTest::newRow("Songjiang") << u"310117"_qs << u"松江区"_qs;
    QTest::newRow("Qingpu") << u"310118"_qs << u"青浦区"_qs;
    QTest::newRow("Fengxian") << u"310120"_qs << u"奉贤区"_qs;
    QTest::newRow("Chongming district") << u"310151"_qs << u"崇明区"_qs;
}

void TestAreas::namesCurrentDistricts()
{
    QFETCH(QString, code);
    QFETCH(QString, name);

    QCOMPARE(m_areas->districtName(code), name);
    QVERIFY(m_areas->isCurrentDistrict(code));
    QVERIFY(m_areas->isKnownDistrict(code));
    QCOMPARE(m_areas->currentDistrictCode(code), code);
}

void TestAreas::keepsRetiredDistricts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("successor");

    QTest::newRow("Luwan into Huangpu") << u"310103"_qs << u"卢湾区"_qs << u"310101"_qs;
    QTest::newRow("Zhabei into Jing'an") << u"310108"_qs << u"闸北区"_qs << u"310106"_qs;
    QTest::newRow("Nanhui into Pudong") << u"310119"_qs << u"南汇区"_qs << u"310115"_qs;
    QTest::newRow("Chongming county to district") << u"310230"_qs << u"崇明县"_qs << u"310151"_qs;
}

void TestAreas::keepsRetiredDistricts()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, successor);

    QCOMPARE(m_areas->districtName(code), name);
    QVERIFY(!m_areas->isCurrentDistrict(code));
    QVERIFY(m_areas->isKnownDistrict(code));
    QCOMPARE(m_areas->currentDistrictCode(code), successor);

    const District *district = m_areas->district(code);
    QVERIFY(district);
    QVERIFY(district->isRetired);
    for (const District &current : m_areas->districts())
        QVERIFY(current.code != code);
}

void TestAreas::ignoresUnknownCodes_data()
{
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << QString();
    QTest::newRow("province code") << u"310000"_qs;
    QTest::newRow("city level") << u"310100"_qs;
    QTest::newRow("outside Shanghai") << u"440524"_qs;
    QTest::newRow("five digits") << u"31010"_qs;
    QTest::newRow("unused Changning street number") << u"310105003"_qs;
}

void TestAreas::ignoresUnknownCodes()
{
    QFETCH(QString, code);

    QVERIFY(m_areas->districtName(code).isEmpty());
    QVERIFY(!m_areas->isCurrentDistrict(code));
    QVERIFY(!m_areas->isKnownDistrict(code));
    QVERIFY(m_areas->currentDistrictCode(code).isEmpty());
    QVERIFY(!m_areas->district(code));
    QVERIFY(m_areas->streetName(code).isEmpty());
    QVERIFY(m_areas->serviceCentre(code).isEmpty());
}

void TestAreas::listsChangningStreets()
{
    const QList<Street> streets = m_areas->streets(u"310105"_qs);
    QStringList codes;
    for (const Street &street : streets) {
        QCOMPARE(street.districtCode, u"310105"_qs);
        codes << street.code;
    }
    QCOMPARE(codes, QStringList({u"310105001"_qs, u"310105002"_qs, u"310105004"_qs, u"310105005"_qs,
                                 u"310105006"_qs, u"310105008"_qs, u"310105009"_qs, u"310105010"_qs,
                                 u"310105011"_qs, u"310105102"_qs}));

    // Street codes are not district codes even though they start with one.
    QVERIFY(!m_areas->isKnownDistrict(u"310105001"_qs));
}

void TestAreas::namesChangningStreets_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("isTown");

    QTest::newRow("Huayang Road") << u"310105001"_qs << u"华阳路街道"_qs << false;
    QTest::newRow("Jiangsu Road") << u"310105002"_qs << u"江苏路街道"_qs << false;
    QTest::newRow("Xinhua Road") << u"310105004"_qs << u"新华路街道"_qs << false;
    QTest::newRow("Zhoujiaqiao") << u"310105005"_qs << u"周家桥街道"_qs << false;
    QTest::newRow("Tianshan Road") << u"310105006"_qs << u"天山路街道"_qs << false;
    QTest::newRow("Xianxia Xincun") << u"310105008"_qs << u"仙霞新村街道"_qs << false;
    QTest::newRow("Hongqiao") << u"310105009"_qs << u"虹桥街道"_qs << false;
    QTest::newRow("Chengjiaqiao") << u"310105010"_qs << u"程家桥街道"_qs << false;
    QTest::newRow("Beixinjing") << u"310105011"_qs << u"北新泾街道"_qs << false;
    QTest::newRow("Xinjing town") << u"310105102"_qs << u"新泾镇"_qs << true;
}

void TestAreas::namesChangningStreets()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(bool, isTown);

    QCOMPARE(m_areas->streetName(code), name);
    QCOMPARE(m_areas->streetName(code + u"000"_qs), name);
    QCOMPARE(m_areas->serviceCentre(code), name + u"社区事务受理服务中心"_qs);

    const Street *street = m_areas->street(code);
    QVERIFY(street);
    QCOMPARE(street->kind, isTown ? Street::Kind::Town : Street::Kind::Subdistrict);
}

void TestAreas::leavesOtherDistrictsWithoutStreets()
{
    // Only Changning's towns are bundled so far; the other districts simply have none.
    QVERIFY(m_areas->streets(u"310115"_qs).isEmpty());
    QVERIFY(m_areas->streets(u"310108"_qs).isEmpty());
    QVERIFY(m_areas->streets(QString()).isEmpty());
    QVERIFY(m_areas->streetName(u"310105003"_qs).isEmpty());
}

void TestAreas::rejectsMalformedLists_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("not JSON") << QByteArray("{\"format\": 1,");
    QTest::newRow("top level array") << QByteArray("[]");
    QTest::newRow("missing format") << QByteArray(R"({"districts": []})");
    QTest::newRow("newer format") << QByteArray(R"({"format": 2, "districts": []})");
    QTest::newRow("five-digit district code")
        << QByteArray(R"({"format": 1, "districts": [{"code": "31010", "name": "A"}]})");
    QTest::newRow("district without name")
        << QByteArray(R"({"format": 1, "districts": [{"code": "310101"}]})");
    QTest::newRow("duplicate district") << QByteArray(R"({"format": 1, "districts": [
        {"code": "310101", "name": "A"}, {"code": "310101", "name": "B"}]})");
    QTest::newRow("retired without successor") << QByteArray(R"({"format": 1, "districts": [
        {"code": "310108", "name": "A", "retired": true}]})");
    QTest::newRow("successor is not current") << QByteArray(R"({"format": 1, "districts": [
        {"code": "310108", "name": "A", "retired": true, "successor": "310106"}]})");
    QTest::newRow("street in unknown district") << QByteArray(R"({"format": 1, "districts": [
        {"code": "310101", "name": "A"}], "streets": [
        {"code": "310105001", "name": "S", "district": "310105", "kind": "subdistrict"}]})");
    QTest::newRow("street code outside its district") << QByteArray(R"({"format": 1, "districts": [
        {"code": "310101", "name": "A"}], "streets": [
        {"code": "310105001", "name": "S", "district": "310101", "kind": "subdistrict"}]})");
    QTest::newRow("street of unknown kind") << QByteArray(R"({"format": 1, "districts": [
        {"code": "310101", "name": "A"}], "streets": [
        {"code": "310101001", "name": "S", "district": "310101", "kind": "village"}]})");
}

void TestAreas::rejectsMalformedLists()
{
    QFETCH(QByteArray, json);

    const Result<Areas> areas = Areas::fromJson(json, u"test.json"_qs);
    QVERIFY(!areas.isOk());
    QVERIFY2(areas.error().contains(u"test.json"_qs), qPrintable(areas.error()));
}

void TestAreas::fillsInServiceCentreName()
{
    const QByteArray json = R"({"format": 1, "districts": [{"code": "310101", "name": "A"}],
        "streets": [{"code": "310101002", "name": "示例街道", "district": "310101",
                     "kind": "subdistrict"}]})";

    const Result<Areas> areas = Areas::fromJson(json, u"test.json"_qs);
    QVERIFY2(areas.isOk(), qPrintable(areas.error()));
    QCOMPARE(areas->serviceCentre(u"310101002"_qs), u"示例街道社区事务受理服务中心"_qs);
}

QTEST_GUILESS_MAIN(TestAreas)
#include "testareas.moc"
