// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's whole flow on each example household, through the real jiuzhu-cli binary and a
// store file: intake, assessment, matching, plan, printed PDF (checked with pdftotext) and
// visits; plus the command line's exit-code contract.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

class TestExampleFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runsWholeFlow_data();
    void runsWholeFlow();
    void exitCodes_data();
    void exitCodes();
    void runsConformanceSuiteFile();
    void refusesBadIntakeFiles_data();
    void refusesBadIntakeFiles();
    void refusesToOverwriteWithAdd();
    void reportsFailingSuiteWithItsOwnExitCode();
    void filtersPoliciesByTargetGroup();
    void searchesWithinTargetGroup();
    void refusesToReadStoreThatIsNotThere();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };
    Run cli(const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_db;
};

void TestExampleFlow::initTestCase()
{
    m_cli = qEnvironmentVariable("JIUZHU_CLI");
    QVERIFY2(QFile::exists(m_cli), "JIUZHU_CLI must name the jiuzhu-cli binary");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing: install poppler-utils (scripts/setup-debian.sh does)");
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("flow.sqlite"));
}

// A mistyped --db path must not quietly give an empty store: reading commands say there is no
// store there and leave no file behind; the catalogue commands need no store; a command that
// adds data creates one.
void TestExampleFlow::refusesToReadStoreThatIsNotThere()
{
    const QString missing = m_dir.filePath(QStringLiteral("no-such-store.sqlite"));
    for (const QStringList &command :
         {QStringList{QStringLiteral("households"), QStringLiteral("list")},
          QStringList{QStringLiteral("match"), QStringLiteral("310105200403150027")},
          QStringList{QStringLiteral("screen")},
          QStringList{QStringLiteral("station"), QStringLiteral("show")}}) {
        const Run run = cli(QStringList{QStringLiteral("--db"), missing} + command);
        QVERIFY2(run.exitCode == 3,
                 qPrintable(command.join(u' ') + QStringLiteral(": ") + run.err));
        QVERIFY2(run.err.startsWith(QStringLiteral("--db: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(missing), qPrintable(run.err));
        QVERIFY(!QFile::exists(missing));
    }

    Run run =
        cli({QStringLiteral("--db"), missing, QStringLiteral("policies"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!QFile::exists(missing));

    run = cli({QStringLiteral("--db"), missing, QStringLiteral("households"), QStringLiteral("add"),
               JiuzhuTest::examplePath(QStringLiteral("xinjing-young-woman"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(missing));
    run = cli(
        {QStringLiteral("--db"), missing, QStringLiteral("households"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
}

TestExampleFlow::Run TestExampleFlow::cli(const QStringList &arguments) const
{
    QProcess process;
    process.start(m_cli, QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--lang"),
                                     QStringLiteral("zh")} +
                             arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        run.err = QStringLiteral("jiuzhu-cli did not finish");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestExampleFlow::runsWholeFlow_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("headId");
    QTest::addColumn<int>("level");
    QTest::addColumn<QStringList>("receiving");
    QTest::addColumn<QStringList>("toApply");
    QTest::addColumn<QStringList>("printed");

    QTest::newRow("young woman living alone in Xinjing")
        << QStringLiteral("xinjing-young-woman") << QStringLiteral("310105200403150027") << 4
        << QStringList{QStringLiteral("dibao")}
        << QStringList{QStringLiteral("medical_assistance"),
                       QStringLiteral("employment_difficulty")}
        << QStringList{QStringLiteral("最低生活保障"),     QStringLiteral("医疗救助"),
                       QStringLiteral("就业困难人员认定"), QStringLiteral("310105********0027"),
                       QStringLiteral("特别困难"),         QStringLiteral("新泾镇")};
    QTest::newRow("elderly couple over 80 with a disability")
        << QStringLiteral("elderly-couple-disability") << QStringLiteral("310105194206110036") << 3
        << QStringList{}
        << QStringList{QStringLiteral("elderly_allowance"),
                       QStringLiteral("disability_care_subsidy")}
        << QStringList{QStringLiteral("老年综合津贴"), QStringLiteral("重度残疾人护理补贴"),
                       QStringLiteral("310105********0036"), QStringLiteral("仙霞新村街道")};
    QTest::newRow("family of three with an unemployed parent")
        << QStringLiteral("family-unemployed-parent") << QStringLiteral("310105198409170053") << 3
        << QStringList{} << QStringList{QStringLiteral("dibao"), QStringLiteral("lowrent_housing")}
        << QStringList{QStringLiteral("最低生活保障"), QStringLiteral("廉租住房"),
                       QStringLiteral("待核实"), QStringLiteral("周家桥街道")};
}

void TestExampleFlow::runsWholeFlow()
{
    QFETCH(QString, example);
    QFETCH(QString, headId);
    QFETCH(int, level);
    QFETCH(QStringList, receiving);
    QFETCH(QStringList, toApply);
    QFETCH(QStringList, printed);

    Run run = cli(
        {QStringLiteral("households"), QStringLiteral("add"), JiuzhuTest::examplePath(example)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString uuid = run.out.trimmed();
    QCOMPARE(uuid.size(), 36);

    run = cli({QStringLiteral("--json"), QStringLiteral("households"), QStringLiteral("list"),
               QStringLiteral("--search"), headId.mid(6, 8)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().array().size(), 1);
    QVERIFY(!run.out.contains(headId));

    run = cli({QStringLiteral("--json"), QStringLiteral("assess"), headId});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().object().value(QStringLiteral("level")).toInt(), level);

    run = cli({QStringLiteral("--json"), QStringLiteral("match"), uuid.left(8)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QHash<QString, QString> statuses;
    const QJsonArray policies = run.json().object().value(QStringLiteral("policies")).toArray();
    for (const QJsonValue &value : policies) {
        const QJsonObject policy = value.toObject();
        statuses.insert(policy.value(QStringLiteral("code")).toString(),
                        policy.value(QStringLiteral("status")).toString());
    }
    for (const QString &code : std::as_const(receiving)) {
        QCOMPARE(statuses.value(code), QStringLiteral("receiving"));
    }
    for (const QString &code : std::as_const(toApply)) {
        QCOMPARE(statuses.value(code), QStringLiteral("eligible"));
    }

    run = cli({QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("draft"), headId,
               QStringLiteral("--advisor"), QStringLiteral("王顾问"), QStringLiteral("--phone"),
               QStringLiteral("021-5555-0100")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList planned;
    const QJsonArray actions = run.json().object().value(QStringLiteral("actions")).toArray();
    for (const QJsonValue &value : actions) {
        planned << value.toObject().value(QStringLiteral("policy")).toString();
    }
    for (const QString &code : std::as_const(toApply)) {
        QVERIFY2(planned.contains(code), qPrintable(code));
    }

    const QString pdf = m_dir.filePath(example + QStringLiteral(".pdf"));
    run = cli(
        {QStringLiteral("plan"), QStringLiteral("print"), headId, QStringLiteral("--pdf"), pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY(text.contains(QStringLiteral("一户一方案")));
    QVERIFY(text.contains(QStringLiteral("王顾问")));
    QVERIFY(text.contains(QStringLiteral("021-5555-0100")));
    for (const QString &expected : std::as_const(printed)) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    QVERIFY2(!text.contains(headId), "the printed plan must mask ID numbers");
    for (const QChar c : text) {
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                 qPrintable(QStringLiteral("radical U+%1 in the extracted text")
                                .arg(c.unicode(), 4, 16, QLatin1Char('0'))));
    }

    run = cli({QStringLiteral("visits"), QStringLiteral("add"), headId, QStringLiteral("--at"),
               QStringLiteral("2026-12-03T17:30:00Z"), QStringLiteral("--kind"),
               QStringLiteral("home"), QStringLiteral("--participants"), QStringLiteral("顾问甲"),
               QStringLiteral("--findings"), QStringLiteral("核实收入与病情"),
               QStringLiteral("--next-visit"), QStringLiteral("2026-12-20")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("--json"), QStringLiteral("visits"), QStringLiteral("list"), headId});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject visit = run.json().array().first().toObject();
    QCOMPARE(visit.value(QStringLiteral("day")).toString(), QStringLiteral("2026-12-04"));
    QCOMPARE(visit.value(QStringLiteral("findings")).toString(), QStringLiteral("核实收入与病情"));
}

void TestExampleFlow::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << 1 << QString();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << 1 << QString();
    QTest::newRow("add without a file")
        << QStringList{QStringLiteral("households"), QStringLiteral("add")} << 1 << QString();
    QTest::newRow("an option given twice")
        << QStringList{QStringLiteral("policies"),       QStringLiteral("list"),
                       QStringLiteral("--target-group"), QStringLiteral("elderly"),
                       QStringLiteral("--target-group"), QStringLiteral("disabled")}
        << 1 << QStringLiteral("--target-group");
    QTest::newRow("unknown household")
        << QStringList{QStringLiteral("assess"), QStringLiteral("nobody-at-all")} << 2
        << QStringLiteral("ID");
    QTest::newRow("bad as-of date")
        << QStringList{QStringLiteral("match"), QStringLiteral("310105200403150027"),
                       QStringLiteral("--as-of"), QStringLiteral("2026-13-01")}
        << 2 << QStringLiteral("--as-of");
    QTest::newRow("unknown policy")
        << QStringList{QStringLiteral("policies"), QStringLiteral("show"), QStringLiteral("nope")}
        << 2 << QStringLiteral("CODE");
    QTest::newRow("option without its value")
        << QStringList{QStringLiteral("match"), QStringLiteral("310105200403150027"),
                       QStringLiteral("--as-of")}
        << 1 << QStringLiteral("--as-of");
    QTest::newRow("stray argument")
        << QStringList{QStringLiteral("assess"), QStringLiteral("310105200403150027"),
                       QStringLiteral("extra")}
        << 1 << QStringLiteral("extra");
    QTest::newRow("option the command does not take")
        << QStringList{QStringLiteral("households"), QStringLiteral("list"),
                       QStringLiteral("--as-of"), QStringLiteral("2026-01-01")}
        << 1 << QStringLiteral("--as-of");
    QTest::newRow("visit dated in the next century")
        << QStringList{QStringLiteral("visits"), QStringLiteral("add"),
                       QStringLiteral("310105200403150027"), QStringLiteral("--at"),
                       QStringLiteral("2100-01-01T10:00")}
        << 2 << QStringLiteral("--at");
    QTest::newRow("unknown target group in list")
        << QStringList{QStringLiteral("policies"), QStringLiteral("list"),
                       QStringLiteral("--target-group"), QStringLiteral("pensioners")}
        << 2 << QStringLiteral("--target-group: ");
    QTest::newRow("empty target group in search")
        << QStringList{QStringLiteral("policies"), QStringLiteral("search"), QStringLiteral("低保"),
                       QStringLiteral("--target-group=")}
        << 2 << QStringLiteral("--target-group: ");
    QTest::newRow("target group without its value")
        << QStringList{QStringLiteral("policies"), QStringLiteral("list"),
                       QStringLiteral("--target-group")}
        << 1 << QStringLiteral("--target-group");
    QTest::newRow("bad visit kind")
        << QStringList{QStringLiteral("visits"), QStringLiteral("add"),
                       QStringLiteral("310105200403150027"), QStringLiteral("--kind"),
                       QStringLiteral("email")}
        << 2 << QStringLiteral("--kind");
}

void TestExampleFlow::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestExampleFlow::runsConformanceSuiteFile()
{
    const QString suite = qEnvironmentVariable("JIUZHU_SHARED_DIR") +
                          QStringLiteral("/conformance/jsonlogic/suites/arithmetic/plus.json");
    const Run run = cli({QStringLiteral("rules"), QStringLiteral("test"), suite});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+ passed, 0 failed$"))
                .match(lines.last())
                .hasMatch());
}

void TestExampleFlow::refusesBadIntakeFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("field");
    const QByteArray start = R"({"district":"310105","street":"310105102","address":"某路1号",)";
    QTest::newRow("not JSON") << QByteArray("{oops") << QStringLiteral("FILE");
    QTest::newRow("income typed as words")
        << start + R"("members":[{"name":"甲","idNumber":"310105198001010013","relation":"head",)"
                   R"("incomes":[{"kind":"wage","monthly":"一千"}]}]})"
        << QStringLiteral("members[0].incomes[0].monthly");
    QTest::newRow("wrong check character")
        << start + R"("members":[{"name":"甲","idNumber":"310105198001010010","relation":"head"}]})"
        << QStringLiteral("members[0].idNumber");
    QTest::newRow("ID already recorded in another household")
        << start + R"("members":[{"name":"乙","idNumber":"310105200403150027","relation":"head"}]})"
        << QStringLiteral("members[0].idNumber");
    QTest::newRow("misspelt field")
        << start + R"("hasSuporter":false,"members":[{"name":"甲","idNumber":"310105198001010013",)"
                   R"("relation":"head"}]})"
        << QStringLiteral("hasSuporter");
    QTest::newRow("district that does not exist")
        << QByteArray(
               R"({"district":"999999","street":"999999001","address":"某路1号",)"
               R"("members":[{"name":"甲","idNumber":"310105198001010013","relation":"head"}]})")
        << QStringLiteral("district");
    QTest::newRow("street of another district")
        << QByteArray(
               R"({"district":"310105","street":"310104001","address":"某路1号",)"
               R"("members":[{"name":"甲","idNumber":"310105198001010013","relation":"head"}]})")
        << QStringLiteral("street");
    QTest::newRow("benefit of a policy not in the catalogue")
        << start + R"("benefits":[{"policy":"nope"}],"members":[{"name":"甲",)"
                   R"("idNumber":"310105198001010013","relation":"head"}]})"
        << QStringLiteral("benefits[0].policy");
    QTest::newRow("control character in a name")
        << start + R"("members":[{"name":"甲\u202e乙","idNumber":"310105198001010013",)"
                   R"("relation":"head"}]})"
        << QStringLiteral("members[0].name");
    QTest::newRow("id that is not an id")
        << start + R"("id":"310105198001010013","members":[{"name":"甲",)"
                   R"("idNumber":"310105198001010013","relation":"head"}]})"
        << QStringLiteral("id");
    QTest::newRow("no head of household")
        << start +
               R"("members":[{"name":"甲","idNumber":"310105198001010013","relation":"child"}]})"
        << QStringLiteral("members");
}

void TestExampleFlow::refusesBadIntakeFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, field);
    // The young woman's household is in the store from the flow above.
    cli({QStringLiteral("households"), QStringLiteral("add"),
         JiuzhuTest::examplePath(QStringLiteral("xinjing-young-woman"))});
    const QString before = cli({QStringLiteral("households"), QStringLiteral("list")}).out;

    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    const Run run = cli({QStringLiteral("households"), QStringLiteral("add"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(field), qPrintable(run.err));
    QCOMPARE(cli({QStringLiteral("households"), QStringLiteral("list")}).out, before);
}

void TestExampleFlow::refusesToOverwriteWithAdd()
{
    const QString path = m_dir.filePath(QStringLiteral("exported.json"));
    Run run = cli({QStringLiteral("--json"), QStringLiteral("households"), QStringLiteral("show"),
                   QStringLiteral("310105200403150027")});
    QCOMPARE(run.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(run.out.toUtf8());
    file.close();
    run = cli({QStringLiteral("households"), QStringLiteral("add"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("id:")), qPrintable(run.err));
}

void TestExampleFlow::reportsFailingSuiteWithItsOwnExitCode()
{
    const QString path = m_dir.filePath(QStringLiteral("suite.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(
        R"(["a suite", {"description":"wrong on purpose","rule":{"+":[1,1]},"data":null,)"
        R"("result":3}, {"description":"right","rule":{"+":[1,1]},"data":null,"result":2}])");
    file.close();
    const Run run = cli({QStringLiteral("rules"), QStringLiteral("test"), path});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.out.trimmed().endsWith(QStringLiteral("1 passed, 1 failed")), qPrintable(run.out));
}

void TestExampleFlow::filtersPoliciesByTargetGroup()
{
    Run run = cli({QStringLiteral("--json"), QStringLiteral("policies"), QStringLiteral("list")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const qsizetype all = run.json().array().size();

    run = cli({QStringLiteral("--json"), QStringLiteral("policies"), QStringLiteral("list"),
               QStringLiteral("--target-group"), QStringLiteral("elderly")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray elderly = run.json().array();
    QVERIFY(!elderly.isEmpty() && elderly.size() < all);
    QStringList codes;
    for (const QJsonValue &value : elderly) {
        const QJsonObject policy = value.toObject();
        codes << policy.value(QStringLiteral("code")).toString();
        QVERIFY2(policy.value(QStringLiteral("targetGroups"))
                     .toArray()
                     .contains(QStringLiteral("elderly")),
                 qPrintable(codes.last()));
    }
    QVERIFY2(codes.contains(QStringLiteral("elderly_allowance")), qPrintable(codes.join(u' ')));
    QVERIFY2(!codes.contains(QStringLiteral("dibao")), qPrintable(codes.join(u' ')));

    // The text listing shows the same policies, one per line, then the catalogue line.
    run = cli({QStringLiteral("policies"), QStringLiteral("list"),
               QStringLiteral("--target-group=elderly")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed().split(u'\n').size(), elderly.size() + 1);
}

void TestExampleFlow::searchesWithinTargetGroup()
{
    Run run = cli({QStringLiteral("--json"), QStringLiteral("policies"), QStringLiteral("search"),
                   QStringLiteral("补贴")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const qsizetype everyone = run.json().array().size();

    run =
        cli({QStringLiteral("--json"), QStringLiteral("policies"), QStringLiteral("search"),
             QStringLiteral("--target-group"), QStringLiteral("disabled"), QStringLiteral("补贴")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray disabled = run.json().array();
    QVERIFY(!disabled.isEmpty() && disabled.size() < everyone);
    QStringList codes;
    for (const QJsonValue &value : disabled) {
        codes << value.toObject().value(QStringLiteral("code")).toString();
    }
    QVERIFY2(codes.contains(QStringLiteral("disability_living_subsidy")),
             qPrintable(codes.join(u' ')));
    QVERIFY2(!codes.contains(QStringLiteral("elderly_allowance")), qPrintable(codes.join(u' ')));

    // Every policy found is also in the group's listing.
    run = cli({QStringLiteral("--json"), QStringLiteral("policies"), QStringLiteral("list"),
               QStringLiteral("--target-group"), QStringLiteral("disabled")});
    QCOMPARE(run.exitCode, 0);
    QStringList listed;
    for (const QJsonValue &value : run.json().array()) {
        listed << value.toObject().value(QStringLiteral("code")).toString();
    }
    for (const QString &code : std::as_const(codes)) {
        QVERIFY2(listed.contains(code), qPrintable(code));
    }
}

QTEST_GUILESS_MAIN(TestExampleFlow)
#include "testexampleflow.moc"
