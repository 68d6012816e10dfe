// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "storage/database.h"

using namespace Jiuzhu;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void migratesNewStoreToTargetVersion();
    void switchesOnForeignKeys();
    void usesWriteAheadLogForFiles();
    void keepsStationIdAcrossReopen();
    void upgradesVersionZeroFixture();
    void upgradesVersionOneStoreKeepingItsData();
    void refusesStoreFromNewerVersion();
    void reportsUnwritableFolder();
    void leavesForeignFilesAlone_data();
    void leavesForeignFilesAlone();
    void twoConnectionsWriteWithoutLockErrors();
};

void TestDatabase::initTestCase()
{
    Database probe(QStringLiteral("probe"));
    if (!probe.open(QStringLiteral(":memory:"))) {
        QSKIP("the QSQLITE driver cannot open a database here");
    }
}

void TestDatabase::migratesNewStoreToTargetVersion()
{
    Database db;
    QVERIFY2(db.open(QStringLiteral(":memory:")), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::TargetVersion);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM households")));
    QVERIFY(!db.stationId().isEmpty());
}

void TestDatabase::switchesOnForeignKeys()
{
    Database db;
    QVERIFY(db.open(QStringLiteral(":memory:")));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // A member of a household that does not exist is refused.
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO members (uuid, household_uuid, version, station, changed_at, name, "
        "id_number, relation) VALUES ('m', 'nowhere', 1, 's', 't', 'n', 'i', 'head')")));
}

void TestDatabase::usesWriteAheadLogForFiles()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("store.sqlite"))));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString().toLower(), QStringLiteral("wal"));
}

void TestDatabase::keepsStationIdAcrossReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/folder/store.sqlite"));
    QString first;
    {
        Database db;
        QVERIFY(db.open(path));
        first = db.stationId();
        QVERIFY(db.setStationName(QStringLiteral("新泾镇救助顾问站")));
    }
    Database db;
    QVERIFY(db.open(path));
    QCOMPARE(db.stationId(), first);
    QCOMPARE(db.stationName(), QStringLiteral("新泾镇救助顾问站"));
}

void TestDatabase::upgradesVersionZeroFixture()
{
    // A store created by a build that only had the meta table is version 0.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));

    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::TargetVersion);
}

void TestDatabase::upgradesVersionOneStoreKeepingItsData()
{
    // Build a version 1 store by hand: the first migration only, with one household in it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture-v1"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QFile file(QStringLiteral(":/migrations/0001_initial.sql"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSqlQuery query(raw);
        QString script;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1String("--"))) {
                script += line + QLatin1Char('\n');
            }
        }
        for (const QString &statement : script.split(QLatin1Char(';'))) {
            if (!statement.trimmed().isEmpty()) {
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
        }
        QVERIFY(query.exec(
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO meta VALUES ('schema_version', '1')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO households (uuid, version, station, changed_at, district, street, "
            "address) VALUES ('h1', 3, 'old-station', '2026-01-01T00:00:00Z', '310105', "
            "'310105102', '示例路1号')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture-v1"));

    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::TargetVersion);
    QSqlQuery query(db.connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT version, address FROM households WHERE uuid = 'h1'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 3);
    QCOMPARE(query.value(1).toString(), QStringLiteral("示例路1号"));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM decisions")));
}

void TestDatabase::refusesStoreFromNewerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
    }
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY(db.errorString().contains(QStringLiteral("999")));
    QVERIFY(!db.isOpen());
}

void TestDatabase::reportsUnwritableFolder()
{
    Database db;
    QVERIFY(!db.open(QStringLiteral("/proc/jiuzhu/cannot/store.sqlite")));
    QVERIFY(!db.errorString().isEmpty());
}

void TestDatabase::leavesForeignFilesAlone_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("isSqlite");
    QTest::newRow("text file") << QByteArray("just some notes\n") << false;
    QTest::newRow("another program's database") << QByteArray() << true;
}

void TestDatabase::leavesForeignFilesAlone()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, isSqlite);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.db"));
    if (isSqlite) {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE households (id INTEGER)")));
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorString().contains(QStringLiteral("Jiuzhu")), qPrintable(db.errorString()));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

void TestDatabase::twoConnectionsWriteWithoutLockErrors()
{
    // Two connections stand in for two processes; each writes while the other holds a read
    // snapshot, which without IMMEDIATE transactions fails with "database is locked".
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    Database first(QStringLiteral("first"));
    Database second(QStringLiteral("second"));
    QVERIFY(first.open(path));
    QVERIFY(second.open(path));
    for (int i = 0; i < 20; ++i) {
        Database &db = i % 2 ? first : second;
        QVERIFY2(db.setStationName(QStringLiteral("站 %1").arg(i)), qPrintable(db.errorString()));
    }
    QCOMPARE(first.stationName(), QStringLiteral("站 19"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "testdatabase.moc"
