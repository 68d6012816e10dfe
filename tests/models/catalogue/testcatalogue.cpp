// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <functional>
#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

#include "catalogue/catalogue.h"
#include "rulesketch.h"

using namespace Jiuzhu;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Jiuzhu::LocalizedText)

namespace {

const QStringList requiredCodes = {
    QStringLiteral("dibao"),
    QStringLiteral("low_income"),
    QStringLiteral("tekun"),
    QStringLiteral("expenditure_poverty"),
    QStringLiteral("medical_assistance"),
    QStringLiteral("temporary_assistance"),
    QStringLiteral("education_assistance"),
    QStringLiteral("lowrent_housing"),
    QStringLiteral("employment_difficulty"),
    QStringLiteral("flexible_employment_subsidy"),
    QStringLiteral("disability_living_subsidy"),
    QStringLiteral("disability_care_subsidy"),
    QStringLiteral("elderly_allowance"),
};

// Written independently of the loader's own walker: every string under a "var" key.
void collectVars(const QJsonValue &value, QStringList &paths)
{
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectVars(element, paths);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() == QLatin1String("var"))
                paths.append(it.value().isArray() ? it.value().toArray().at(0).toString()
                                                  : it.value().toString());
            else
                collectVars(it.value(), paths);
        }
    }
}

// Household facts as intake would derive them, in fen; `extra` overrides any of them.
QJsonObject household(int size, qint64 incomeMonthly, const QJsonObject &extra = {})
{
    QJsonObject facts{{QStringLiteral("size"), size},
                      {QStringLiteral("income_monthly"), double(incomeMonthly)},
                      {QStringLiteral("income_pc_monthly"), double(incomeMonthly) / size},
                      {QStringLiteral("income_annual"), double(incomeMonthly) * 12},
                      {QStringLiteral("income_pc_annual"), double(incomeMonthly) * 12 / size},
                      {QStringLiteral("hukou_shanghai"), true},
                      {QStringLiteral("is_dibao"), false},
                      {QStringLiteral("is_lowincome"), false},
                      {QStringLiteral("is_tekun"), false},
                      {QStringLiteral("is_expenditure_poor"), false}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        facts.insert(it.key(), it.value());
    return facts;
}

QJsonObject member(const QJsonObject &extra = {})
{
    QJsonObject facts{{QStringLiteral("hukou_shanghai"), true},
                      {QStringLiteral("employment"), QStringLiteral("unemployed")},
                      {QStringLiteral("income_monthly"), 0}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        facts.insert(it.key(), it.value());
    return facts;
}

// A small valid catalogue for the loader tests; rows change one thing to break it.
QJsonObject minimalPolicies()
{
    const QJsonObject value{{QStringLiteral("from"), QStringLiteral("2025-07-01")},
                            {QStringLiteral("to"), QStringLiteral("2026-06-30")},
                            {QStringLiteral("value"), 165000},
                            {QStringLiteral("source"), QStringLiteral("S1")},
                            {QStringLiteral("confidence"), QStringLiteral("stated")}};
    const QJsonObject parameter{
        {QStringLiteral("label"), QJsonObject{{QStringLiteral("zh"), QStringLiteral("标准")},
                                              {QStringLiteral("en"), QStringLiteral("Standard")}}},
        {QStringLiteral("unit"), QStringLiteral("fen")},
        {QStringLiteral("values"), QJsonArray{value}}};
    const QJsonObject rule = QJsonDocument::fromJson(R"({"<": [
        {"var": "household.income_pc_monthly"}, {"var": "param.standard"}]})")
                                 .object();
    const auto text = [](const QString &zh, const QString &en) {
        return QJsonObject{{QStringLiteral("zh"), zh}, {QStringLiteral("en"), en}};
    };
    const QJsonObject policy{
        {QStringLiteral("code"), QStringLiteral("sample")},
        {QStringLiteral("name"), text(u"样例"_s, u"Sample"_s)},
        {QStringLiteral("category"), QStringLiteral("basic")},
        {QStringLiteral("target"), text(u"样例家庭"_s, u"Sample households"_s)},
        {QStringLiteral("targetGroups"), QJsonArray{QStringLiteral("sample_group")}},
        {QStringLiteral("summary"), text(u"样例待遇"_s, u"A sample benefit"_s)},
        {QStringLiteral("scope"), QStringLiteral("household")},
        {QStringLiteral("eligibility"), rule},
        {QStringLiteral("ruleConfidence"), QStringLiteral("stated")},
        {QStringLiteral("ruleNote"), text(u"只检查收入"_s, u"Checks income only"_s)},
        {QStringLiteral("amount"),
         QJsonObject{{QStringLiteral("period"), QStringLiteral("none")},
                     {QStringLiteral("note"), text(u"无金额"_s, u"No amount"_s)}}},
        {QStringLiteral("documents"), QJsonArray{text(u"身份证"_s, u"ID card"_s)}},
        {QStringLiteral("channel"), text(u"受理中心"_s, u"Service centre"_s)},
        {QStringLiteral("legalBasis"), text(u"样例办法"_s, u"Sample measures"_s)},
        {QStringLiteral("parameters"), QJsonArray{QStringLiteral("standard")}},
        {QStringLiteral("sources"), QJsonArray{QStringLiteral("S1")}}};
    return {{QStringLiteral("version"), QStringLiteral("test")},
            {QStringLiteral("effective"), QStringLiteral("2026-01-01")},
            {QStringLiteral("targetGroups"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("code"), QStringLiteral("sample_group")},
                             {QStringLiteral("label"), text(u"样例人群"_s, u"Sample group"_s)}}}},
            {QStringLiteral("sources"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("S1")},
                                    {QStringLiteral("title"), QStringLiteral("Test source")}}}},
            {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("standard"), parameter}}},
            {QStringLiteral("policies"), QJsonArray{policy}}};
}

QByteArray minimalFacts()
{
    return R"({"facts": [
        {"path": "household.income_pc_monthly", "label": {"zh": "月人均收入", "en": "income"}, "unit": "fen"},
        {"path": "member.age", "label": {"zh": "年龄", "en": "age"}, "unit": "years"}]})";
}

using Mutation = std::function<void(QJsonObject &)>;

// Applies `change` to the first policy, parameter or parameter value of the minimal catalogue.
QByteArray mutated(const Mutation &change)
{
    QJsonObject root = minimalPolicies();
    change(root);
    return QJsonDocument(root).toJson();
}

QJsonObject firstPolicy(const QJsonObject &root)
{
    return root.value(QLatin1String("policies")).toArray().at(0).toObject();
}

void setFirstPolicy(QJsonObject &root, const QJsonObject &policy)
{
    root.insert(QStringLiteral("policies"), QJsonArray{policy});
}

void setPolicyField(QJsonObject &root, const QString &key, const QJsonValue &value)
{
    QJsonObject policy = firstPolicy(root);
    policy.insert(key, value);
    setFirstPolicy(root, policy);
}

void setValues(QJsonObject &root, const QJsonArray &values)
{
    QJsonObject parameters = root.value(QLatin1String("parameters")).toObject();
    QJsonObject parameter = parameters.value(QLatin1String("standard")).toObject();
    parameter.insert(QStringLiteral("values"), values);
    parameters.insert(QStringLiteral("standard"), parameter);
    root.insert(QStringLiteral("parameters"), parameters);
}

QJsonObject valueObject(const char *from, const QJsonValue &to, const QJsonValue &source)
{
    QJsonObject value{{QStringLiteral("from"), QLatin1String(from)},
                      {QStringLiteral("to"), to},
                      {QStringLiteral("value"), 100},
                      {QStringLiteral("confidence"), QStringLiteral("stated")}};
    if (!source.isUndefined())
        value.insert(QStringLiteral("source"), source);
    return value;
}

QJsonValue rule(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsBundledCatalogue();
    void hasRequiredPolicies_data();
    void hasRequiredPolicies();
    void rulesUseOnlyKnownNames_data();
    void rulesUseOnlyKnownNames();
    void parameterValuesAreSourcedAndOrdered();
    void parameterValueOn_data();
    void parameterValueOn();
    void workedExamples_data();
    void workedExamples();
    void minimalCatalogueLoads();
    void rejectsBadCatalogue_data();
    void rejectsBadCatalogue();
    void rejectsBadFactDictionary();
    void search_data();
    void search();
    void localizedTextFollowsLocale_data();
    void localizedTextFollowsLocale();

private:
    std::optional<Catalogue> m_catalogue;
};

void TestCatalogue::initTestCase()
{
    const Result<Catalogue> loaded = Catalogue::loadBundled();
    QVERIFY2(loaded.isOk(), qPrintable(loaded.error()));
    m_catalogue = loaded.value();
}

void TestCatalogue::loadsBundledCatalogue()
{
    QCOMPARE(m_catalogue->version(), QStringLiteral("2026.12.3"));
    QCOMPARE(m_catalogue->effectiveDate(), QDate(2026, 12, 4));
    QVERIFY(m_catalogue->policies().size() >= requiredCodes.size());
    QVERIFY(m_catalogue->fact(QStringLiteral("household.income_pc_monthly")));
    QCOMPARE(m_catalogue->fact(QStringLiteral("household.income_pc_monthly"))->label.zh,
             QStringLiteral("家庭月人均收入"));
    QVERIFY(m_catalogue->source(QStringLiteral("S34")));
}

void TestCatalogue::hasRequiredPolicies_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : requiredCodes)
        QTest::newRow(qPrintable(code)) << code;
}

void TestCatalogue::hasRequiredPolicies()
{
    QFETCH(QString, code);
    const Policy *policy = m_catalogue->policy(code);
    QVERIFY(policy);
    QVERIFY(!policy->name.zh.isEmpty() && !policy->name.en.isEmpty());
    QVERIFY(!policy->target.zh.isEmpty() && !policy->summary.en.isEmpty());
    QVERIFY(!policy->documents.isEmpty());
    QVERIFY(!policy->channel.zh.isEmpty());
    QVERIFY(!policy->legalBasis.zh.isEmpty());
    QVERIFY(!policy->sources.isEmpty());
    QVERIFY(!policy->keywords.isEmpty());
    QVERIFY(!policy->amountNote.zh.isEmpty());
}

void TestCatalogue::rulesUseOnlyKnownNames_data()
{
    QTest::addColumn<QString>("code");
    const Result<Catalogue> loaded = Catalogue::loadBundled();
    QVERIFY(loaded.isOk());
    for (const Policy &policy : loaded->policies())
        QTest::newRow(qPrintable(policy.code)) << policy.code;
}

void TestCatalogue::rulesUseOnlyKnownNames()
{
    QFETCH(QString, code);
    const Policy *policy = m_catalogue->policy(code);
    QVERIFY(policy);
    QStringList paths;
    collectVars(policy->eligibility, paths);
    collectVars(policy->amountFormula, paths);
    QVERIFY(!paths.isEmpty());
    for (const QString &path : std::as_const(paths)) {
        if (path.startsWith(QLatin1String("param."))) {
            const QString name = path.mid(6);
            QVERIFY2(m_catalogue->parameter(name), qPrintable(path));
            QVERIFY2(policy->parameters.contains(name), qPrintable(path));
        } else {
            QVERIFY2(m_catalogue->fact(path), qPrintable(path));
            if (policy->scope == QLatin1String("household"))
                QVERIFY2(!path.startsWith(QLatin1String("member.")), qPrintable(path));
        }
    }
}

void TestCatalogue::parameterValuesAreSourcedAndOrdered()
{
    const QStringList levels = {QStringLiteral("stated"), QStringLiteral("stated-secondary"),
                                QStringLiteral("inferred"), QStringLiteral("assumed")};
    for (const Parameter &parameter : m_catalogue->parameters()) {
        for (qsizetype i = 0; i < parameter.values.size(); ++i) {
            const ParameterValue &value = parameter.values.at(i);
            QVERIFY2(m_catalogue->source(value.source), qPrintable(parameter.name));
            QVERIFY2(levels.contains(value.confidence), qPrintable(parameter.name));
            QCOMPARE(value.isConfirmed(), value.confidence == QLatin1String("stated"));
            QVERIFY2(!value.note.zh.isEmpty() && !value.note.en.isEmpty(),
                     qPrintable(parameter.name));
            if (i > 0)
                QVERIFY2(parameter.values.at(i - 1).to < value.from, qPrintable(parameter.name));
        }
    }
}

void TestCatalogue::parameterValueOn_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("expected"); // -1: no value known on that date
    QTest::addColumn<bool>("confirmed");

    const QString dibao = QStringLiteral("dibao_standard");
    QTest::newRow("dibao 2021-07-01 first day of 1330")
        << dibao << QDate(2021, 7, 1) << 133000.0 << true;
    QTest::newRow("dibao 2021-06-30 still 1240")
        << dibao << QDate(2021, 6, 30) << 124000.0 << false;
    QTest::newRow("dibao 2023-06-30 last day of 1420")
        << dibao << QDate(2023, 6, 30) << 142000.0 << false;
    QTest::newRow("dibao 2023-07-01 unverified year has no value")
        << dibao << QDate(2023, 7, 1) << -1.0 << false;
    QTest::newRow("dibao 2024-07-01 1595") << dibao << QDate(2024, 7, 1) << 159500.0 << false;
    QTest::newRow("dibao 2025-07-01 1650") << dibao << QDate(2025, 7, 1) << 165000.0 << false;
    QTest::newRow("dibao 2026-07-01 1690") << dibao << QDate(2026, 7, 1) << 169000.0 << false;
    QTest::newRow("dibao 2030-01-01 open end") << dibao << QDate(2030, 1, 1) << 169000.0 << false;
    QTest::newRow("dibao 2018-01-01 before first value")
        << dibao << QDate(2018, 1, 1) << -1.0 << false;
    QTest::newRow("medical cap 2026 stated")
        << QStringLiteral("medassist_cap_dibao") << QDate(2026, 12, 1) << 13000000.0 << true;
    QTest::newRow("low-income ratio assumed")
        << QStringLiteral("lowincome_ratio") << QDate(2026, 12, 1) << 1.5 << false;
    QTest::newRow("flexible subsidy rate ends 2026-12-31")
        << QStringLiteral("flex_subsidy_rate") << QDate(2027, 1, 1) << -1.0 << false;
    QTest::newRow("elderly 65-69 in 2016 stated")
        << QStringLiteral("elderly_allowance_65_69") << QDate(2016, 5, 1) << 7500.0 << true;
    QTest::newRow("elderly 65-69 carried forward to 2026")
        << QStringLiteral("elderly_allowance_65_69") << QDate(2026, 12, 1) << 7500.0 << false;
    QTest::newRow("expenditure income line unknown")
        << QStringLiteral("expenditure_income_limit_pc_annual") << QDate(2026, 12, 1) << -1.0
        << false;
}

void TestCatalogue::parameterValueOn()
{
    QFETCH(QString, name);
    QFETCH(QDate, date);
    QFETCH(double, expected);
    QFETCH(bool, confirmed);

    const Parameter *parameter = m_catalogue->parameter(name);
    QVERIFY(parameter);
    const ParameterValue *value = parameter->valueOn(date);
    if (expected < 0) {
        QVERIFY(!value);
        return;
    }
    QVERIFY(value);
    QCOMPARE(value->value, expected);
    QCOMPARE(value->isConfirmed(), confirmed);
}

void TestCatalogue::workedExamples_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QJsonObject>("householdFacts");
    QTest::addColumn<QJsonObject>("memberFacts");
    QTest::addColumn<QJsonObject>("paramOverrides");
    QTest::addColumn<QJsonValue>("eligible"); // true, false or null (unknown)
    QTest::addColumn<QJsonValue>("amount");   // fen; null when no estimate

    const QJsonValue unknown(QJsonValue::Null);
    const QDate y2021(2021, 7, 1), y2024(2024, 7, 1), y2025(2025, 7, 1), y2026(2026, 7, 1);
    const QJsonObject dibaoHome{{QStringLiteral("is_dibao"), true}};
    const QJsonObject lowHome{{QStringLiteral("is_lowincome"), true}};
    const QJsonObject expHome{{QStringLiteral("is_expenditure_poor"), true}};

    QTest::newRow("W-D1 dibao 3 persons income 2400 gets 1590")
        << u"dibao"_s << y2021 << household(3, 240000) << QJsonObject() << QJsonObject()
        << QJsonValue(true) << QJsonValue(159000);
    QTest::newRow("W-D2 dibao single no income gets 1650")
        << u"dibao"_s << y2025 << household(1, 0) << QJsonObject() << QJsonObject()
        << QJsonValue(true) << QJsonValue(165000);
    QTest::newRow("W-D3 dibao income equal to standard is not eligible")
        << u"dibao"_s << y2024 << household(2, 319000) << QJsonObject() << QJsonObject()
        << QJsonValue(false) << QJsonValue(0);
    QTest::newRow("W-D4 dibao gap computed on totals")
        << u"dibao"_s << y2021 << household(3, 189400) << QJsonObject()
        << QJsonObject{{QStringLiteral("dibao_standard"), 63200}} << QJsonValue(true)
        << QJsonValue(200);
    QTest::newRow("dibao without Shanghai hukou")
        << u"dibao"_s << y2025 << household(1, 0, {{QStringLiteral("hukou_shanghai"), false}})
        << QJsonObject() << QJsonObject() << QJsonValue(false) << QJsonValue(165000);
    QTest::newRow("dibao in the 2023 gap is unknown")
        << u"dibao"_s << QDate(2023, 9, 1) << household(1, 0) << QJsonObject() << QJsonObject()
        << unknown << unknown;

    const int ages[] = {64, 65, 69, 70, 79, 80, 89, 90, 99, 100};
    const int yuan[] = {0, 75, 75, 150, 150, 180, 180, 350, 350, 600};
    for (int i = 0; i < 10; ++i) {
        QTest::addRow("W-D6 elderly allowance at age %d", ages[i])
            << u"elderly_allowance"_s << y2026 << household(1, 0)
            << member({{QStringLiteral("age"), ages[i]}}) << QJsonObject()
            << QJsonValue(ages[i] >= 65) << QJsonValue(yuan[i] * 100);
    }

    QTest::newRow("W-D7 medical dibao 100000 own-paid gets 90000")
        << u"medical_assistance"_s << y2026 << household(1, 0, dibaoHome)
        << member({{QStringLiteral("medical_oop_12m"), 10000000}}) << QJsonObject()
        << QJsonValue(true) << QJsonValue(9000000);
    QTest::newRow("W-D8 medical dibao capped at 130000")
        << u"medical_assistance"_s << y2026 << household(1, 0, dibaoHome)
        << member({{QStringLiteral("medical_oop_12m"), 20000000}}) << QJsonObject()
        << QJsonValue(true) << QJsonValue(13000000);
    QTest::newRow("W-D9 medical expenditure-type 40000 gets 20000")
        << u"medical_assistance"_s << y2026 << household(2, 500000, expHome)
        << member({{QStringLiteral("medical_oop_12m"), 4000000}}) << QJsonObject()
        << QJsonValue(true) << QJsonValue(2000000);
    QTest::newRow("medical not a recognised family")
        << u"medical_assistance"_s << y2026 << household(2, 500000)
        << member({{QStringLiteral("medical_oop_12m"), 4000000}}) << QJsonObject()
        << QJsonValue(false) << QJsonValue(0);

    QTest::newRow("W-D10 disability severe unemployed in dibao 410")
        << u"disability_living_subsidy"_s << QDate(2021, 12, 1) << household(1, 0, dibaoHome)
        << member({{QStringLiteral("has_disability"), true},
                   {QStringLiteral("severe_disability"), true}})
        << QJsonObject() << QJsonValue(true) << QJsonValue(41000);
    QTest::newRow("disability in low-income family 200")
        << u"disability_living_subsidy"_s << y2026 << household(2, 400000, lowHome)
        << member({{QStringLiteral("has_disability"), true},
                   {QStringLiteral("severe_disability"), false}})
        << QJsonObject() << QJsonValue(true) << QJsonValue(20000);

    QTest::newRow("W-D11 flexible employment subsidy 1131.9")
        << u"flexible_employment_subsidy"_s << y2026 << household(1, 300000)
        << member({{QStringLiteral("employment_difficulty"), true},
                   {QStringLiteral("employment"), QStringLiteral("flexible")}})
        << QJsonObject() << QJsonValue(true) << QJsonValue(113190);

    const QJsonObject housing{{QStringLiteral("hukou_years"), 3},
                              {QStringLiteral("living_area_pc"), 7},
                              {QStringLiteral("assets_pc"), 15000000}};
    // 4 persons with 50,400 yuan a year each: 16,800 yuan a month in total.
    QTest::newRow("W-D12 low-rent limits are inclusive")
        << u"lowrent_housing"_s << y2026 << household(4, 1680000, housing) << QJsonObject()
        << QJsonObject() << QJsonValue(true) << unknown;
    QJsonObject noAssets = housing;
    noAssets.insert(QStringLiteral("assets_pc"), QJsonValue::Null);
    QTest::newRow("low-rent without asset data is unknown")
        << u"lowrent_housing"_s << y2026 << household(4, 1680000, noAssets) << QJsonObject()
        << QJsonObject() << unknown << unknown;
    QTest::newRow("low-rent one fen over the income limit")
        << u"lowrent_housing"_s << y2026 << household(4, 1680004, housing) << QJsonObject()
        << QJsonObject() << QJsonValue(false) << unknown;

    QTest::newRow("tekun without supporter data is unknown")
        << u"tekun"_s << y2026 << household(1, 0, {{QStringLiteral("has_supporter"), unknown}})
        << member({{QStringLiteral("able_to_work"), false}}) << QJsonObject() << unknown << unknown;
    QTest::newRow("low income between 1 and 1.5 times dibao")
        << u"low_income"_s << y2026 << household(2, 400000) << QJsonObject() << QJsonObject()
        << QJsonValue(true) << unknown;
    QTest::newRow("expenditure poverty is at best unknown without the income line")
        << u"expenditure_poverty"_s << y2026
        << household(2, 500000, {{QStringLiteral("rigid_spending_12m"), 5000000}}) << QJsonObject()
        << QJsonObject() << unknown << unknown;
    QTest::newRow("temporary assistance not recorded is unknown")
        << u"temporary_assistance"_s << y2026
        << household(2, 0, {{QStringLiteral("sudden_hardship"), unknown}}) << QJsonObject()
        << QJsonObject() << unknown << unknown;

    const QJsonObject child{{QStringLiteral("is_minor"), true}};
    QTest::newRow("minors' dibao supplement 2021 is 1730 - 1330")
        << u"dibao_minor_supplement"_s << y2021 << household(2, 0, dibaoHome) << child
        << QJsonObject() << QJsonValue(true) << QJsonValue(40000);
    QTest::newRow("minors' dibao supplement 2026 has no known amount")
        << u"dibao_minor_supplement"_s << y2026 << household(2, 0, dibaoHome) << child
        << QJsonObject() << QJsonValue(true) << unknown;
    QJsonObject orphan = child;
    orphan.insert(QStringLiteral("guardian_status"), QStringLiteral("orphan"));
    QTest::newRow("orphan allowance 2018 is 1800")
        << u"orphan_allowance"_s << QDate(2018, 6, 1) << household(1, 0) << member(orphan)
        << QJsonObject() << QJsonValue(true) << QJsonValue(180000);
    QTest::newRow("orphan allowance without guardianship data is unknown")
        << u"orphan_allowance"_s << y2026 << household(1, 0)
        << member(
               {{QStringLiteral("is_minor"), true}, {QStringLiteral("guardian_status"), unknown}})
        << QJsonObject() << unknown << unknown;
    QTest::newRow("child raised by parents is no orphan")
        << u"orphan_allowance"_s << y2026 << household(3, 0)
        << member({{QStringLiteral("is_minor"), true},
                   {QStringLiteral("guardian_status"), QStringLiteral("parents")}})
        << QJsonObject() << QJsonValue(false) << unknown;
    const QJsonObject registered{{QStringLiteral("is_unemployed"), true},
                                 {QStringLiteral("unemployment_registered"), true},
                                 {QStringLiteral("working_age"), true}};
    QTest::newRow("unemployment benefit from July 2026 is 2340 a month")
        << u"unemployment_insurance_benefit"_s << y2026 << household(1, 0) << member(registered)
        << QJsonObject() << QJsonValue(true) << QJsonValue(234000);
    QJsonObject unregistered = registered;
    unregistered.insert(QStringLiteral("unemployment_registered"), false);
    QTest::newRow("unemployed but not registered is pointed to registration")
        << u"unemployment_registration"_s << y2026 << household(1, 0) << member(unregistered)
        << QJsonObject() << QJsonValue(true) << unknown;
    const QJsonObject hired{{QStringLiteral("employment_difficulty"), true},
                            {QStringLiteral("employment"), QStringLiteral("employed")}};
    QTest::newRow("employer post subsidy is half the 2025 minimum wage")
        << u"employer_post_subsidy"_s << y2025 << household(1, 0) << member(hired) << QJsonObject()
        << QJsonValue(true) << QJsonValue(137000);
    const QJsonObject older{{QStringLiteral("employment"), QStringLiteral("flexible")},
                            {QStringLiteral("working_age"), true},
                            {QStringLiteral("sex"), QStringLiteral("female")},
                            {QStringLiteral("age"), 53}};
    QTest::newRow("older unemployed woman of 53 is within three years of retirement")
        << u"older_unemployed_post_subsidy"_s << y2026 << household(1, 0) << member(older)
        << QJsonObject() << QJsonValue(true) << unknown;
    QJsonObject younger = older;
    younger.insert(QStringLiteral("age"), 50);
    QTest::newRow("older unemployed subsidy not yet at 50")
        << u"older_unemployed_post_subsidy"_s << y2026 << household(1, 0) << member(younger)
        << QJsonObject() << QJsonValue(false) << unknown;
    QTest::newRow("disaster relief not recorded is unknown")
        << u"disaster_relief"_s << y2026
        << household(2, 0, {{QStringLiteral("disaster_affected"), unknown}}) << QJsonObject()
        << QJsonObject() << unknown << unknown;
}

void TestCatalogue::workedExamples()
{
    QFETCH(QString, code);
    QFETCH(QDate, asOf);
    QFETCH(QJsonObject, householdFacts);
    QFETCH(QJsonObject, memberFacts);
    QFETCH(QJsonObject, paramOverrides);
    QFETCH(QJsonValue, eligible);
    QFETCH(QJsonValue, amount);

    const Policy *policy = m_catalogue->policy(code);
    QVERIFY(policy);
    QJsonObject params;
    for (const Parameter &parameter : m_catalogue->parameters()) {
        const ParameterValue *value = parameter.valueOn(asOf);
        params.insert(parameter.name, value ? QJsonValue(value->value) : QJsonValue());
    }
    for (auto it = paramOverrides.constBegin(); it != paramOverrides.constEnd(); ++it)
        params.insert(it.key(), it.value());
    const QJsonObject data{{QStringLiteral("household"), householdFacts},
                           {QStringLiteral("member"), memberFacts},
                           {QStringLiteral("param"), params}};

    QCOMPARE(evaluateSketch(policy->eligibility, data), eligible);
    const QJsonValue result = evaluateSketch(policy->amountFormula, data);
    if (amount.isNull()) {
        QVERIFY(result.isNull());
    } else {
        QVERIFY(result.isDouble());
        QCOMPARE(std::llround(result.toDouble()), qint64(amount.toDouble()));
    }
}

void TestCatalogue::minimalCatalogueLoads()
{
    const Result<Catalogue> loaded =
        Catalogue::fromJson(QJsonDocument(minimalPolicies()).toJson(), minimalFacts());
    QVERIFY2(loaded.isOk(), qPrintable(loaded.error()));
    QCOMPARE(loaded->policies().size(), 1);
}

void TestCatalogue::rejectsBadCatalogue_data()
{
    QTest::addColumn<QByteArray>("policies");
    QTest::addColumn<QStringList>("mentions");

    const auto eligibility = [](const char *json) {
        return mutated([json](QJsonObject &root) {
            setPolicyField(root, QStringLiteral("eligibility"), rule(json));
        });
    };
    QTest::newRow("rule uses a fact not in the dictionary")
        << eligibility(R"({"<": [{"var": "household.income_typo"}, 1]})")
        << QStringList{u"sample"_s, u"eligibility"_s, u"household.income_typo"_s};
    QTest::newRow("rule uses an undefined parameter")
        << eligibility(R"({"<": [{"var": "household.income_pc_monthly"}, {"var": "param.nope"}]})")
        << QStringList{u"sample"_s, u"eligibility"_s, u"nope"_s};
    QTest::newRow("household policy uses a member fact")
        << eligibility(R"({">=": [{"var": "member.age"}, 65]})")
        << QStringList{u"sample"_s, u"member.age"_s, u"household"_s};
    QTest::newRow("rule uses an operation that is not JsonLogic")
        << eligibility(R"({"between": [1, 2, 3]})") << QStringList{u"sample"_s, u"between"_s};
    QTest::newRow("rule names a variable by expression")
        << eligibility(R"({"var": {"cat": ["household.", "size"]}})")
        << QStringList{u"sample"_s, u"eligibility"_s};
    QTest::newRow("formula uses an unknown fact") << mutated([](QJsonObject &root) {
        setPolicyField(
            root, QStringLiteral("amount"),
            QJsonObject{
                {QStringLiteral("period"), QStringLiteral("month")},
                {QStringLiteral("formula"), rule(R"({"var": "household.wealth"})")},
                {QStringLiteral("note"), QJsonObject{{QStringLiteral("zh"), u"按财富"_s},
                                                     {QStringLiteral("en"), u"By wealth"_s}}}});
    }) << QStringList{u"sample"_s, u"amount.formula"_s, u"household.wealth"_s};
    QTest::newRow("parameter used but not listed") << mutated([](QJsonObject &root) {
        setPolicyField(root, QStringLiteral("parameters"), QJsonArray());
    }) << QStringList{u"sample"_s, u"standard"_s, u"parameters"_s};
    QTest::newRow("policy without a Chinese name") << mutated([](QJsonObject &root) {
        setPolicyField(root, QStringLiteral("name"),
                       QJsonObject{{QStringLiteral("en"), QStringLiteral("Sample")}});
    }) << QStringList{u"sample"_s, u"name"_s};
    QTest::newRow("policy without a code")
        << mutated([](QJsonObject &root) { setPolicyField(root, QStringLiteral("code"), {}); })
        << QStringList{u"code"_s};
    QTest::newRow("policy code used twice") << mutated([](QJsonObject &root) {
        const QJsonObject policy = firstPolicy(root);
        root.insert(QStringLiteral("policies"), QJsonArray{policy, policy});
    }) << QStringList{u"sample"_s, u"twice"_s};
    QTest::newRow("policy with an unknown scope") << mutated([](QJsonObject &root) {
        setPolicyField(root, QStringLiteral("scope"), QStringLiteral("family"));
    }) << QStringList{u"sample"_s, u"scope"_s, u"family"_s};
    QTest::newRow("policy names an unknown target group") << mutated([](QJsonObject &root) {
        setPolicyField(root, QStringLiteral("targetGroups"), QJsonArray{QStringLiteral("pets")});
    }) << QStringList{u"sample"_s, u"targetGroups"_s, u"pets"_s};
    QTest::newRow("policy without a target group") << mutated([](QJsonObject &root) {
        setPolicyField(root, QStringLiteral("targetGroups"), QJsonArray());
    }) << QStringList{u"sample"_s, u"targetGroups"_s};
    QTest::newRow("policy cites an unknown source") << mutated([](QJsonObject &root) {
        setPolicyField(root, QStringLiteral("sources"), QJsonArray{QStringLiteral("S99")});
    }) << QStringList{u"sample"_s, u"sources"_s, u"S99"_s};
    QTest::newRow("parameter value without source") << mutated([](QJsonObject &root) {
        setValues(root, {valueObject("2025-07-01", QJsonValue::Null, QJsonValue())});
    }) << QStringList{u"standard"_s, u"2025-07-01"_s, u"source"_s};
    QTest::newRow("parameter value with unlisted source") << mutated([](QJsonObject &root) {
        setValues(root, {valueObject("2025-07-01", QJsonValue::Null, QStringLiteral("S42"))});
    }) << QStringList{u"standard"_s, u"S42"_s};
    QTest::newRow("overlapping effective dates") << mutated([](QJsonObject &root) {
        setValues(root,
                  {valueObject("2025-07-01", QStringLiteral("2026-07-01"), QStringLiteral("S1")),
                   valueObject("2026-07-01", QJsonValue::Null, QStringLiteral("S1"))});
    }) << QStringList{u"standard"_s, u"2025-07-01"_s, u"2026-07-01"_s, u"overlap"_s};
    QTest::newRow("open-ended value followed by another") << mutated([](QJsonObject &root) {
        setValues(root, {valueObject("2026-07-01", QJsonValue::Null, QStringLiteral("S1")),
                         valueObject("2025-07-01", QJsonValue::Null, QStringLiteral("S1"))});
    }) << QStringList{u"standard"_s, u"overlap"_s};
    QTest::newRow("impossible from date") << mutated([](QJsonObject &root) {
        setValues(root, {valueObject("2025-02-30", QJsonValue::Null, QStringLiteral("S1"))});
    }) << QStringList{u"standard"_s, u"2025-02-30"_s, u"from"_s};
    QTest::newRow("to date in another format") << mutated([](QJsonObject &root) {
        setValues(root,
                  {valueObject("2025-07-01", QStringLiteral("2026/06/30"), QStringLiteral("S1"))});
    }) << QStringList{u"standard"_s, u"2026/06/30"_s, u"to"_s};
    QTest::newRow("end before start") << mutated([](QJsonObject &root) {
        setValues(root,
                  {valueObject("2025-07-01", QStringLiteral("2025-06-30"), QStringLiteral("S1"))});
    }) << QStringList{u"standard"_s, u"before"_s};
    QTest::newRow("catalogue effective date is not a date") << mutated([](QJsonObject &root) {
        root.insert(QStringLiteral("effective"), QStringLiteral("soon"));
    }) << QStringList{u"effective"_s};
    QTest::newRow("catalogue without version")
        << mutated([](QJsonObject &root) { root.remove(QStringLiteral("version")); })
        << QStringList{u"version"_s};
    QTest::newRow("catalogue is not JSON")
        << QByteArray("{\"version\": ") << QStringList{u"JSON"_s};
}

void TestCatalogue::rejectsBadCatalogue()
{
    QFETCH(QByteArray, policies);
    QFETCH(QStringList, mentions);

    const Result<Catalogue> loaded = Catalogue::fromJson(policies, minimalFacts());
    QVERIFY(!loaded.isOk());
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(loaded.error().contains(mention), qPrintable(loaded.error()));
}

void TestCatalogue::rejectsBadFactDictionary()
{
    const QByteArray policies = QJsonDocument(minimalPolicies()).toJson();
    const Result<Catalogue> duplicate = Catalogue::fromJson(policies, R"({"facts": [
        {"path": "household.income_pc_monthly", "label": {"zh": "收入", "en": "income"}},
        {"path": "household.income_pc_monthly", "label": {"zh": "收入", "en": "income"}}]})");
    QVERIFY(!duplicate.isOk());
    QVERIFY(duplicate.error().contains(QLatin1String("household.income_pc_monthly")));

    const Result<Catalogue> unlabelled =
        Catalogue::fromJson(policies, R"({"facts": [{"path": "household.income_pc_monthly"}]})");
    QVERIFY(!unlabelled.isOk());
    QVERIFY(unlabelled.error().contains(QLatin1String("label")));

    const Result<Catalogue> missingFile = Catalogue::fromFiles(
        QStringLiteral(":/nowhere/policies.json"), QStringLiteral(":/catalogue/facts.json"));
    QVERIFY(!missingFile.isOk());
    QVERIFY(missingFile.error().contains(QLatin1String(":/nowhere/policies.json")));
}

void TestCatalogue::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QStringList>("alsoFound");

    QTest::newRow("two-character Chinese 低保")
        << QStringLiteral("低保") << QStringLiteral("dibao")
        << QStringList{QStringLiteral("low_income"), QStringLiteral("dibao_single")};
    QTest::newRow("two-character Chinese 医疗")
        << QStringLiteral("医疗") << QStringLiteral("medical_assistance") << QStringList();
    QTest::newRow("pinyin dibao") << QStringLiteral("dibao") << QStringLiteral("dibao")
                                  << QStringList();
    QTest::newRow("mixed case DiBao")
        << QStringLiteral("DiBao") << QStringLiteral("dibao") << QStringList();
    QTest::newRow("full-width ＤＩＢＡＯ")
        << QStringLiteral("ＤＩＢＡＯ") << QStringLiteral("dibao") << QStringList();
    QTest::newRow("full name 最低生活保障")
        << QStringLiteral("最低生活保障") << QStringLiteral("dibao") << QStringList();
    QTest::newRow("abbreviation 4050")
        << QStringLiteral("4050") << QStringLiteral("employment_difficulty") << QStringList();
    QTest::newRow("two words 老年 津贴")
        << QStringLiteral("老年 津贴") << QStringLiteral("elderly_allowance") << QStringList();
    QTest::newRow("残疾 finds both subsidies")
        << QStringLiteral("残疾") << QString()
        << QStringList{QStringLiteral("disability_living_subsidy"),
                       QStringLiteral("disability_care_subsidy")};
    QTest::newRow("English words in names")
        << QStringLiteral("low-rent") << QStringLiteral("lowrent_housing") << QStringList();
    QTest::newRow("category name housing")
        << QStringLiteral("housing") << QStringLiteral("lowrent_housing") << QStringList();
    QTest::newRow("initials db") << QStringLiteral("db") << QString()
                                 << QStringList{QStringLiteral("dibao")};
    QTest::newRow("pinyin yiliao") << QStringLiteral("yiliao") << QString()
                                   << QStringList{QStringLiteral("medical_assistance")};
    QTest::newRow("initials yl") << QStringLiteral("yl") << QString()
                                 << QStringList{QStringLiteral("medical_assistance")};
    QTest::newRow("start of the name 最低")
        << QStringLiteral("最低") << QStringLiteral("dibao") << QStringList();
    QTest::newRow("two-character Chinese 廉租")
        << QStringLiteral("廉租") << QStringLiteral("lowrent_housing") << QStringList();
    QTest::newRow("pinyin lianzu")
        << QStringLiteral("lianzu") << QStringLiteral("lowrent_housing") << QStringList();
    QTest::newRow("ICU pinyin of the whole name lianzuzhufang")
        << QStringLiteral("lianzuzhufang") << QStringLiteral("lowrent_housing") << QStringList();
    QTest::newRow("ICU initials of the whole name lzzf")
        << QStringLiteral("lzzf") << QStringLiteral("lowrent_housing") << QStringList();
    QTest::newRow("full-width initials ＹＬ")
        << QStringLiteral("ＹＬ") << QString() << QStringList{QStringLiteral("medical_assistance")};
    QTest::newRow("single character 奶")
        << QStringLiteral("奶") << QStringLiteral("elderly_milk") << QStringList();
    QTest::newRow("nothing matches") << QStringLiteral("火星移民") << QString() << QStringList();
    QTest::newRow("unrelated Latin word matches nothing")
        << QStringLiteral("xyzzyq") << QString() << QStringList();
}

void TestCatalogue::search()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(QStringList, alsoFound);

    const QList<const Policy *> found = m_catalogue->search(text);
    QStringList codes;
    for (const Policy *policy : found)
        codes.append(policy->code);
    if (!first.isEmpty()) {
        QVERIFY2(!codes.isEmpty(), qPrintable(text));
        QCOMPARE(codes.first(), first);
    } else if (alsoFound.isEmpty()) {
        QVERIFY2(codes.isEmpty(), qPrintable(codes.join(QLatin1Char(','))));
    }
    for (const QString &code : std::as_const(alsoFound))
        QVERIFY2(codes.contains(code), qPrintable(codes.join(QLatin1Char(','))));
}

void TestCatalogue::localizedTextFollowsLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<LocalizedText>("text");
    QTest::addColumn<QString>("expected");

    const LocalizedText both{QStringLiteral("低保"), QStringLiteral("Dibao")};
    const LocalizedText zhOnly{QStringLiteral("低保"), QString()};
    QTest::newRow("simplified Chinese")
        << QLocale(QLocale::Chinese, QLocale::China) << both << QStringLiteral("低保");
    QTest::newRow("traditional Chinese")
        << QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan) << both
        << QStringLiteral("低保");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << both
                             << QStringLiteral("Dibao");
    QTest::newRow("German falls back to English")
        << QLocale(QLocale::German) << both << QStringLiteral("Dibao");
    QTest::newRow("English falls back to Chinese when missing")
        << QLocale(QLocale::English) << zhOnly << QStringLiteral("低保");
}

void TestCatalogue::localizedTextFollowsLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(LocalizedText, text);
    QFETCH(QString, expected);
    QCOMPARE(text.text(locale), expected);
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "testcatalogue.moc"
