// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <random>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "catalogue/catalogue.h"
#include "households/areas.h"
#include "matching/facts.h"
#include "matching/matcher.h"
#include "rules/jsonlogic.h"
#include "rules/jsonlogicnode.h"
#include "screening/batchrule.h"
#include "screening/blockevaluator.h"
#include "screening/caseloadgenerator.h"
#include "screening/facttable.h"
#include "screening/screening.h"

using namespace Jiuzhu;

Q_DECLARE_METATYPE(Screening::Engine)

class TestScreening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void factTableHoldsTheFactsMatcherSees();
    void agreesWithMatcherOnEveryPolicy_data();
    void agreesWithMatcherOnEveryPolicy();
    void batchRuleAgreesWithJsonEvaluator_data();
    void batchRuleAgreesWithJsonEvaluator();
    void blockEvaluationAgreesWithRowByRow_data();
    void blockEvaluationAgreesWithRowByRow();
    void leavesUnsupportedOperatorsToJsonEvaluator();
    void compilesWholeBundledCatalogue();
    void givesSameResultOnSeveralThreads();
    void reportsProgressAndStopsWhenCancelled();

private:
    QList<Household> caseload(int count, quint64 seed) const;

    std::optional<Catalogue> m_catalogue;
    std::optional<Areas> m_areas;
};

namespace {

const QDate Reference(2026, 6, 1);

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Pushes generated households towards the edges the rules must handle: unknown birth dates
// (age missing), no members at all, benefits the catalogue does not know, empty codes.
void roughen(QList<Household> &households, quint64 seed)
{
    std::mt19937_64 dice(seed);
    for (Household &h : households) {
        const quint64 roll = dice() % 100;
        if (roll < 4 && !h.members.isEmpty())
            h.members[int(dice() % quint64(h.members.size()))].birthDate = QDate();
        else if (roll < 5)
            h.members.clear();
        else if (roll < 8)
            h.benefits << Benefit{{}, QStringLiteral("district_top_up"), QString(), {}, 0};
        else if (roll < 10 && !h.members.isEmpty())
            h.members.first().employment.clear();
        else if (roll < 12)
            h.benefits << Benefit{{}, QStringLiteral("expenditure_poverty"), QString(), {}, 0};
    }
}

struct CompiledBatchRule
{
    std::optional<JsonLogic::CompiledRule> json;
    std::optional<BatchRule> batch;
    QStringList factSlots;
    QStringList literals;
    QString error;
};

// Compiles a rule text as Screening would, with one parameter (dibao_standard) on the date.
std::unique_ptr<CompiledBatchRule> compileBatchRule(const QString &rule, bool isMemberScope)
{
    auto compiled = std::make_unique<CompiledBatchRule>();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray(R"({"r":)") + rule.toUtf8() + QByteArray("}"), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        compiled->error = parseError.errorString();
        return compiled;
    }
    auto json = JsonLogic::CompiledRule::compile(document.object().value(u"r"));
    if (!json) {
        compiled->error = QStringLiteral("JSON rule does not compile");
        return compiled;
    }
    compiled->json = json.value();

    BatchRule::Environment env;
    env.isMemberScope = isMemberScope;
    env.parameters.insert(QStringLiteral("dibao_standard"), 169000);
    QStringList &factSlots = compiled->factSlots;
    QStringList &literals = compiled->literals;
    env.slot = [&factSlots](const QString &path) {
        if (!factSlots.contains(path))
            factSlots << path;
        return int(factSlots.indexOf(path));
    };
    env.literal = [&literals](const QString &text) {
        if (!literals.contains(text))
            literals << text;
        return int(literals.indexOf(text));
    };
    compiled->batch = BatchRule::compile(*compiled->json->root(), env, &compiled->error);
    return compiled;
}

} // namespace

void TestScreening::initTestCase()
{
    Result<Catalogue> catalogue = Catalogue::loadBundled();
    QVERIFY2(catalogue, qPrintable(catalogue.error()));
    m_catalogue = std::move(catalogue).value();
    Result<Areas> areas = Areas::loadBundled();
    QVERIFY2(areas, qPrintable(areas.error()));
    m_areas = std::move(areas).value();
}

QList<Household> TestScreening::caseload(int count, quint64 seed) const
{
    CaseloadOptions options;
    options.households = count;
    options.seed = seed;
    options.referenceDate = Reference;
    QList<Household> households = CaseloadGenerator(*m_areas).generate(options);
    roughen(households, seed ^ 0x5eed);
    return households;
}

void TestScreening::factTableHoldsTheFactsMatcherSees()
{
    const QList<Household> households = caseload(400, 11);
    const QDate asOf(2026, 12, 4);
    const FactTable table = FactTable::build(households, asOf);
    QCOMPARE(table.householdCount(), households.size());

    for (int h = 0; h < households.size(); ++h) {
        const Household &household = households.at(h);
        QCOMPARE(table.householdFacts(h), Facts::household(household, asOf));
        QCOMPARE(table.endMember(h) - table.firstMember(h), household.members.size());
        for (int m = 0; m < household.members.size(); ++m) {
            QCOMPARE(table.memberFacts(table.firstMember(h) + m),
                     Facts::member(household, household.members.at(m), asOf));
        }
    }
}

void TestScreening::agreesWithMatcherOnEveryPolicy_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<Screening::Engine>("engine");
    QTest::newRow("catalogue date, batch engine")
        << QDate(2026, 12, 4) << quint64(1) << Screening::Engine::Batch;
    QTest::newRow("catalogue date, JSON engine")
        << QDate(2026, 12, 4) << quint64(2) << Screening::Engine::Json;
    QTest::newRow("dibao standard has no value (gap in 2023-24)")
        << QDate(2024, 1, 15) << quint64(3) << Screening::Engine::Batch;
    QTest::newRow("older parameters in 2021")
        << QDate(2021, 3, 1) << quint64(4) << Screening::Engine::Batch;
    QTest::newRow("flexible employment subsidy rate expired in 2027")
        << QDate(2027, 2, 1) << quint64(5) << Screening::Engine::Batch;
}

void TestScreening::agreesWithMatcherOnEveryPolicy()
{
    QFETCH(QDate, asOf);
    QFETCH(quint64, seed);
    QFETCH(Screening::Engine, engine);

    const QList<Household> households = caseload(1500, seed);
    const Screening screening(*m_catalogue, asOf, {}, engine);
    const ScreeningResult result = screening.run(FactTable::build(households, asOf), 2);
    const Matcher matcher(*m_catalogue);

    int compared = 0;
    for (int h = 0; h < households.size(); ++h) {
        const MatchResult match = matcher.match(households.at(h), asOf);
        QCOMPARE(match.policies.size(), screening.policyCount());
        for (const PolicyMatch &expected : match.policies) {
            const int p = screening.policyIndex(expected.policyCode);
            QVERIFY(p >= 0);
            const QByteArray where =
                QStringLiteral("household %1, policy %2").arg(h).arg(expected.policyCode).toUtf8();
            QVERIFY2(result.status(h, p) == expected.status, where.constData());
            QVERIFY2(result.amountFen(h, p) == expected.amountFen, where.constData());
            QVERIFY2(sorted(screening.missingFacts(result.missingMask(h, p))) ==
                         sorted(expected.missingFacts),
                     where.constData());
            ++compared;
        }
    }
    QVERIFY(compared > 1500 * 10);
}

void TestScreening::batchRuleAgreesWithJsonEvaluator_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("isMemberScope");

    const auto row = [](const char *name, const char *rule, bool member) {
        QTest::newRow(name) << QString::fromUtf8(rule) << member;
    };
    row("and with missing assets is unknown unless another clause fails",
        R"({"and":[{"<":[{"var":"household.assets_pc"},5000000]},
                   {"==":[{"var":"household.hukou_shanghai"},true]}]})",
        false);
    row("or decided by a later clause after an unknown one",
        R"({"or":[{"==":[{"var":"household.has_supporter"},false]},
                  {">=":[{"var":"household.size"},3]}]})",
        false);
    row("if on a missing fact with equal branches is known",
        R"({"if":[{"var":"household.sudden_hardship"},100,100]})", false);
    row("if on a missing fact with branches of equal truth is truth-only",
        R"({"if":[{"var":"household.sudden_hardship"},100,200]})", false);
    row("if on a missing fact with branches of different truth is unknown",
        R"({"if":[{"var":"household.sudden_hardship"},100,0]})", false);
    row("not of a missing fact", R"({"!":{"var":"household.has_supporter"}})", false);
    row("double not of a number", R"({"!!":[{"var":"household.vehicles"}]})", false);
    row("coalesce hides a missing fact but the last argument does not",
        R"({"<":[{"??":[{"var":"household.vehicles"},{"var":"household.properties"}]},1]})", false);
    row("var default replaces a missing fact", R"({"<":[{"var":["household.properties",0]},1]})",
        false);
    row("in receiving array", R"({"in":["dibao",{"var":"household.receiving"}]})", false);
    row("in member receiving array", R"({"in":["elderly_allowance",{"var":"member.receiving"}]})",
        true);
    row("member fact in a household rule is missing", R"({">=":[{"var":"member.age"},65]})", false);
    row("in literal list", R"({"in":[{"var":"member.employment"},["employed","flexible"]]})", true);
    row("in text", R"({"in":["ex",{"var":"member.employment"}]})", true);
    row("text ordering", R"({"<":[{"var":"member.sex"},"m"]})", true);
    row("loose equality of number and numeric text",
        R"({"==":[{"var":"member.disability_grade"},"2"]})", true);
    row("strict equality of number and text is false",
        R"({"===":[{"var":"member.disability_grade"},"2"]})", true);
    row("not equal codes", R"({"!=":[{"var":"member.disability_type"},"none"]})", true);
    row("division by zero raises and counts as not met",
        R"({">":[{"/":[{"var":"household.income_monthly"},{"var":"household.able_adults"}]},0]})",
        false);
    row("error after a missing fact is unknown",
        R"({">":[{"+":[{"var":"household.assets_pc"},{"var":"member.sex"}]},0]})", true);
    row("chained comparison", R"({"<":[0,{"var":"member.age"},18]})", true);
    row("unknown fact is always missing", R"({"==":[{"var":"household.not_a_fact"},1]})", false);
    row("parameter without a value is missing",
        R"({"<":[{"var":"household.income_pc_annual"},{"var":"param.no_such_parameter"}]})", false);
    row("dibao amount formula",
        R"({"max":[0,{"-":[{"*":[{"var":"param.dibao_standard"},{"var":"household.size"}]},
                           {"var":"household.income_monthly"}]}]})",
        false);
    row("modulo and min", R"({"min":[{"%":[{"var":"member.age"},7]},3]})", true);
    row("subtract one argument negates", R"({"-":[{"var":"household.living_area_pc"}]})", false);
    row("amount that is not a number", R"({"if":[{"var":"member.is_minor"},"x",true]})", true);
    row("arithmetic on parameters and numbers compared with a fact",
        R"({"<":[{"var":"household.income_pc_monthly"},
                 {"*":[{"var":"param.dibao_standard"},1.5,{"-":[3,1]}]}]})",
        false);
    row("division of a parameter by zero raises",
        R"({"<":[{"var":"household.income_pc_monthly"},{"/":[{"var":"param.dibao_standard"},0]}]})",
        false);
    row("amount of parameters and numbers alone",
        R"({"max":[{"-":[{"var":"param.dibao_standard"},100]},{"%":[7,4]},{"/":[2]},{"-":[5]}]})",
        true);
}

void TestScreening::batchRuleAgreesWithJsonEvaluator()
{
    QFETCH(QString, rule);
    QFETCH(bool, isMemberScope);

    const auto rules = compileBatchRule(rule, isMemberScope);
    QVERIFY2(rules->batch, qPrintable(rules->error));
    const JsonLogic::CompiledRule *compiled = &*rules->json;
    const std::optional<BatchRule> &batch = rules->batch;
    const QStringList &factSlots = rules->factSlots;

    const QDate asOf(2026, 12, 4);
    const FactTable table = FactTable::build(caseload(600, 21), asOf);
    const BatchStrings strings(table, rules->literals);
    const QJsonObject parameters{{QStringLiteral("dibao_standard"), 169000}};
    for (int h = 0; h < table.householdCount(); ++h) {
        QJsonObject data{{QStringLiteral("household"), table.householdFacts(h)},
                         {QStringLiteral("param"), parameters}};
        const int first = isMemberScope ? table.firstMember(h) : -1;
        const int end = isMemberScope ? table.endMember(h) : 0;
        for (int m = first; m < end; ++m) {
            if (m >= 0)
                data.insert(QStringLiteral("member"), table.memberFacts(m));
            QStringList expectedMissing;
            const JsonLogic::Outcome expected =
                JsonLogic::evaluateOutcome(*compiled, data, &expectedMissing);
            quint64 mask = 0;
            const JsonLogic::Outcome actual = batch->outcome(table, strings, {h, m}, &mask);
            QStringList actualMissing;
            for (int bit = 0; bit < factSlots.size(); ++bit) {
                if (mask & (quint64(1) << bit))
                    actualMissing << factSlots.at(bit);
            }
            const QByteArray where =
                QStringLiteral("household %1 member %2").arg(h).arg(m).toUtf8();
            QVERIFY2(actual == expected, where.constData());
            QVERIFY2(sorted(actualMissing) == sorted(expectedMissing), where.constData());

            bool expectedUnknown = false;
            const QJsonValue amount = JsonLogic::evaluateAmount(*compiled, data, &expectedUnknown);
            std::optional<qint64> expectedAmount;
            if (!expectedUnknown && amount.isDouble() && std::isfinite(amount.toDouble()))
                expectedAmount = std::max<qint64>(0, qRound64(amount.toDouble()));
            bool actualUnknown = false;
            QVERIFY2(batch->amount(table, strings, {h, m}, &actualUnknown) == expectedAmount,
                     where.constData());
            QVERIFY2(actualUnknown == expectedUnknown, where.constData());
        }
    }
}

void TestScreening::blockEvaluationAgreesWithRowByRow_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("isMemberScope");
    QTest::addColumn<bool>("isBlockwise");

    const auto row = [](const char *name, const char *rule, bool member, bool blockwise) {
        QTest::newRow(name) << QString::fromUtf8(rule) << member << blockwise;
    };
    row("and of a fact that can be missing and a flag",
        R"({"and":[{"<":[{"var":"household.assets_pc"},5000000]},
                   {"==":[{"var":"household.hukou_shanghai"},true]}]})",
        false, true);
    row("or decided by a later clause after an unknown one",
        R"({"or":[{"==":[{"var":"household.has_supporter"},false]},
                  {">=":[{"var":"household.size"},3]}]})",
        false, true);
    row("member clauses mixed with household clauses",
        R"({"and":[{"==":[{"var":"member.hukou_shanghai"},true]},
                   {"or":[{"==":[{"var":"member.severe_disability"},true]},
                          {"==":[{"var":"household.is_dibao"},true]}]},
                   {">=":[{"var":"household.income_pc_monthly"},{"var":"param.dibao_standard"}]},
                   {"<":[{"var":"member.income_monthly"},{"var":"param.dibao_standard"}]}]})",
        true, true);
    row("member fact compared with a household fact",
        R"({"<":[{"var":"member.income_monthly"},{"var":"household.income_pc_monthly"}]})", true,
        true);
    row("member-scope rule on household facts only, households without members",
        R"({"==":[{"var":"household.hukou_shanghai"},true]})", true, true);
    row("codes compared with texts, one the table does not hold",
        R"({"or":[{"==":[{"var":"member.employment"},"flexible"]},
                  {"===":["astronaut",{"var":"member.employment"}]},
                  {"!=":[{"var":"member.sex"},"male"]}]})",
        true, true);
    row("or with a clause that raises before a met one",
        R"({"or":[{">":[{"/":[{"var":"household.income_monthly"},{"var":"household.able_adults"}]},0]},
                  {"==":[{"var":"household.hukou_shanghai"},true]}]})",
        false, true);
    row("and that stops at a false clause before one that raises",
        R"({"and":[{"==":[{"var":"household.hukou_shanghai"},false]},
                   {">":[{"/":[{"var":"household.income_monthly"},{"var":"household.able_adults"}]},0]}]})",
        false, true);
    row("if on an unknown condition with branches that agree or not",
        R"({"if":[{"<":[{"var":"household.assets_pc"},100000]},
                  {"==":[{"var":"member.employment"},"employed"]},
                  {"!":[{"==":[{"var":"member.sex"},"male"]}]}]})",
        true, true);
    row("if chain without else and a branch that raises",
        R"({"if":[{"==":[{"var":"household.has_supporter"},true]},
                  {">":[{"/":[1,{"var":"household.able_adults"}]},0]},
                  {"<":[{"var":"household.assets_pc"},100000]},true]})",
        false, true);
    row("not of a missing fact", R"({"!":{"var":"household.has_supporter"}})", false, true);
    row("double not and boolean literals",
        R"({"and":[{"!!":[{">=":[{"var":"member.age"},18]}]},true,
                   {"or":[false,{"<":[{"var":"member.age"},70]}]}]})",
        true, true);
    row("empty and, empty not", R"({"or":[{"and":[]},{"!":[]}]})", false, true);
    row("unknown fact and parameter without a value are missing",
        R"({"or":[{"==":[{"var":"household.not_a_fact"},1]},
                  {"<":[{"var":"household.income_pc_annual"},{"var":"param.no_such_parameter"}]}]})",
        false, true);
    row("in receiving array and in literal list",
        R"({"or":[{"in":["dibao",{"var":"household.receiving"}]},
                  {"in":[{"var":"member.employment"},["employed","flexible"]]}]})",
        true, true);
    row("chained comparison", R"({"<":[0,{"var":"member.age"},18]})", true, true);
    row("comparison with arithmetic on parameters",
        R"({">=":[{"*":[{"var":"param.dibao_standard"},{"+":[1,0.5]}]},
                  {"var":"member.income_monthly"}]})",
        true, true);
    row("if with number branches goes row by row",
        R"({"if":[{"var":"household.sudden_hardship"},100,0]})", false, false);
    row("amount formula read for its truth, one leaf taken row by row",
        R"({"max":[0,{"-":[{"*":[{"var":"param.dibao_standard"},{"var":"household.size"}]},
                           {"var":"household.income_monthly"}]}]})",
        false, true);
    row("member rule with a number under if goes row by row",
        R"({"and":[{"==":[{"var":"household.is_dibao"},true]},
                   {"if":[{"var":"member.is_minor"},{"var":"member.age"},0]}]})",
        true, false);
}

// Blocks of several sizes, none dividing the caseload, must give every row the outcome and
// missing facts that evaluating the row alone gives.
void TestScreening::blockEvaluationAgreesWithRowByRow()
{
    QFETCH(QString, rule);
    QFETCH(bool, isMemberScope);
    QFETCH(bool, isBlockwise);

    const auto rules = compileBatchRule(rule, isMemberScope);
    QVERIFY2(rules->batch, qPrintable(rules->error));
    const BatchRule &batch = *rules->batch;
    QCOMPARE(batch.isBlockwise(), isBlockwise);
    QCOMPARE(batch.isMemberScope(), isMemberScope);

    const QDate asOf(2026, 12, 4);
    const FactTable table = FactTable::build(caseload(600, 21), asOf);
    bool hasEmptyHousehold = false;
    for (int h = 0; h < table.householdCount(); ++h)
        hasEmptyHousehold = hasEmptyHousehold || table.firstMember(h) == table.endMember(h);
    QVERIFY(hasEmptyHousehold);

    const BatchStrings strings(table, rules->literals);
    BlockEvaluator block(table, strings);
    BatchRule::Memo memo = batch.memo(table);
    std::vector<quint8> ranks;
    std::vector<quint64> missing;
    for (const int size : {1, 7, 64, 512}) {
        for (int begin = 0; begin < table.householdCount(); begin += size) {
            const int end = std::min(table.householdCount(), begin + size);
            block.setBlock(begin, end);
            QCOMPARE(block.householdCount(), end - begin);
            QCOMPARE(block.memberCount(), table.firstMember(end) - table.firstMember(begin));
            block.evaluate(batch, &memo, ranks, missing);

            for (int s = 0; s < block.subjectCount(isMemberScope); ++s) {
                const BatchRule::Row row = block.row(isMemberScope, s);
                if (isMemberScope) {
                    QCOMPARE(row.member, table.firstMember(begin) + s);
                    QVERIFY(row.member >= table.firstMember(row.household));
                    QVERIFY(row.member < table.endMember(row.household));
                } else {
                    QCOMPARE(row.household, begin + s);
                    QCOMPARE(row.member, -1);
                }
                quint64 expectedMissing = 0;
                const JsonLogic::Outcome expected =
                    batch.outcome(table, strings, row, &expectedMissing);
                const int expectedRank = expected == JsonLogic::Outcome::Met       ? 2
                                         : expected == JsonLogic::Outcome::Unknown ? 1
                                                                                   : 0;
                const QByteArray where = QStringLiteral("block size %1, household %2 member %3")
                                             .arg(size)
                                             .arg(row.household)
                                             .arg(row.member)
                                             .toUtf8();
                QVERIFY2(ranks[size_t(s)] == expectedRank, where.constData());
                if (expectedRank == 1)
                    QVERIFY2(missing[size_t(s)] == expectedMissing, where.constData());
            }
        }
    }
}

void TestScreening::leavesUnsupportedOperatorsToJsonEvaluator()
{
    const char *rules[] = {
        R"({"some":[{"var":"household.receiving"},{"==":[{"var":""},"dibao"]}]})",
        R"({"cat":["a",{"var":"member.sex"}]})",
        R"({"var":"household"})",
        R"({"==":[{"var":"household.receiving"},[]]})",
        R"({"missing":["household.assets_pc"]})",
    };
    for (const char *text : rules) {
        const QJsonValue json = QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
        const auto compiled = JsonLogic::CompiledRule::compile(json);
        QVERIFY(compiled);
        BatchRule::Environment env;
        env.isMemberScope = true;
        env.slot = [](const QString &) {
            return 0;
        };
        env.literal = [](const QString &) {
            return 0;
        };
        QString whyNot;
        QVERIFY2(!BatchRule::compile(*compiled->root(), env, &whyNot), text);
        QVERIFY(!whyNot.isEmpty());
    }
}

void TestScreening::compilesWholeBundledCatalogue()
{
    const Screening screening(*m_catalogue, QDate(2026, 12, 4));
    QCOMPARE(screening.policyCount(), m_catalogue->policies().size());
    QVERIFY2(screening.fallbackPolicies().isEmpty(),
             qPrintable(screening.fallbackPolicies().join(u',')));
}

void TestScreening::givesSameResultOnSeveralThreads()
{
    const QDate asOf(2026, 12, 4);
    const FactTable table = FactTable::build(caseload(3000, 31), asOf);
    const Screening screening(*m_catalogue, asOf);
    const ScreeningResult one = screening.run(table, 1);
    const ScreeningResult three = screening.run(table, 3);
    for (int h = 0; h < table.householdCount(); ++h) {
        for (int p = 0; p < screening.policyCount(); ++p) {
            QCOMPARE(three.status(h, p), one.status(h, p));
            QCOMPARE(three.amountFen(h, p), one.amountFen(h, p));
            QCOMPARE(three.missingMask(h, p), one.missingMask(h, p));
        }
    }
}

void TestScreening::reportsProgressAndStopsWhenCancelled()
{
    const QDate asOf(2026, 12, 4);
    const FactTable table = FactTable::build(caseload(2000, 41), asOf);
    const Screening screening(*m_catalogue, asOf);

    // One thread reports block by block in order; with two, the helper thread may take every
    // block and the calling thread report only once, so the count is checked single-threaded.
    int last = -1;
    int calls = 0;
    const ScreeningResult done = screening.run(table, 1, [&](int count, int total) {
        QVERIFY(count >= last);
        QCOMPARE(total, 2000);
        last = count;
        ++calls;
    });
    QVERIFY(done.isComplete());
    QCOMPARE(last, 2000);
    QVERIFY(calls >= 2);
    int twoThreadsLast = -1;
    QVERIFY(screening.run(table, 2, [&twoThreadsLast](int count, int) { twoThreadsLast = count; })
                .isComplete());
    QCOMPARE(twoThreadsLast, 2000);

    std::atomic_bool cancel{false};
    const ScreeningResult stopped = screening.run(
        table, 1, [&cancel](int, int) { cancel = true; }, &cancel);
    QVERIFY(!stopped.isComplete());
}

QTEST_GUILESS_MAIN(TestScreening)
#include "testscreening.moc"
