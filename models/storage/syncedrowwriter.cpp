// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncedrowwriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "core/logging.h"

namespace Jiuzhu {

QVariant changeLogValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return QVariant();
    }
    if (value.typeId() == QMetaType::Bool) {
        return QString::number(value.toBool() ? 1 : 0);
    }
    if (value.typeId() == QMetaType::Double) {
        return QString::number(value.toDouble(), 'g', 15);
    }
    return value.toString();
}

namespace {

// Qt Sql binds a null QString as SQL NULL; text columns hold '' for "nothing typed" instead, so
// only values that are null on purpose (an invalid QVariant) become NULL.
QVariant sqlValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        return QString(QLatin1String(""));
    }
    return value;
}

} // namespace

SyncedRowWriter::SyncedRowWriter(QSqlDatabase db, QString station, QDateTime now)
    : m_db(std::move(db))
    , m_station(std::move(station))
    , m_now(now.toUTC())
{
}

QString SyncedRowWriter::timestamp() const
{
    return m_now.toString(Qt::ISODateWithMs);
}

bool SyncedRowWriter::write(const QString &table, const QString &uuid, const QVariantMap &columns)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE uuid = :uuid").arg(table));
    query.bindValue(QStringLiteral(":uuid"), uuid);
    if (!query.exec()) {
        return fail(QStringLiteral("read %1 %2").arg(table, uuid), query.lastError().text());
    }

    if (!query.next()) {
        QStringList names{QStringLiteral("uuid"), QStringLiteral("version"),
                          QStringLiteral("station"), QStringLiteral("changed_at"),
                          QStringLiteral("deleted")};
        QVariantMap values{{QStringLiteral("uuid"), uuid},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("station"), m_station},
                           {QStringLiteral("changed_at"), timestamp()},
                           {QStringLiteral("deleted"), 0}};
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            names << it.key();
            values.insert(it.key(), it.value());
        }
        QStringList placeholders;
        for (const QString &name : std::as_const(names)) {
            placeholders << QLatin1Char(':') + name;
        }
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, names.join(QStringLiteral(", ")),
                                placeholders.join(QStringLiteral(", "))));
        for (const QString &name : std::as_const(names)) {
            insert.bindValue(QLatin1Char(':') + name, sqlValue(values.value(name)));
        }
        if (!insert.exec()) {
            return fail(QStringLiteral("insert %1 %2").arg(table, uuid), insert.lastError().text());
        }
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            if (!logChange(table, uuid, it.key(), QVariant(), it.value(), 0)) {
                return false;
            }
        }
        m_lastVersion = 1;
        ++m_changedRows;
        return true;
    }

    const QSqlRecord record = query.record();
    const int baseVersion = record.value(QStringLiteral("version")).toInt();
    QStringList changed;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (changeLogValue(record.value(it.key())) != changeLogValue(it.value())) {
            changed << it.key();
        }
    }
    const bool wasDeleted = record.value(QStringLiteral("deleted")).toInt() != 0;
    m_lastVersion = baseVersion;
    if (changed.isEmpty() && !wasDeleted) {
        return true;
    }

    QStringList assignments{
        QStringLiteral("version = :version"), QStringLiteral("station = :station"),
        QStringLiteral("changed_at = :changed_at"), QStringLiteral("deleted = 0")};
    for (const QString &name : std::as_const(changed)) {
        assignments << QStringLiteral("%1 = :%1").arg(name);
    }
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE uuid = :uuid")
                       .arg(table, assignments.join(QStringLiteral(", "))));
    update.bindValue(QStringLiteral(":version"), baseVersion + 1);
    update.bindValue(QStringLiteral(":station"), m_station);
    update.bindValue(QStringLiteral(":changed_at"), timestamp());
    update.bindValue(QStringLiteral(":uuid"), uuid);
    for (const QString &name : std::as_const(changed)) {
        update.bindValue(QLatin1Char(':') + name, sqlValue(columns.value(name)));
    }
    if (!update.exec()) {
        return fail(QStringLiteral("update %1 %2").arg(table, uuid), update.lastError().text());
    }
    for (const QString &name : std::as_const(changed)) {
        if (!logChange(table, uuid, name, record.value(name), columns.value(name), baseVersion)) {
            return false;
        }
    }
    if (wasDeleted && !logChange(table, uuid, QStringLiteral("deleted"), 1, 0, baseVersion)) {
        return false;
    }
    m_lastVersion = baseVersion + 1;
    ++m_changedRows;
    return true;
}

bool SyncedRowWriter::touch(const QString &table, const QString &uuid)
{
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE %1 SET version = version + 1, station = :station, "
                                  "changed_at = :changed_at WHERE uuid = :uuid")
                       .arg(table));
    update.bindValue(QStringLiteral(":station"), m_station);
    update.bindValue(QStringLiteral(":changed_at"), timestamp());
    update.bindValue(QStringLiteral(":uuid"), uuid);
    if (!update.exec()) {
        return fail(QStringLiteral("touch %1 %2").arg(table, uuid), update.lastError().text());
    }
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT version FROM %1 WHERE uuid = :uuid").arg(table));
    read.bindValue(QStringLiteral(":uuid"), uuid);
    if (!read.exec() || !read.next()) {
        return fail(QStringLiteral("read %1 %2").arg(table, uuid), read.lastError().text());
    }
    m_lastVersion = read.value(0).toInt();
    return true;
}

bool SyncedRowWriter::markDeleted(const QString &table, const QString &uuid)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT version FROM %1 WHERE uuid = :uuid AND deleted = 0").arg(table));
    query.bindValue(QStringLiteral(":uuid"), uuid);
    if (!query.exec()) {
        return fail(QStringLiteral("read %1 %2").arg(table, uuid), query.lastError().text());
    }
    if (!query.next()) {
        return true;
    }
    const int baseVersion = query.value(0).toInt();
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE %1 SET deleted = 1, version = :version, "
                                  "station = :station, changed_at = :changed_at WHERE uuid = :uuid")
                       .arg(table));
    update.bindValue(QStringLiteral(":version"), baseVersion + 1);
    update.bindValue(QStringLiteral(":station"), m_station);
    update.bindValue(QStringLiteral(":changed_at"), timestamp());
    update.bindValue(QStringLiteral(":uuid"), uuid);
    if (!update.exec()) {
        return fail(QStringLiteral("delete %1 %2").arg(table, uuid), update.lastError().text());
    }
    m_lastVersion = baseVersion + 1;
    ++m_changedRows;
    return logChange(table, uuid, QStringLiteral("deleted"), 0, 1, baseVersion);
}

bool SyncedRowWriter::markDeletedExcept(const QString &table, const QString &parentColumn,
                                        const QString &parentUuid, const QStringList &keep)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE %2 = :parent AND deleted = 0")
                      .arg(table, parentColumn));
    query.bindValue(QStringLiteral(":parent"), parentUuid);
    if (!query.exec()) {
        return fail(QStringLiteral("list %1 of %2").arg(table, parentUuid),
                    query.lastError().text());
    }
    QStringList doomed;
    while (query.next()) {
        const QString uuid = query.value(0).toString();
        if (!keep.contains(uuid)) {
            doomed << uuid;
        }
    }
    for (const QString &uuid : std::as_const(doomed)) {
        if (!markDeleted(table, uuid)) {
            return false;
        }
    }
    return true;
}

bool SyncedRowWriter::logChange(const QString &table, const QString &uuid, const QString &field,
                                const QVariant &oldValue, const QVariant &newValue, int baseVersion)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO change_log (table_name, row_uuid, field, old_value, new_value, base_version, "
        "new_version, station, changed_at) VALUES (:table, :uuid, :field, :old, :new, :base, "
        ":version, :station, :changed_at)"));
    query.bindValue(QStringLiteral(":table"), table);
    query.bindValue(QStringLiteral(":uuid"), uuid);
    query.bindValue(QStringLiteral(":field"), field);
    query.bindValue(QStringLiteral(":old"), changeLogValue(oldValue));
    query.bindValue(QStringLiteral(":new"), changeLogValue(newValue));
    query.bindValue(QStringLiteral(":base"), baseVersion);
    query.bindValue(QStringLiteral(":version"), baseVersion + 1);
    query.bindValue(QStringLiteral(":station"), m_station);
    query.bindValue(QStringLiteral(":changed_at"), timestamp());
    if (!query.exec()) {
        return fail(QStringLiteral("log change of %1 %2").arg(table, uuid),
                    query.lastError().text());
    }
    return true;
}

bool SyncedRowWriter::fail(const QString &what, const QString &detail)
{
    m_error = QStringLiteral("%1: %2").arg(what, detail);
    qCWarning(lcStorage) << "write failed:" << what;
    return false;
}

} // namespace Jiuzhu
