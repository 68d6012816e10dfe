// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "catalogue/catalogue.h"
#include "households/householdjson.h"
#include "screening/screencommand.h"
#include "storage/database.h"
#include "storage/householdrepository.h"

using namespace Jiuzhu;

class TestScreenCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void generateFillsStoreOnceForSeed();
    void loadAllReadsWhatLoadReads();
    void screenListsGapsAndWritesExports();
    void screenRunsWhatIf();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void screenHelpPrintsUsage_data();
    void screenHelpPrintsUsage();

private:
    int run(bool screen, const QStringList &args, bool json = false);

    std::optional<Catalogue> m_catalogue;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_out;
    QString m_err;
};

void TestScreenCommand::initTestCase()
{
    Result<Catalogue> catalogue = Catalogue::loadBundled();
    QVERIFY2(catalogue, qPrintable(catalogue.error()));
    m_catalogue = std::move(catalogue).value();
}

void TestScreenCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(QStringLiteral("testscreencommand"));
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("store.sqlite"))),
             qPrintable(m_db->errorString()));
}

void TestScreenCommand::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

int TestScreenCommand::run(bool screen, const QStringList &args, bool json)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    return screen ? runScreenCommand(args, *m_db, *m_catalogue, out, err, json)
                  : runGenerateCommand(args, *m_db, *m_catalogue, out, err, json);
}

void TestScreenCommand::generateFillsStoreOnceForSeed()
{
    const QStringList args{QStringLiteral("--households"),     QStringLiteral("120"),
                           QStringLiteral("--seed"),           QStringLiteral("5"),
                           QStringLiteral("--reference-date"), QStringLiteral("2026-06-01")};
    QCOMPARE(run(false, args), 0);
    HouseholdRepository repository(*m_db);
    QCOMPARE(repository.count(), 120);
    // The same seed gives the same households, so a second run adds nobody.
    QCOMPARE(run(false, args), 0);
    QCOMPARE(repository.count(), 120);
}

void TestScreenCommand::loadAllReadsWhatLoadReads()
{
    QCOMPARE(run(false, {QStringLiteral("--households"), QStringLiteral("60"),
                         QStringLiteral("--seed"), QStringLiteral("8")}),
             0);
    HouseholdRepository repository(*m_db);
    const std::optional<QList<Household>> all = repository.loadAll();
    QVERIFY(all);
    QCOMPARE(all->size(), 60);
    for (const Household &household : *all) {
        const std::optional<Household> one = repository.load(household.sync.uuid);
        QVERIFY(one);
        QCOMPARE(HouseholdJson::toJson(household), HouseholdJson::toJson(*one));
    }
}

void TestScreenCommand::screenListsGapsAndWritesExports()
{
    QCOMPARE(run(false, {QStringLiteral("--households"), QStringLiteral("200"),
                         QStringLiteral("--seed"), QStringLiteral("3")}),
             0);
    const QString csv = m_dir->filePath(QStringLiteral("gaps.csv"));
    const QString xlsx = m_dir->filePath(QStringLiteral("gaps.xlsx"));
    QCOMPARE(
        run(true,
            {QStringLiteral("--as-of"), QStringLiteral("2026-12-04"), QStringLiteral("--csv"), csv,
             QStringLiteral("--xlsx"), xlsx, QStringLiteral("--sort"), QStringLiteral("level")},
            true),
        0);
    const QJsonObject report = QJsonDocument::fromJson(m_out.toUtf8()).object();
    QCOMPARE(report.value(u"households").toInt(), 200);
    QCOMPARE(report.value(u"policies").toArray().size(), m_catalogue->policies().size());
    const int gaps = report.value(u"gaps").toInt();
    QVERIFY(gaps > 0);

    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(data.count("\r\n"), gaps + 1);
    QVERIFY(QFile(xlsx).size() > 1000);

    // Each exported gap is on record as a decision; exporting again, or a what-if next to the
    // export, records nothing new (the what-if is nobody's decision).
    QCOMPARE(report.value(u"decisionsRecorded").toInt(), gaps);
    const auto exportedDecisions = [this] {
        QSqlQuery query(m_db->connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM decisions WHERE purpose = 'exported'"));
        return query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(exportedDecisions(), gaps);
    QCOMPARE(
        run(true, {QStringLiteral("--as-of"), QStringLiteral("2026-12-04"), QStringLiteral("--csv"),
                   csv, QStringLiteral("--set"), QStringLiteral("dibao_standard=+10%")}),
        0);
    QVERIFY2(m_out.contains(QStringLiteral("; 0 new decision(s) recorded")), qPrintable(m_out));
    QCOMPARE(exportedDecisions(), gaps);

    // An export that cannot be written records nothing.
    QSqlQuery wipe(m_db->connection());
    QVERIFY(wipe.exec(QStringLiteral("DELETE FROM decisions")));
    QCOMPARE(run(true, {QStringLiteral("--csv"), QStringLiteral("/nonexistent/x.csv")}), 3);
    QCOMPARE(exportedDecisions(), 0);
}

void TestScreenCommand::screenRunsWhatIf()
{
    QCOMPARE(run(false, {QStringLiteral("--households"), QStringLiteral("400"),
                         QStringLiteral("--seed"), QStringLiteral("4")}),
             0);
    QCOMPARE(run(true,
                 {QStringLiteral("--as-of"), QStringLiteral("2026-12-04"), QStringLiteral("--set"),
                  QStringLiteral("dibao_standard=+10%")},
                 true),
             0);
    const QJsonArray whatIf =
        QJsonDocument::fromJson(m_out.toUtf8()).object().value(u"whatIf").toArray();
    bool sawDibao = false;
    for (const QJsonValue &change : whatIf) {
        const QJsonObject object = change.toObject();
        if (object.value(u"policy").toString() == u"dibao") {
            sawDibao = true;
            QVERIFY(object.value(u"becomeEligible").toInt() > 0);
            QVERIFY(object.value(u"monthlyCostAfterFen").toDouble() >
                    object.value(u"monthlyCostBeforeFen").toDouble());
        }
    }
    QVERIFY(sawDibao);

    // Money is given in yuan, as in household files and in the window: setting the standard to
    // the 1,690 yuan it already is changes nothing.
    QCOMPARE(run(true,
                 {QStringLiteral("--as-of"), QStringLiteral("2026-12-04"), QStringLiteral("--set"),
                  QStringLiteral("dibao_standard=1690")},
                 true),
             0);
    QVERIFY2(QJsonDocument::fromJson(m_out.toUtf8()).object().value(u"whatIf").toArray().isEmpty(),
             qPrintable(m_out));

    QCOMPARE(run(true, {QStringLiteral("--set"), QStringLiteral("dibao_standard=+10%")}), 0);
    QVERIFY(m_out.contains(QStringLiteral("dibao")));
}

void TestScreenCommand::rejectsBadOptions_data()
{
    QTest::addColumn<bool>("screen");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions"); // the option, parameter or file the message names
    const QString set = QStringLiteral("--set");
    QTest::newRow("screen with an unknown option")
        << true << QStringList{QStringLiteral("--fast"), QStringLiteral("1")} << 1
        << QStringLiteral("--fast");
    QTest::newRow("screen with a bad date")
        << true << QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-13-01")} << 2
        << QStringLiteral("--as-of");
    QTest::newRow("screen with a parameter the catalogue lacks")
        << true << QStringList{set, QStringLiteral("no_such=5")} << 2 << QStringLiteral("no_such");
    QTest::newRow("screen with a value that is not a number")
        << true << QStringList{set, QStringLiteral("dibao_standard=x")} << 2
        << QStringLiteral("dibao_standard");
    QTest::newRow("screen with a signed value without percent")
        << true << QStringList{set, QStringLiteral("dibao_standard=-5")} << 2
        << QStringLiteral("dibao_standard");
    QTest::newRow("screen setting one parameter twice")
        << true
        << QStringList{set, QStringLiteral("dibao_standard=+5%"), set,
                       QStringLiteral(" dibao_standard=180000")}
        << 2 << QStringLiteral("dibao_standard");
    QTest::newRow("screen with an empty csv file name")
        << true << QStringList{QStringLiteral("--csv"), QString()} << 2 << QStringLiteral("--csv");
    QTest::newRow("screen with an empty xlsx file name")
        << true << QStringList{QStringLiteral("--xlsx"), QStringLiteral(" ")} << 2
        << QStringLiteral("--xlsx");
    QTest::newRow("screen exporting into a missing folder")
        << true << QStringList{QStringLiteral("--csv"), QStringLiteral("/nonexistent/x.csv")} << 3
        << QStringLiteral("/nonexistent/x.csv");
    QTest::newRow("generate without a count")
        << false << QStringList{QStringLiteral("--seed"), QStringLiteral("1")} << 1
        << QStringLiteral("--households");
    QTest::newRow("generate with a negative count")
        << false << QStringList{QStringLiteral("--households"), QStringLiteral("-3")} << 2
        << QStringLiteral("--households");
}

void TestScreenCommand::rejectsBadOptions()
{
    QFETCH(bool, screen);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    QCOMPARE(run(screen, args), exitCode);
    QVERIFY2(m_err.contains(mentions), qPrintable(m_err));
    QVERIFY2(m_out.isEmpty(), qPrintable(m_out));
}

void TestScreenCommand::screenHelpPrintsUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("long option") << QStringList{QStringLiteral("--help")};
    QTest::newRow("short option") << QStringList{QStringLiteral("-h")};
    QTest::newRow("after other options")
        << QStringList{QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--help")};
}

void TestScreenCommand::screenHelpPrintsUsage()
{
    QFETCH(QStringList, args);
    QCOMPARE(run(true, args), 0);
    QVERIFY2(m_err.isEmpty(), qPrintable(m_err));
    QVERIFY(m_out.startsWith(QStringLiteral("Usage: jiuzhu-cli screen")));
    for (const char *option :
         {"--as-of", "--set PARAMETER=VALUE", "--xlsx", "--csv", "--sort", "--limit", "--threads"})
        QVERIFY2(m_out.contains(QLatin1String(option)), option);
}

QTEST_GUILESS_MAIN(TestScreenCommand)
#include "testscreencommand.moc"
