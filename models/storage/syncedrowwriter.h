// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace Jiuzhu {

// The one place that writes rows of synced tables. It inserts a row or updates only the columns
// whose values changed, bumps the version, stamps the station and the UTC time, and writes one
// change_log entry per changed field with the version the change was based on. Deletes are
// tombstones. Call it inside a transaction: it does not open one.
class SyncedRowWriter
{
public:
    SyncedRowWriter(QSqlDatabase db, QString station, QDateTime now);

    // Returns false and sets errorString() on failure. Table and column names are constants of
    // the calling repository, never user input.
    bool write(const QString &table, const QString &uuid, const QVariantMap &columns);
    bool markDeleted(const QString &table, const QString &uuid);
    // Tombstones every live row of `table` whose `parentColumn` is parentUuid and whose uuid is
    // not in keep.
    bool markDeletedExcept(const QString &table, const QString &parentColumn,
                           const QString &parentUuid, const QStringList &keep);

    // Bumps the version of a row whose own columns did not change but whose parts did (a
    // household whose member changed), so the aggregate's version says "changed".
    bool touch(const QString &table, const QString &uuid);

    int lastVersion() const { return m_lastVersion; }
    // Rows inserted, updated or tombstoned by this writer so far.
    int changedRows() const { return m_changedRows; }
    QString errorString() const { return m_error; }
    QString timestamp() const;

private:
    bool logChange(const QString &table, const QString &uuid, const QString &field,
                   const QVariant &oldValue, const QVariant &newValue, int baseVersion);
    bool fail(const QString &what, const QString &detail);

    QSqlDatabase m_db;
    QString m_station;
    QDateTime m_now;
    int m_lastVersion = 0;
    int m_changedRows = 0;
    QString m_error;
};

// Text form of a value for the change log and for comparisons: null stays null.
QVariant changeLogValue(const QVariant &value);

} // namespace Jiuzhu
