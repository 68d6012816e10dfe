// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Jiuzhu {

// The station's SQLite store: one named connection, opened in the thread that uses it. Opening
// switches on foreign keys, asks for WAL (best effort) and runs the schema migrations up to
// TargetVersion, each in its own transaction. The local station id is created on first open.
class Database
{
public:
    static constexpr int TargetVersion = 3;

    explicit Database(const QString &connectionName = QStringLiteral("jiuzhu"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // ":memory:" opens a private in-memory store (tests).
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    QSqlDatabase connection() const;
    int schemaVersion() const;
    QString stationId() const { return m_stationId; }
    QString stationName() const;
    bool setStationName(const QString &name);

    // The store in the user's data location, used unless --db names another file.
    static QString defaultPath();

private:
    bool configure();
    bool migrate();
    bool isJiuzhuStore() const;
    bool applyMigration(int toVersion);
    bool ensureLocalStation();
    bool fail(const QString &what, const QString &detail);

    QString m_connectionName;
    QString m_path;
    QString m_stationId;
    QString m_error;
};

} // namespace Jiuzhu
