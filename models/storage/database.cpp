// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include "core/logging.h"
#include "storage/transactionguard.h"

namespace Jiuzhu {

namespace {

// Migration scripts by the version they lead to; index 0 leads to version 1.
const char *const MigrationFiles[] = {
    ":/migrations/0001_initial.sql",
    ":/migrations/0002_decisions.sql",
    ":/migrations/0003_disaster.sql",
};
static_assert(std::size(MigrationFiles) == Database::TargetVersion);

QStringList splitStatements(const QString &script)
{
    QStringList lines;
    const QStringList all = script.split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().startsWith(QLatin1String("--"))) {
            lines << line;
        }
    }
    QStringList statements;
    const QStringList parts = lines.join(QLatin1Char('\n')).split(QLatin1Char(';'));
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            statements << part.trimmed();
        }
    }
    return statements;
}

struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

} // namespace

Database::Database(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    if (path != QLatin1String(":memory:")) {
        const QDir dir = QFileInfo(path).absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
            return fail(Storage::tr("Cannot create the folder for the store"), dir.absolutePath());
        }
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        // Another process (the window and the command line, say) may hold the write lock for
        // a moment; wait for it rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            return fail(Storage::tr("Cannot open the store"), db.lastError().text());
        }
    }
    if (!configure() || !migrate() || !ensureLocalStation()) {
        const QString error = m_error;
        close();
        m_error = error;
        return false;
    }
    qCInfo(lcStorage) << "opened store at schema version" << schemaVersion();
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    // Every handle to the connection has gone out of scope above, as removeDatabase requires.
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::configure()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        return fail(Storage::tr("Cannot switch on foreign keys"), query.lastError().text());
    }
    // Nothing is written before we know the file is ours: a text file or another program's
    // SQLite database is refused as it is.
    if (!isJiuzhuStore()) {
        return fail(Storage::tr("This file is not a Jiuzhu store"), m_path);
    }
    if (m_path != QLatin1String(":memory:")) {
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
            query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive)) {
            qCWarning(lcStorage) << "WAL journal mode not available; using the default";
        }
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    if (!query.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))) {
        return fail(Storage::tr("Cannot create the meta table"), query.lastError().text());
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), QStringLiteral("schema_version"));
    if (!query.exec() || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

bool Database::migrate()
{
    if (!isJiuzhuStore()) {
        return fail(Storage::tr("This file is not a Jiuzhu store"), m_path);
    }
    const int current = schemaVersion();
    if (current > TargetVersion) {
        return fail(Storage::tr("The store was written by a newer version of Jiuzhu"),
                    QString::number(current));
    }
    for (int version = current + 1; version <= TargetVersion; ++version) {
        if (!applyMigration(version)) {
            return false;
        }
    }
    return true;
}

bool Database::applyMigration(int toVersion)
{
    const QString fileName = QString::fromLatin1(MigrationFiles[toVersion - 1]);
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Storage::tr("Cannot read a schema migration"), fileName);
    }
    const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));

    TransactionGuard transaction(connection());
    if (!transaction.isActive()) {
        return fail(Storage::tr("Cannot begin a transaction"), transaction.errorString());
    }
    // Another process may have migrated the store while this one waited for the lock.
    if (schemaVersion() >= toVersion) {
        return true;
    }
    QSqlQuery query(connection());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            return fail(Storage::tr("Schema migration failed"),
                        QStringLiteral("v%1: %2").arg(toVersion).arg(query.lastError().text()));
        }
    }

    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (:key, :value)"));
    query.bindValue(QStringLiteral(":key"), QStringLiteral("schema_version"));
    query.bindValue(QStringLiteral(":value"), QString::number(toVersion));
    if (!query.exec() || !transaction.commit()) {
        return fail(Storage::tr("Schema migration failed"), query.lastError().text());
    }
    qCInfo(lcStorage) << "migrated store to schema version" << toVersion;
    return true;
}

bool Database::ensureLocalStation()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT id FROM stations WHERE is_local = 1"))) {
        return fail(Storage::tr("Cannot read the station"), query.lastError().text());
    }
    if (query.next()) {
        m_stationId = query.value(0).toString();
        return true;
    }
    const QString id =
        QStringLiteral("station-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    query.prepare(QStringLiteral(
        "INSERT INTO stations (id, name, district, is_local) VALUES (:id, :name, '', 1)"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":name"), QStringLiteral(""));
    if (!query.exec()) {
        return fail(Storage::tr("Cannot create the station"), query.lastError().text());
    }
    m_stationId = id;
    return true;
}

bool Database::isJiuzhuStore() const
{
    // A new, empty file or one with our meta table is ours; any other SQLite database is left
    // untouched.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral(
            "SELECT SUM(name = 'meta'), COUNT(*) FROM sqlite_master WHERE type = 'table'")) ||
        !query.next()) {
        return false;
    }
    return query.value(1).toInt() == 0 || query.value(0).toInt() == 1;
}

QString Database::stationName() const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT name FROM stations WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), m_stationId);
    if (!query.exec() || !query.next()) {
        return QString();
    }
    return query.value(0).toString();
}

bool Database::setStationName(const QString &name)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("UPDATE stations SET name = :name WHERE id = :id"));
    query.bindValue(QStringLiteral(":name"), name);
    query.bindValue(QStringLiteral(":id"), m_stationId);
    if (!query.exec()) {
        return fail(Storage::tr("Cannot rename the station"), query.lastError().text());
    }
    return true;
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/jiuzhu.sqlite");
}

bool Database::fail(const QString &what, const QString &detail)
{
    m_error = detail.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, detail);
    qCWarning(lcStorage) << "store error:" << what;
    return false;
}

} // namespace Jiuzhu
