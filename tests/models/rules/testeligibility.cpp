// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include "rules/eligibility.h"
#include "rules/jsonlogicsuite.h"

using namespace Jiuzhu;
using namespace Jiuzhu::JsonLogic;

Q_DECLARE_METATYPE(Jiuzhu::JsonLogic::Outcome)

namespace {

QJsonValue parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + json + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", json);
    return document.array().at(0);
}

CompiledRule compiled(const QJsonValue &rule)
{
    const Result<CompiledRule> result = CompiledRule::compile(rule);
    if (!result)
        qFatal("rule does not compile: %s", qPrintable(result.error()));
    return *result;
}

std::optional<FactLabel> testLabel(const QString &path)
{
    static const QHash<QString, FactLabel> labels = {
        {QStringLiteral("household.income_pc_monthly"),
         {QStringLiteral("家庭月人均收入"), QStringLiteral("household monthly income per person"),
          QStringLiteral("fen")}},
        {QStringLiteral("household.assets_financial"),
         {QStringLiteral("家庭金融资产"), QStringLiteral("household financial assets"),
          QStringLiteral("fen")}},
        {QStringLiteral("household.size"),
         {QStringLiteral("家庭人口"), QStringLiteral("household size"), QStringLiteral("count")}},
        {QStringLiteral("household.lives_alone"),
         {QStringLiteral("独居"), QStringLiteral("lives alone"), QStringLiteral("bool")}},
        {QStringLiteral("household.has_supporter"),
         {QStringLiteral("有法定赡养人"), QStringLiteral("has a legal supporter"),
          QStringLiteral("bool")}},
        {QStringLiteral("household.receiving"),
         {QStringLiteral("已享受政策"), QStringLiteral("policies received"),
          QStringLiteral("code")}},
        {QStringLiteral("member.age"),
         {QStringLiteral("年龄"), QStringLiteral("age"), QStringLiteral("years")}},
        {QStringLiteral("param.dibao_standard"),
         {QStringLiteral("最低生活保障标准"), QStringLiteral("the minimum living standard"),
          QStringLiteral("fen")}},
        {QStringLiteral("param.lowincome_ratio"),
         {QStringLiteral("低收入倍数"), QStringLiteral("low-income multiple"),
          QStringLiteral("ratio")}},
    };
    const auto it = labels.constFind(path);
    return it == labels.constEnd() ? std::nullopt : std::optional<FactLabel>(*it);
}

// Household data with every fact the random rules use, or with some of them null.
class RandomFacts
{
public:
    explicit RandomFacts(quint32 seed)
        : m_random(seed)
    {
    }

    QJsonObject data(double nullChance)
    {
        QJsonObject household{
            {QStringLiteral("size"), maybe(nullChance, m_random.bounded(1, 6))},
            {QStringLiteral("income_pc_monthly"),
             maybe(nullChance, 1000 * m_random.bounded(0, 400))},
            {QStringLiteral("assets_financial"),
             maybe(nullChance, 10000 * m_random.bounded(0, 100))},
            {QStringLiteral("lives_alone"), maybe(nullChance, m_random.bounded(2) == 1)},
            {QStringLiteral("has_supporter"), maybe(nullChance, m_random.bounded(2) == 1)},
            {QStringLiteral("receiving"), maybe(nullChance, receiving())},
        };
        QJsonObject member{{QStringLiteral("age"), maybe(nullChance, m_random.bounded(0, 90))}};
        QJsonObject param{{QStringLiteral("dibao_standard"), 165000},
                          {QStringLiteral("lowincome_ratio"), 1.5}};
        return {{QStringLiteral("household"), household},
                {QStringLiteral("member"), member},
                {QStringLiteral("param"), param}};
    }

    // Replaces every null fact by a random value of the right kind.
    QJsonObject filled(const QJsonObject &data)
    {
        const QJsonObject fresh = this->data(0);
        QJsonObject result = data;
        for (const QString &group : {QStringLiteral("household"), QStringLiteral("member")}) {
            QJsonObject facts = data.value(group).toObject();
            for (auto it = facts.begin(); it != facts.end(); ++it) {
                if (it.value().isNull())
                    it.value() = fresh.value(group).toObject().value(it.key());
            }
            result.insert(group, facts);
        }
        return result;
    }

    // A random rule; `withDefaults` also uses ?? and var defaults, which decide on purpose
    // without the fact.
    QJsonValue condition(int depth, bool withDefaults)
    {
        const int choice = m_random.bounded(depth <= 0 ? 3 : 9);
        switch (choice) {
        case 0:
            return var(pick({"household.lives_alone", "household.has_supporter"}));
        case 1:
            return op(pick({"<", "<=", ">", ">=", "==", "!="}),
                      {number(depth - 1, withDefaults), number(depth - 1, withDefaults)});
        case 2:
            return op("in", {QString::fromLatin1(pick({"dibao", "lowincome", "medical"})),
                             var("household.receiving")});
        case 3:
        case 4:
            return op(pick({"and", "or"}), conditions(depth, withDefaults));
        case 5:
            return op(pick({"!", "!!"}), {condition(depth - 1, withDefaults)});
        case 6:
            return op("if", {condition(depth - 1, withDefaults), condition(depth - 1, withDefaults),
                             condition(depth - 1, withDefaults)});
        case 7:
            return op(pick({"<", ">="}),
                      {number(depth - 1, withDefaults), number(depth - 1, withDefaults),
                       number(depth - 1, withDefaults)});
        default:
            return op("==", {var(pick({"household.lives_alone", "household.has_supporter"})),
                             m_random.bounded(2) == 1});
        }
    }

private:
    QJsonValue maybe(double nullChance, const QJsonValue &value)
    {
        return m_random.generateDouble() < nullChance ? QJsonValue() : value;
    }

    QJsonArray receiving()
    {
        QJsonArray codes;
        for (const char *code : {"dibao", "lowincome", "medical"}) {
            if (m_random.bounded(2) == 1)
                codes.append(QString::fromLatin1(code));
        }
        return codes;
    }

    const char *pick(std::initializer_list<const char *> options)
    {
        return *(options.begin() + m_random.bounded(int(options.size())));
    }

    static QJsonObject op(const char *name, const QJsonArray &args)
    {
        return {{QString::fromLatin1(name), args}};
    }

    static QJsonObject var(const char *path)
    {
        return {{QStringLiteral("var"), QString::fromLatin1(path)}};
    }

    QJsonArray conditions(int depth, bool withDefaults)
    {
        QJsonArray items;
        const int count = m_random.bounded(1, 4);
        for (int i = 0; i < count; ++i)
            items.append(condition(depth - 1, withDefaults));
        return items;
    }

    QJsonValue number(int depth, bool withDefaults)
    {
        const int choice = m_random.bounded(depth <= 0 ? 3 : (withDefaults ? 8 : 6));
        switch (choice) {
        case 0:
            return var(pick({"household.size", "household.income_pc_monthly",
                             "household.assets_financial", "member.age", "param.dibao_standard"}));
        case 1:
            return 1000 * m_random.bounded(0, 300);
        case 2:
            return m_random.bounded(0, 70);
        case 3:
            return op(pick({"+", "-", "*"}),
                      {number(depth - 1, withDefaults), number(depth - 1, withDefaults)});
        case 4:
            return op("if", {condition(depth - 1, withDefaults), number(depth - 1, withDefaults),
                             number(depth - 1, withDefaults)});
        case 5:
            return op(pick({"max", "min"}),
                      {number(depth - 1, withDefaults), number(depth - 1, withDefaults)});
        case 6:
            return op("??", {var("household.assets_financial"), number(depth - 1, withDefaults)});
        default:
            return QJsonObject{
                {QStringLiteral("var"), QJsonArray{QStringLiteral("household.size"), 1}}};
        }
    }

    QRandomGenerator m_random;
};

Outcome plainOutcome(const CompiledRule &rule, const QJsonValue &data)
{
    return isTruthy(rule.evaluate(data)) ? Outcome::Met : Outcome::NotMet;
}

const char *outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Met:
        return "Met";
    case Outcome::NotMet:
        return "NotMet";
    case Outcome::Unknown:
        break;
    }
    return "Unknown";
}

} // namespace

// Three-valued eligibility over household facts: outcomes, missing facts, explanation sentences
// and benefit amounts, plus the promise that without missing facts it agrees with evaluate().
class TestEligibility : public QObject
{
    Q_OBJECT

private slots:
    void combinesOutcomesThreeValued_data();
    void combinesOutcomesThreeValued();
    void listsOnlyFactsThatDecide();
    void explainsComparisonWithValues();
    void explainsMissingFact();
    void explainsYesNoFactsAsStatements();
    void explainsArithmeticReadably();
    void showsFenAsYuan();
    void explainsAndOrWithChildren();
    void agreesWithPlainEvaluationWithoutMissingFacts();
    void agreesWithPlainEvaluationOnConformanceRules();
    void decidedOutcomesHoldForAnyFilling();
    void explanationAgreesWithOutcome();
    void computesAmounts_data();
    void computesAmounts();
};

void TestEligibility::combinesOutcomesThreeValued_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("data");
    QTest::addColumn<Outcome>("expected");
    QTest::addColumn<QStringList>("missing");

    const QString income = QStringLiteral(R"({"<":[{"var":"h.income"},1000]})");
    const QString assets = QStringLiteral(R"({"<":[{"var":"h.assets"},5000]})");
    const QString noAssets = QStringLiteral(R"({"h":{"income":500}})");
    const QStringList assetsMissing{QStringLiteral("h.assets")};

    QTest::newRow("comparison on missing fact is unknown")
        << assets << noAssets << Outcome::Unknown << assetsMissing;
    QTest::newRow("null fact counts as missing")
        << assets << QStringLiteral(R"({"h":{"assets":null}})") << Outcome::Unknown
        << assetsMissing;
    QTest::newRow("default makes a fact optional")
        << QStringLiteral(R"({"<":[{"var":["h.assets",0]},5000]})") << noAssets << Outcome::Met
        << QStringList();
    QTest::newRow("coalesce makes a fact optional")
        << QStringLiteral(R"({"<":[{"??":[{"var":"h.assets"},9000]},5000]})") << noAssets
        << Outcome::NotMet << QStringList();
    QTest::newRow("and with met and unknown is unknown")
        << QStringLiteral("{\"and\":[%1,%2]}").arg(income, assets) << noAssets << Outcome::Unknown
        << assetsMissing;
    QTest::newRow("and with not met and unknown is not met")
        << QStringLiteral("{\"and\":[%1,%2]}").arg(assets, income)
        << QStringLiteral(R"({"h":{"income":5000}})") << Outcome::NotMet << QStringList();
    QTest::newRow("or with met and unknown is met")
        << QStringLiteral("{\"or\":[%1,%2]}").arg(assets, income) << noAssets << Outcome::Met
        << QStringList();
    QTest::newRow("or with not met and unknown is unknown")
        << QStringLiteral("{\"or\":[%1,%2]}").arg(income, assets)
        << QStringLiteral(R"({"h":{"income":5000}})") << Outcome::Unknown << assetsMissing;
    QTest::newRow("not keeps unknown") << QStringLiteral("{\"!\":[%1]}").arg(assets) << noAssets
                                       << Outcome::Unknown << assetsMissing;
    QTest::newRow("not flips met") << QStringLiteral("{\"!\":[%1]}").arg(income) << noAssets
                                   << Outcome::NotMet << QStringList();
    QTest::newRow("if with unknown condition and agreeing branches")
        << QStringLiteral("{\"if\":[%1,true,{\"!\":false}]}").arg(assets) << noAssets
        << Outcome::Met << QStringList();
    QTest::newRow("if with unknown condition and differing branches")
        << QStringLiteral("{\"if\":[%1,%2,false]}").arg(assets, income) << noAssets
        << Outcome::Unknown << assetsMissing;
    QTest::newRow("if with known condition takes its branch")
        << QStringLiteral("{\"if\":[%1,%2,false]}").arg(income, assets)
        << QStringLiteral(R"({"h":{"income":5000}})") << Outcome::NotMet << QStringList();
    QTest::newRow("arithmetic on missing fact is unknown")
        << QStringLiteral(R"({">":[{"*":[{"var":"h.size"},2]},3]})") << noAssets << Outcome::Unknown
        << QStringList{QStringLiteral("h.size")};
    QTest::newRow("missing yes-no fact is unknown")
        << QStringLiteral(R"({"var":"h.alone"})") << noAssets << Outcome::Unknown
        << QStringList{QStringLiteral("h.alone")};
    QTest::newRow("false yes-no fact is not met")
        << QStringLiteral(R"({"var":"h.alone"})") << QStringLiteral(R"({"h":{"alone":false}})")
        << Outcome::NotMet << QStringList();
    QTest::newRow("error is not met")
        << QStringLiteral(R"({"/":[1,0]})") << noAssets << Outcome::NotMet << QStringList();
}

void TestEligibility::combinesOutcomesThreeValued()
{
    QFETCH(QString, rule);
    QFETCH(QString, data);
    QFETCH(Outcome, expected);
    QFETCH(QStringList, missing);

    const CompiledRule compiledRule = compiled(parse(qPrintable(rule)));
    const QJsonObject object = parse(qPrintable(data)).toObject();
    QStringList missingFacts;
    QCOMPARE(evaluateOutcome(compiledRule, object, &missingFacts), expected);
    QCOMPARE(missingFacts, missing);

    const EligibilityResult result = evaluateEligibility(compiledRule, object, testLabel);
    QCOMPARE(result.outcome, expected);
    QCOMPARE(result.missingFacts, missing);
}

void TestEligibility::listsOnlyFactsThatDecide()
{
    const CompiledRule rule = compiled(parse(R"({"and":[
        {"<=":[{"var":"household.income_pc_monthly"},{"var":"param.dibao_standard"}]},
        {"<":[{"var":"household.assets_financial"},{"var":"param.asset_limit"}]},
        {"!":{"var":"household.has_supporter"}}]})"));
    const QJsonObject data = parse(R"({"household":{"income_pc_monthly":100000},
        "param":{"dibao_standard":165000,"asset_limit":5000000}})")
                                 .toObject();

    const EligibilityResult result = evaluateEligibility(rule, data, testLabel);
    QCOMPARE(result.outcome, Outcome::Unknown);
    QCOMPARE(result.missingFacts, (QStringList{QStringLiteral("household.assets_financial"),
                                               QStringLiteral("household.has_supporter")}));
    QCOMPARE(result.explanation.children.size(), 3);
    QCOMPARE(result.explanation.children.at(0).outcome, Outcome::Met);
    QVERIFY(result.explanation.children.at(0).missingFacts.isEmpty());
    QCOMPARE(result.explanation.children.at(1).missingFacts,
             QStringList{QStringLiteral("household.assets_financial")});
}

void TestEligibility::explainsComparisonWithValues()
{
    const CompiledRule rule = compiled(
        parse(R"({"<":[{"var":"household.income_pc_monthly"},{"var":"param.dibao_standard"}]})"));
    const QJsonObject data = parse(R"({"household":{"income_pc_monthly":120000},
        "param":{"dibao_standard":165000}})")
                                 .toObject();

    const EligibilityResult result = evaluateEligibility(rule, data, testLabel);
    QCOMPARE(result.outcome, Outcome::Met);
    QCOMPARE(result.explanation.textZh,
             QStringLiteral("家庭月人均收入 1,200 元，低于 最低生活保障标准 1,650 元 — 符合"));
    QCOMPARE(result.explanation.textEn,
             QStringLiteral("household monthly income per person 1,200 yuan is below the "
                            "minimum living standard 1,650 yuan — met"));

    const CompiledRule negated = compiled(parse(
        R"({"!":{"<":[{"var":"household.income_pc_monthly"},{"var":"param.dibao_standard"}]}})"));
    const EligibilityResult flipped = evaluateEligibility(negated, data, testLabel);
    QCOMPARE(flipped.outcome, Outcome::NotMet);
    QCOMPARE(flipped.explanation.textZh,
             QStringLiteral("家庭月人均收入 1,200 元，不低于 最低生活保障标准 1,650 元 — 不符合"));
}

void TestEligibility::explainsMissingFact()
{
    const CompiledRule rule =
        compiled(parse(R"({"<=":[{"var":"household.assets_financial"},5000000]})"));
    const QJsonObject data = parse(R"({"household":{"assets_financial":null}})").toObject();

    const EligibilityResult result = evaluateEligibility(rule, data, testLabel);
    QCOMPARE(result.outcome, Outcome::Unknown);
    QCOMPARE(result.explanation.textZh, QStringLiteral("家庭金融资产 未登记 — 待补充"));
    QCOMPARE(result.explanation.textEn,
             QStringLiteral("household financial assets not recorded — unknown"));
    QCOMPARE(result.explanation.missingFacts,
             QStringList{QStringLiteral("household.assets_financial")});

    const QJsonObject known = parse(R"({"household":{"assets_financial":1234500}})").toObject();
    QCOMPARE(evaluateEligibility(rule, known, testLabel).explanation.textZh,
             QStringLiteral("家庭金融资产 12,345 元，不高于 50,000 元 — 符合"));
}

void TestEligibility::explainsYesNoFactsAsStatements()
{
    const QJsonObject data =
        parse(R"({"household":{"lives_alone":true,"has_supporter":false}})").toObject();

    const EligibilityResult alone =
        evaluateEligibility(compiled(parse(R"({"var":"household.lives_alone"})")), data, testLabel);
    QCOMPARE(alone.explanation.textZh, QStringLiteral("独居：是 — 符合"));
    QCOMPARE(alone.explanation.textEn, QStringLiteral("lives alone: yes — met"));

    const EligibilityResult noSupporter = evaluateEligibility(
        compiled(parse(R"({"!":{"var":"household.has_supporter"}})")), data, testLabel);
    QCOMPARE(noSupporter.outcome, Outcome::Met);
    QCOMPARE(noSupporter.explanation.textZh, QStringLiteral("有法定赡养人：否 — 符合"));

    const EligibilityResult compared = evaluateEligibility(
        compiled(parse(R"({"==":[{"var":"household.has_supporter"},true]})")), data, testLabel);
    QCOMPARE(compared.outcome, Outcome::NotMet);
    // A statement that is not met says what the rule asks for.
    QCOMPARE(compared.explanation.textEn,
             QStringLiteral("has a legal supporter: no (required: yes) — not met"));
    QCOMPARE(compared.explanation.textZh, QStringLiteral("有法定赡养人：否（应为：是） — 不符合"));

    const EligibilityResult negated = evaluateEligibility(
        compiled(parse(R"({"!=":[{"var":"household.lives_alone"},true]})")), data, testLabel);
    QCOMPARE(negated.outcome, Outcome::NotMet);
    QCOMPARE(negated.explanation.textEn, QStringLiteral("lives alone: yes (required: no) — not met"));
}

void TestEligibility::explainsArithmeticReadably()
{
    const CompiledRule rule = compiled(parse(R"({"<=":[{"var":"household.income_pc_monthly"},
        {"*":[{"var":"param.lowincome_ratio"},{"var":"param.dibao_standard"}]}]})"));
    const QJsonObject data = parse(R"({"household":{"income_pc_monthly":200000},
        "param":{"dibao_standard":165000,"lowincome_ratio":1.5}})")
                                 .toObject();

    const EligibilityResult result = evaluateEligibility(rule, data, testLabel);
    QCOMPARE(result.outcome, Outcome::Met);
    QCOMPARE(result.explanation.textZh,
             QStringLiteral("家庭月人均收入 2,000 元，不高于 1.5 × 最低生活保障标准 1,650 元 = "
                            "2,475 元 — 符合"));
    QCOMPARE(result.explanation.textEn,
             QStringLiteral("household monthly income per person 2,000 yuan is at most 1.5 × the "
                            "minimum living standard 1,650 yuan = 2,475 yuan — met"));

    const CompiledRule total = compiled(parse(R"({"<":[{"var":"household.income_pc_monthly"},
        {"*":[{"var":"param.dibao_standard"},{"var":"household.size"}]}]})"));
    const QJsonObject household = parse(R"({"household":{"income_pc_monthly":200000,"size":3},
        "param":{"dibao_standard":165000}})")
                                      .toObject();
    QCOMPARE(
        evaluateEligibility(total, household, testLabel).explanation.textZh,
        QStringLiteral("家庭月人均收入 2,000 元，低于 最低生活保障标准 1,650 元 × 家庭人口 3 = "
                       "4,950 元 — 符合"));
}

void TestEligibility::showsFenAsYuan()
{
    const CompiledRule rule =
        compiled(parse(R"({">":[{"var":"household.income_pc_monthly"},100000]})"));
    const QJsonObject data = parse(R"({"household":{"income_pc_monthly":120050}})").toObject();
    const EligibilityResult result = evaluateEligibility(rule, data, testLabel);
    QCOMPARE(result.explanation.textZh,
             QStringLiteral("家庭月人均收入 1,200.50 元，高于 1,000 元 — 符合"));
    QCOMPARE(result.explanation.textEn,
             QStringLiteral("household monthly income per person 1,200.50 yuan is above "
                            "1,000 yuan — met"));
}

void TestEligibility::explainsAndOrWithChildren()
{
    const CompiledRule rule = compiled(parse(R"({"or":[
        {"and":[{"var":"household.lives_alone"},{">=":[{"var":"member.age"},60]}]},
        {"in":["dibao",{"var":"household.receiving"}]}]})"));
    const QJsonObject data = parse(R"({"household":{"lives_alone":true,"receiving":["medical"]},
        "member":{"age":72}})")
                                 .toObject();

    const EligibilityResult result = evaluateEligibility(rule, data, testLabel);
    QCOMPARE(result.outcome, Outcome::Met);
    const Clause &root = result.explanation;
    QCOMPARE(root.textZh, QStringLiteral("满足以下任一条件 — 符合"));
    QCOMPARE(root.textEn, QStringLiteral("any of the following — met"));
    QCOMPARE(root.children.size(), 2);
    QCOMPARE(root.children.at(0).textEn, QStringLiteral("all of the following — met"));
    QCOMPARE(root.children.at(0).children.at(1).textZh,
             QStringLiteral("年龄 72 年，不低于 60 年 — 符合"));
    QCOMPARE(root.children.at(1).outcome, Outcome::NotMet);
    QCOMPARE(root.children.at(1).textZh, QStringLiteral("已享受政策 medical，包含 dibao — 不符合"));
    QCOMPARE(root.children.at(1).textEn,
             QStringLiteral("policies received medical includes dibao — not met"));
}

void TestEligibility::agreesWithPlainEvaluationWithoutMissingFacts()
{
    RandomFacts random(20260101);
    int checked = 0;
    for (int i = 0; i < 3000; ++i) {
        const QJsonValue ruleJson = random.condition(4, true);
        const CompiledRule rule = compiled(ruleJson);
        const QJsonObject data = random.data(0);
        QStringList missing;
        const Outcome outcome = evaluateOutcome(rule, data, &missing);
        const Outcome plain = plainOutcome(rule, data);
        if (outcome != plain) {
            QFAIL(qPrintable(QStringLiteral("rule %1 on %2: %3, plain %4")
                                 .arg(toCompactJson(ruleJson), toCompactJson(data),
                                      QString::fromLatin1(outcomeName(outcome)),
                                      QString::fromLatin1(outcomeName(plain)))));
        }
        QVERIFY(missing.isEmpty());
        ++checked;
    }
    QCOMPARE(checked, 3000);
}

void TestEligibility::agreesWithPlainEvaluationOnConformanceRules()
{
    const QString suites = QDir(qEnvironmentVariable("JIUZHU_SHARED_DIR"))
                               .filePath(QStringLiteral("conformance/jsonlogic/suites"));
    const QString index = QDir(suites).filePath(QStringLiteral("index.json"));
    const Result<QStringList> names = suiteFileNames(index, SuiteSelection::All);
    QVERIFY2(names.isOk(), qPrintable(names.error()));

    int compared = 0;
    for (const QString &name : *names) {
        QFile file(QDir(suites).filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue entry : cases) {
            const QJsonObject testCase = entry.toObject();
            if (testCase.isEmpty())
                continue;
            const CompiledRule rule = compiled(testCase.value(QStringLiteral("rule")));
            const QJsonValue data = testCase.value(QStringLiteral("data"));
            QStringList looked;
            QJsonValue error;
            const QJsonValue plain = rule.evaluate(data, &error, &looked);
            if (!looked.isEmpty())
                continue; // a fact is missing: three-valued reading may differ on purpose
            const Outcome expected = isTruthy(plain) ? Outcome::Met : Outcome::NotMet;
            QVERIFY2(evaluateOutcome(rule, data) == expected,
                     qPrintable(name + QStringLiteral(": ") +
                                testCase.value(QStringLiteral("description")).toString()));
            ++compared;
        }
    }
    QVERIFY(compared > 500);
}

// Soundness of the three-valued reading: when it decides despite missing facts, no value of
// those facts changes the plain result.
void TestEligibility::decidedOutcomesHoldForAnyFilling()
{
    RandomFacts random(4242);
    int decidedWithMissing = 0;
    for (int i = 0; i < 1500; ++i) {
        const QJsonValue ruleJson = random.condition(4, false);
        const CompiledRule rule = compiled(ruleJson);
        const QJsonObject data = random.data(0.3);
        QStringList missing;
        const Outcome outcome = evaluateOutcome(rule, data, &missing);
        if (outcome == Outcome::Unknown) {
            QVERIFY(!missing.isEmpty());
            continue;
        }
        QStringList looked;
        QJsonValue error;
        rule.evaluate(data, &error, &looked);
        if (!looked.isEmpty())
            ++decidedWithMissing;
        for (int fill = 0; fill < 5; ++fill) {
            const QJsonObject complete = random.filled(data);
            if (plainOutcome(rule, complete) != outcome) {
                QFAIL(qPrintable(QStringLiteral("rule %1 decided %2 on %3 but not on %4")
                                     .arg(toCompactJson(ruleJson),
                                          QString::fromLatin1(outcomeName(outcome)),
                                          toCompactJson(data), toCompactJson(complete))));
            }
        }
    }
    QVERIFY(decidedWithMissing > 50);
}

void TestEligibility::explanationAgreesWithOutcome()
{
    RandomFacts random(777);
    for (int i = 0; i < 800; ++i) {
        const CompiledRule rule = compiled(random.condition(3, true));
        const QJsonObject data = random.data(0.25);
        QStringList missing;
        const Outcome outcome = evaluateOutcome(rule, data, &missing);
        const EligibilityResult result = evaluateEligibility(rule, data, testLabel);
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.explanation.outcome, outcome);
        QCOMPARE(result.missingFacts, missing);
        QVERIFY(!result.explanation.textZh.isEmpty());
        QVERIFY(!result.explanation.textEn.isEmpty());
    }
}

void TestEligibility::computesAmounts_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("data");
    QTest::addColumn<bool>("unknown");
    QTest::addColumn<double>("amount");

    const QString gap = QStringLiteral(R"({"*":[{"-":[{"var":"param.dibao_standard"},
        {"var":"household.income_pc_monthly"}]},{"var":"household.size"}]})");
    QTest::newRow("dibao top-up for the household")
        << gap << QStringLiteral(R"({"household":{"income_pc_monthly":100000,"size":3},
               "param":{"dibao_standard":165000}})")
        << false << 195000.0;
    QTest::newRow("top-up needs the household size")
        << gap << QStringLiteral(R"({"household":{"income_pc_monthly":100000},
               "param":{"dibao_standard":165000}})")
        << true << 0.0;
    QTest::newRow("amount rounds to whole fen")
        << QStringLiteral(R"({"*":[{"var":"param.dibao_standard"},0.333]})")
        << QStringLiteral(R"({"param":{"dibao_standard":165000}})") << false << 54945.0;
    QTest::newRow("branches that agree need no condition")
        << QStringLiteral(R"({"if":[{"var":"household.lives_alone"},50000,50000]})")
        << QStringLiteral(R"({"household":{}})") << false << 50000.0;
    QTest::newRow("branches that differ need the condition")
        << QStringLiteral(R"({"if":[{"var":"household.lives_alone"},60000,50000]})")
        << QStringLiteral(R"({"household":{}})") << true << 0.0;
}

void TestEligibility::computesAmounts()
{
    QFETCH(QString, formula);
    QFETCH(QString, data);
    QFETCH(bool, unknown);
    QFETCH(double, amount);

    bool isUnknown = !unknown;
    const QJsonValue value = evaluateAmount(compiled(parse(qPrintable(formula))),
                                            parse(qPrintable(data)).toObject(), &isUnknown);
    QCOMPARE(isUnknown, unknown);
    if (unknown) {
        QVERIFY(value.isNull());
    } else {
        QCOMPARE(value.toDouble(), amount);
    }
}

QTEST_GUILESS_MAIN(TestEligibility)
#include "testeligibility.moc"
