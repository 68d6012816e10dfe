// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTextStream>

#include "catalogue/cataloguecheck.h"
#include "catalogue/rulevariables.h"

using namespace Jiuzhu;
using namespace Qt::Literals::StringLiterals;

namespace {

using Status = CatalogueCheckResult::Status;

struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CommandRun runCheck(const QString &policies, const QString &facts)
{
    CommandRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = runPoliciesCheckCommand(policies, facts, out, err);
    return run;
}

QString problemList(const QList<CatalogueProblem> &problems)
{
    QStringList lines;
    for (const CatalogueProblem &problem : problems)
        lines << problem.subject + u" | "_s + problem.field + u" | "_s + problem.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCatalogueCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bundledCatalogueIsBroadAndValid();
    void bundledCatalogueCoversEveryCategory();
    void bundledCatalogueGivesEveryPolicyATargetGroup();
    void commandAcceptsValidCatalogue();
    void catchesEachKindOfError_data();
    void catchesEachKindOfError();
    void reportsSeveralProblemsAtOnce();
    void loaderStillRefusesOnTheFirstProblem();
    void unreadableFiles_data();
    void unreadableFiles();
    void ruleArity_data();
    void ruleArity();

private:
    QString m_dataDir;
    QString m_facts;
};

void TestCatalogueCheck::initTestCase()
{
    m_dataDir = QFINDTESTDATA("data/check");
    QVERIFY(!m_dataDir.isEmpty());
    m_facts = m_dataDir + u"/facts.json"_s;
}

void TestCatalogueCheck::bundledCatalogueIsBroadAndValid()
{
    const CatalogueCheckResult result =
        checkCatalogueFiles(u":/catalogue/policies.json"_s, QString());
    QVERIFY2(result.problems.isEmpty(), qPrintable(problemList(result.problems)));
    QCOMPARE(result.status, Status::Valid);
    QVERIFY2(result.policyCount >= 40, qPrintable(QString::number(result.policyCount)));
    QVERIFY(result.parameterCount > 0);
    QVERIFY(!result.version.isEmpty());
}

void TestCatalogueCheck::bundledCatalogueCoversEveryCategory()
{
    const Result<Catalogue> loaded = Catalogue::loadBundled();
    QVERIFY2(loaded.isOk(), qPrintable(loaded.error()));
    QSet<QString> categories;
    for (const Policy &policy : loaded->policies())
        categories.insert(policy.category);

    // The 9+1 of the Shanghai system, then the schemes for particular groups.
    const QStringList expected = {u"basic"_s,      u"special"_s, u"expenditure"_s, u"disaster"_s,
                                  u"temporary"_s,  u"medical"_s, u"education"_s,   u"housing"_s,
                                  u"employment"_s, u"social"_s,  u"disability"_s,  u"elderly"_s,
                                  u"children"_s};
    for (const QString &category : expected)
        QVERIFY2(categories.contains(category), qPrintable(category));
}

void TestCatalogueCheck::bundledCatalogueGivesEveryPolicyATargetGroup()
{
    const Result<Catalogue> loaded = Catalogue::loadBundled();
    QVERIFY2(loaded.isOk(), qPrintable(loaded.error()));
    QVERIFY(loaded->targetGroups().size() >= 8);

    QSet<QString> used;
    for (const Policy &policy : loaded->policies()) {
        QVERIFY2(!policy.targetGroups.isEmpty(), qPrintable(policy.code));
        for (const QString &code : policy.targetGroups)
            used.insert(code);
    }
    // A group no policy is meant for would be an empty choice in the browser.
    for (const TargetGroup &group : loaded->targetGroups()) {
        QVERIFY2(used.contains(group.code), qPrintable(group.code));
        QVERIFY(!group.label.zh.isEmpty() && !group.label.en.isEmpty());
    }
}

void TestCatalogueCheck::commandAcceptsValidCatalogue()
{
    const CommandRun bundled = runCheck(u":/catalogue/policies.json"_s, QString());
    QCOMPARE(bundled.exitCode, 0);
    QVERIFY(bundled.err.isEmpty());
    QVERIFY2(bundled.out.contains(u"is valid"_s), qPrintable(bundled.out));
    QCOMPARE(bundled.out.count(QLatin1Char('\n')), 1);

    const CommandRun small = runCheck(m_dataDir + u"/valid.json"_s, m_facts);
    QCOMPARE(small.exitCode, 0);
    QVERIFY2(small.out.contains(u"test.1"_s), qPrintable(small.out));
    QVERIFY2(small.out.contains(u"is valid"_s), qPrintable(small.out));
}

void TestCatalogueCheck::catchesEachKindOfError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("mentions");

    const QString policy = u"policy sample"_s;
    const QString parameter = u"parameter standard"_s;
    QTest::newRow("unknown fact in the rule")
        << u"unknown-fact.json"_s << policy << u"eligibility"_s
        << QStringList{u"sample"_s, u"household.income_typo"_s};
    QTest::newRow("undefined parameter in the rule")
        << u"undefined-parameter.json"_s << policy << u"eligibility"_s
        << QStringList{u"sample"_s, u"nope"_s};
    QTest::newRow("parameter used but not listed")
        << u"parameter-not-listed.json"_s << policy << u"eligibility"_s
        << QStringList{u"sample"_s, u"standard"_s, u"parameters"_s};
    QTest::newRow("listed parameter the catalogue does not define")
        << u"listed-parameter-undefined.json"_s << policy << u"parameters"_s
        << QStringList{u"sample"_s, u"ghost"_s};
    QTest::newRow("parameter value without a source")
        << u"value-without-source.json"_s << parameter << u"values[0].source"_s
        << QStringList{u"standard"_s, u"2025-01-01"_s, u"source"_s};
    QTest::newRow("parameter value citing an unlisted source")
        << u"value-with-unlisted-source.json"_s << parameter << u"values[0].source"_s
        << QStringList{u"standard"_s, u"S42"_s};
    QTest::newRow("overlapping effective dates")
        << u"overlapping-dates.json"_s << parameter << u"values"_s
        << QStringList{u"standard"_s, u"2025-01-01"_s, u"2026-01-01"_s, u"overlap"_s};
    QTest::newRow("gap between effective dates")
        << u"gap-in-dates.json"_s << parameter << u"values"_s
        << QStringList{u"standard"_s, u"2025-07-01"_s, u"2025-12-31"_s, u"gapsAllowed"_s};
    QTest::newRow("gap allowed without saying why")
        << u"gap-allowed-without-note.json"_s << parameter << u"gapNote"_s
        << QStringList{u"standard"_s, u"gapNote"_s};
    QTest::newRow("gaps allowed where there is no gap")
        << u"gaps-allowed-but-no-gap.json"_s << parameter << u"gapsAllowed"_s
        << QStringList{u"standard"_s, u"gapsAllowed"_s};
    QTest::newRow("unconfirmed value without a note")
        << u"unconfirmed-value-without-note.json"_s << parameter << u"values[1].note"_s
        << QStringList{u"standard"_s, u"assumed"_s, u"note"_s};
    QTest::newRow("operation that is not JsonLogic")
        << u"unknown-operator.json"_s << policy << u"eligibility"_s
        << QStringList{u"sample"_s, u"between"_s};
    QTest::newRow("operation with the wrong number of arguments")
        << u"bad-arity.json"_s << policy << u"eligibility"_s
        << QStringList{u"sample"_s, u"\"==\""_s, u"1"_s, u"2"_s};
    QTest::newRow("variable named by an expression")
        << u"computed-variable.json"_s << policy << u"eligibility"_s
        << QStringList{u"sample"_s, u"computed"_s};
    QTest::newRow("member fact in a household policy")
        << u"member-fact-in-household-policy.json"_s << policy << u"eligibility"_s
        << QStringList{u"sample"_s, u"member.age"_s, u"household"_s};
    QTest::newRow("unknown fact in the amount formula")
        << u"formula-unknown-fact.json"_s << policy << u"amount.formula"_s
        << QStringList{u"sample"_s, u"household.wealth"_s};
    QTest::newRow("no documents to bring")
        << u"no-documents.json"_s << policy << u"documents"_s << QStringList{u"sample"_s};
    QTest::newRow("unknown category") << u"unknown-category.json"_s << policy << u"category"_s
                                      << QStringList{u"sample"_s, u"misc"_s};
    QTest::newRow("policy code used twice")
        << u"duplicate-code.json"_s << policy << u"code"_s << QStringList{u"sample"_s, u"twice"_s};
    QTest::newRow("unknown target group")
        << u"unknown-target-group.json"_s << policy << u"targetGroups"_s
        << QStringList{u"sample"_s, u"pensioners"_s, u"sample_group"_s};
    QTest::newRow("policy without a target group")
        << u"no-target-group.json"_s << policy << u"targetGroups"_s
        << QStringList{u"sample"_s, u"sample_group"_s};
    QTest::newRow("policy names a target group twice")
        << u"target-group-named-twice.json"_s << policy << u"targetGroups"_s
        << QStringList{u"sample"_s, u"sample_group"_s, u"twice"_s};
    QTest::newRow("target group defined twice")
        << u"duplicate-target-group.json"_s << u"target group sample_group"_s << u"code"_s
        << QStringList{u"sample_group"_s, u"twice"_s};
    QTest::newRow("target group without an English label")
        << u"unlabelled-target-group.json"_s << u"target group unlabelled"_s << u"label"_s
        << QStringList{u"unlabelled"_s, u"English"_s};
    QTest::newRow("target group without a code")
        << u"target-group-without-code.json"_s << u"catalogue"_s << u"targetGroups[1].code"_s
        << QStringList{u"2"_s};
    QTest::newRow("catalogue without target groups")
        << u"no-target-group-list.json"_s << u"catalogue"_s << u"targetGroups"_s << QStringList{};
}

void TestCatalogueCheck::catchesEachKindOfError()
{
    QFETCH(QString, file);
    QFETCH(QString, subject);
    QFETCH(QString, field);
    QFETCH(QStringList, mentions);

    const QString path = m_dataDir + QLatin1Char('/') + file;
    const CatalogueCheckResult result = checkCatalogueFiles(path, m_facts);
    QCOMPARE(result.status, Status::Invalid);
    const auto found = std::find_if(result.problems.cbegin(), result.problems.cend(),
                                    [&](const CatalogueProblem &problem) {
                                        return problem.subject == subject && problem.field == field;
                                    });
    QVERIFY2(found != result.problems.cend(), qPrintable(problemList(result.problems)));
    QVERIFY2(found->message.contains(field.section(QLatin1Char('.'), -1)),
             qPrintable(found->message));
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(found->message.contains(mention), qPrintable(found->message));

    const CommandRun run = runCheck(path, m_facts);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains(found->message), qPrintable(run.out));
    QVERIFY2(run.out.trimmed().section(QLatin1Char('\n'), -1).contains(path), qPrintable(run.out));
}

void TestCatalogueCheck::reportsSeveralProblemsAtOnce()
{
    const QString path = m_dataDir + u"/several-problems.json"_s;
    const CatalogueCheckResult result = checkCatalogueFiles(path, m_facts);
    QCOMPARE(result.status, Status::Invalid);

    const QList<std::pair<QString, QString>> expected = {
        {u"parameter standard"_s, u"values[1].source"_s},
        {u"parameter standard"_s, u"values"_s},
        {u"policy sample"_s, u"category"_s},
        {u"policy sample"_s, u"eligibility"_s},
    };
    for (const auto &[subject, field] : expected) {
        const bool present = std::any_of(
            result.problems.cbegin(), result.problems.cend(),
            [&](const CatalogueProblem &p) { return p.subject == subject && p.field == field; });
        QVERIFY2(present,
                 qPrintable(subject + u" / "_s + field + u"\n"_s + problemList(result.problems)));
    }
    // In the rule: "!" with two arguments, an unknown fact and an undefined parameter.
    QCOMPARE(result.problems.size(), 6);

    const CommandRun run = runCheck(path, m_facts);
    QCOMPARE(run.exitCode, 2);
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.count() - 1, int(result.problems.size()));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(u"error: "_s), qPrintable(lines.at(i)));
    QVERIFY2(lines.last().contains(u"6"_s), qPrintable(lines.last()));
}

void TestCatalogueCheck::loaderStillRefusesOnTheFirstProblem()
{
    const QString path = m_dataDir + u"/several-problems.json"_s;
    const CatalogueCheckResult check = checkCatalogueFiles(path, m_facts);
    QVERIFY(!check.problems.isEmpty());

    const Result<Catalogue> loaded = Catalogue::fromFiles(path, m_facts);
    QVERIFY(!loaded.isOk());
    QCOMPARE(loaded.error(), check.problems.first().message);
}

void TestCatalogueCheck::unreadableFiles_data()
{
    QTest::addColumn<QString>("policies");
    QTest::addColumn<QString>("facts");
    QTest::addColumn<QString>("mention");

    QTest::newRow("policies file missing")
        << u"no-such-file.json"_s << u"facts.json"_s << u"no-such-file.json"_s;
    QTest::newRow("policies file not JSON, with line and column")
        << u"not-json.json"_s << u"facts.json"_s << u"not-json.json:4:"_s;
    QTest::newRow("policies file a JSON array")
        << u"array.json"_s << u"facts.json"_s << u"array.json"_s;
    QTest::newRow("facts file missing")
        << u"valid.json"_s << u"no-such-facts.json"_s << u"no-such-facts.json"_s;
}

void TestCatalogueCheck::unreadableFiles()
{
    QFETCH(QString, policies);
    QFETCH(QString, facts);
    QFETCH(QString, mention);

    const CommandRun run =
        runCheck(m_dataDir + QLatin1Char('/') + policies, m_dataDir + QLatin1Char('/') + facts);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mention), qPrintable(run.err));
}

void TestCatalogueCheck::ruleArity_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<int>("problems");

    QTest::newRow("comparison with two arguments") << QByteArray(R"({"==": [1, 2]})") << 0;
    QTest::newRow("comparison with one argument") << QByteArray(R"({"==": [1]})") << 1;
    QTest::newRow("between form of less-than") << QByteArray(R"({"<": [1, 2, 3]})") << 0;
    QTest::newRow("less-than with one argument") << QByteArray(R"({"<": [1]})") << 1;
    QTest::newRow("not with a bare argument") << QByteArray(R"({"!": true})") << 0;
    QTest::newRow("not with two arguments") << QByteArray(R"({"!": [true, false]})") << 1;
    QTest::newRow("empty if") << QByteArray(R"({"if": []})") << 1;
    QTest::newRow("ternary with two arguments") << QByteArray(R"({"?:": [true, 1]})") << 1;
    QTest::newRow("reduce with an initial value")
        << QByteArray(R"({"reduce": [[1, 2], {"+": [{"var": "current"}, 1]}, 0]})") << 0;
    QTest::newRow("var with three arguments") << QByteArray(R"({"var": ["a", 1, 2]})") << 1;
    QTest::newRow("nested problems are all found")
        << QByteArray(R"({"and": [{"==": [1]}, {"or": [{"/": [1]}]}]})") << 2;
}

void TestCatalogueCheck::ruleArity()
{
    QFETCH(QByteArray, rule);
    QFETCH(int, problems);

    const RuleVariables found = collectRuleVariables(QJsonDocument::fromJson(rule).object());
    QVERIFY(found.unknownOperations.isEmpty());
    QCOMPARE(int(found.arityProblems.size()), problems);
}

QTEST_GUILESS_MAIN(TestCatalogueCheck)
#include "testcataloguecheck.moc"
