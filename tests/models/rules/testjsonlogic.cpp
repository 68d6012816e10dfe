// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "rules/jsonlogic.h"
#include "rules/jsonlogicsuite.h"

using namespace Jiuzhu;
using namespace Jiuzhu::JsonLogic;

// Runs the public JSON Logic conformance suites (shared/conformance/jsonlogic, located through
// JIUZHU_SHARED_DIR) one row per core file, plus the engine's own API promises.
class TestJsonLogic : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesCoreSuite_data();
    void passesCoreSuite();
    void reportsExtraSuites();
    void compilesOnceEvaluatesMany();
    void rejectsUnknownOperator();
    void reportsErrorsThroughOutParameter();
    void listsMissingFacts();
    void comparesNumbersByValue();
    void rulesTestCommandPrintsSummary();
    void rulesTestCommandFailsOnUnreadableFile();

private:
    QString suitesDir() const;
    QString indexPath() const { return QDir(suitesDir()).filePath(QStringLiteral("index.json")); }
};

QString TestJsonLogic::suitesDir() const
{
    const QString shared = qEnvironmentVariable("JIUZHU_SHARED_DIR");
    return QDir(shared).filePath(QStringLiteral("conformance/jsonlogic/suites"));
}

void TestJsonLogic::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("JIUZHU_SHARED_DIR").isEmpty(),
             "JIUZHU_SHARED_DIR is not set; run the test through ctest");
    QVERIFY2(QFile::exists(indexPath()),
             qPrintable(QStringLiteral("conformance index not found: %1").arg(indexPath())));
}

void TestJsonLogic::passesCoreSuite_data()
{
    QTest::addColumn<QString>("path");

    const Result<QStringList> names = suiteFileNames(indexPath(), SuiteSelection::CoreOnly);
    if (!names) {
        // Keeps the failure visible as a row instead of silently running nothing.
        QTest::newRow("index.json") << QString();
        return;
    }
    for (const QString &name : *names)
        QTest::newRow(qPrintable(name)) << QDir(suitesDir()).filePath(name);
}

void TestJsonLogic::passesCoreSuite()
{
    QFETCH(QString, path);
    QVERIFY2(!path.isEmpty(),
             qPrintable(QStringLiteral("cannot list suites in %1: %2")
                            .arg(indexPath(),
                                 suiteFileNames(indexPath(), SuiteSelection::CoreOnly).error())));

    const Result<SuiteReport> report = runSuiteFile(path);
    QVERIFY2(report.isOk(), qPrintable(report.error()));
    if (report->failed > 0) {
        QFAIL(qPrintable(QStringLiteral("%1 passed, %2 failed:\n%3")
                             .arg(report->passed)
                             .arg(report->failed)
                             .arg(report->failures.join(u'\n'))));
    }
    QVERIFY(report->passed > 0);
}

void TestJsonLogic::reportsExtraSuites()
{
    const Result<QList<SuiteFileReport>> reports =
        runSuiteIndex(indexPath(), SuiteSelection::ExtraOnly);
    QVERIFY2(reports.isOk(), qPrintable(reports.error()));

    int passed = 0;
    int total = 0;
    for (const SuiteFileReport &file : *reports) {
        passed += file.report.passed;
        total += file.report.passed + file.report.failed;
        qInfo("%s: %d/%d", qPrintable(file.name), file.report.passed,
              file.report.passed + file.report.failed);
        for (const QString &failure : file.report.failures)
            qInfo("  %s", qPrintable(failure));
    }
    qInfo("extra suites: %d of %d cases pass", passed, total);
    QVERIFY(total > 0);
}

void TestJsonLogic::compilesOnceEvaluatesMany()
{
    const QJsonObject rule = QJsonDocument::fromJson(R"({"and": [
        {"<=": [{"var": "household.income_pc_monthly"}, {"var": "param.dibao_standard"}]},
        {"!": {"var": "household.has_supporter"}}]})")
                                 .object();
    const Result<CompiledRule> compiled = CompiledRule::compile(rule);
    QVERIFY2(compiled.isOk(), qPrintable(compiled.error()));
    const CompiledRule copy = *compiled;

    for (int income = 100000; income <= 200000; income += 25000) {
        const QJsonObject data{
            {QStringLiteral("household"), QJsonObject{{QStringLiteral("income_pc_monthly"), income},
                                                      {QStringLiteral("has_supporter"), false}}},
            {QStringLiteral("param"), QJsonObject{{QStringLiteral("dibao_standard"), 165000}}}};
        QCOMPARE(copy.evaluate(data).toBool(), income <= 165000);
    }
}

void TestJsonLogic::rejectsUnknownOperator()
{
    const Result<CompiledRule> compiled = CompiledRule::compile(QJsonObject{
        {QStringLiteral("and"), QJsonArray{true, QJsonObject{{QStringLiteral("frobnicate"), 1}}}}});
    QVERIFY(!compiled.isOk());
    QVERIFY(compiled.error().contains(QStringLiteral("frobnicate")));
}

void TestJsonLogic::reportsErrorsThroughOutParameter()
{
    const Result<CompiledRule> compiled =
        CompiledRule::compile(QJsonObject{{QStringLiteral("/"), QJsonArray{1, 0}}});
    QVERIFY(compiled.isOk());

    QJsonValue error;
    const QJsonValue result = compiled->evaluate(QJsonValue(), &error);
    QVERIFY(result.isNull());
    QCOMPARE(error.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("NaN"));

    const Result<CompiledRule> fine =
        CompiledRule::compile(QJsonObject{{QStringLiteral("/"), QJsonArray{1, 4}}});
    QCOMPARE(fine->evaluate(QJsonValue(), &error).toDouble(), 0.25);
    QVERIFY(error.isNull());
}

void TestJsonLogic::listsMissingFacts()
{
    const QJsonValue rule = QJsonDocument::fromJson(R"({"or": [
        {"var": "household.lives_alone"},
        {"<": [{"??": [{"var": "household.assets_pc"}, 0]}, 1]},
        {"var": ["household.vehicles", 0]},
        {"var": "member.age"}]})")
                                .object();
    const Result<CompiledRule> compiled = CompiledRule::compile(rule);
    QVERIFY(compiled.isOk());

    const QJsonObject data{
        {QStringLiteral("household"), QJsonObject{{QStringLiteral("lives_alone"), QJsonValue()},
                                                  {QStringLiteral("assets_pc"), 5}}}};
    QStringList missing;
    QJsonValue error;
    compiled->evaluate(data, &error, &missing);
    QCOMPARE(missing,
             (QStringList{QStringLiteral("household.lives_alone"), QStringLiteral("member.age")}));
}

void TestJsonLogic::comparesNumbersByValue()
{
    QVERIFY(sameValue(QJsonValue(3), QJsonValue(3.0)));
    QVERIFY(sameValue(QJsonArray{1, QJsonObject{{QStringLiteral("a"), 2.0}}},
                      QJsonArray{1.0, QJsonObject{{QStringLiteral("a"), 2}}}));
    QVERIFY(!sameValue(QJsonValue(3), QJsonValue(QStringLiteral("3"))));
    QVERIFY(!sameValue(QJsonArray{1}, QJsonArray{1, 2}));
    QVERIFY(sameValue(QJsonValue(), QJsonValue(QJsonValue::Undefined)));
}

void TestJsonLogic::rulesTestCommandPrintsSummary()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mixed.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(["# comment",
        {"description": "adds", "rule": {"+": [1, 2]}, "data": null, "result": 3},
        {"description": "wrong on purpose", "rule": {"+": [1, 2]}, "data": null, "result": 4},
        {"description": "raises", "rule": {"/": [1, 0]}, "data": null,
         "error": {"type": "NaN"}}])");
    file.close();

    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QCOMPARE(runRulesTestCommand(path, out, err), 1);
    const QStringList lines = outText.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(QStringLiteral("wrong on purpose")));
    QVERIFY(lines.at(0).contains(QStringLiteral("expected 4, got 3")));
    QCOMPARE(lines.at(1), QStringLiteral("2 passed, 1 failed"));
    QVERIFY(errText.isEmpty());

    outText.clear();
    QCOMPARE(
        runRulesTestCommand(QDir(suitesDir()).filePath(QStringLiteral("throw.json")), out, err), 0);
    QVERIFY(outText.trimmed().endsWith(QStringLiteral("3 passed, 0 failed")));
}

void TestJsonLogic::rulesTestCommandFailsOnUnreadableFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nowhere.json"));
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[{\"rule\": ");
    file.close();

    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QCOMPARE(runRulesTestCommand(missing, out, err), 2);
    QVERIFY(errText.contains(QStringLiteral("nowhere.json")));
    errText.clear();
    QCOMPARE(runRulesTestCommand(broken, out, err), 2);
    QVERIFY(errText.contains(QStringLiteral("broken.json")));
    QVERIFY(outText.isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonLogic)
#include "testjsonlogic.moc"
