// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "core/logging.h"
#include "households/vocabulary.h"
#include "storage/database.h"
#include "storage/syncedrowwriter.h"
#include "storage/transactionguard.h"

namespace Jiuzhu {

namespace {

const QString VisitsTable = QStringLiteral("visits");

} // namespace

VisitRepository::VisitRepository(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

bool VisitRepository::save(Visit &visit)
{
    m_error.clear();
    if (visit.householdUuid.isEmpty()) {
        return fail(tr("The visit has no household"));
    }
    m_errorField.clear();
    if (!visit.at.isValid()) {
        return fail(tr("Enter the date and time of the visit"), QStringLiteral("at"));
    }
    // The log records contacts that happened: not next week's, and not last century's.
    const QDate today = shanghaiToday();
    if (visit.shanghaiDay() > today.addDays(1) || visit.shanghaiDay() < QDate(2000, 1, 1)) {
        return fail(tr("The visit's date must be between 2000 and today"), QStringLiteral("at"));
    }
    if (!Vocabulary::contains(Vocabulary::List::VisitKind, visit.kind)) {
        return fail(tr("Choose the kind of contact: home visit, phone call or office meeting"),
                    QStringLiteral("kind"));
    }
    if (visit.nextVisit.isValid() && visit.nextVisit < visit.shanghaiDay()) {
        return fail(tr("The next visit cannot be before this one"), QStringLiteral("nextVisit"));
    }

    Visit written = visit;
    if (written.sync.uuid.isEmpty()) {
        written.sync.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    SyncedRowWriter writer(db, m_database.stationId(), QDateTime::currentDateTimeUtc());
    // Keep the offset the moment was recorded with; a local time without one is Shanghai's.
    QDateTime at = written.at;
    if (at.timeSpec() == Qt::LocalTime) {
        at = QDateTime(at.date(), at.time(), shanghaiZone());
    }
    const QVariantMap columns{
        {QStringLiteral("household_uuid"), written.householdUuid},
        {QStringLiteral("visited_at"),
         at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate)},
        {QStringLiteral("visited_at_utc"), at.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("kind"), written.kind},
        {QStringLiteral("participants"), written.participants},
        {QStringLiteral("findings"), written.findings},
        {QStringLiteral("next_steps"), written.nextSteps},
        {QStringLiteral("next_visit_date"), written.nextVisit.isValid()
                                                ? QVariant(written.nextVisit.toString(Qt::ISODate))
                                                : QVariant()},
    };
    if (!transaction.isActive() || !writer.write(VisitsTable, written.sync.uuid, columns) ||
        !transaction.commit()) {
        return fail(writer.errorString().isEmpty() ? transaction.errorString()
                                                   : writer.errorString());
    }
    written.sync.version = writer.lastVersion();
    visit = written;
    emit visitSaved(visit.householdUuid);
    return true;
}

bool VisitRepository::remove(const QString &uuid)
{
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    SyncedRowWriter writer(db, m_database.stationId(), QDateTime::currentDateTimeUtc());
    if (!transaction.isActive() || !writer.markDeleted(VisitsTable, uuid) ||
        !transaction.commit()) {
        return fail(writer.errorString());
    }
    return true;
}

QList<Visit> VisitRepository::forHousehold(const QString &householdUuid) const
{
    QList<Visit> visits;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT * FROM visits WHERE household_uuid = :household "
                                 "AND deleted = 0 ORDER BY visited_at_utc DESC"));
    query.bindValue(QStringLiteral(":household"), householdUuid);
    if (!query.exec()) {
        qCWarning(lcStorage) << "cannot read visits of" << householdUuid;
        return visits;
    }
    while (query.next()) {
        Visit v;
        v.sync.uuid = query.value(QStringLiteral("uuid")).toString();
        v.sync.version = query.value(QStringLiteral("version")).toInt();
        v.householdUuid = householdUuid;
        v.at = QDateTime::fromString(query.value(QStringLiteral("visited_at")).toString(),
                                     Qt::ISODate);
        v.kind = query.value(QStringLiteral("kind")).toString();
        v.participants = query.value(QStringLiteral("participants")).toString();
        v.findings = query.value(QStringLiteral("findings")).toString();
        v.nextSteps = query.value(QStringLiteral("next_steps")).toString();
        v.nextVisit = QDate::fromString(query.value(QStringLiteral("next_visit_date")).toString(),
                                        Qt::ISODate);
        visits << v;
    }
    return visits;
}

QList<OverdueVisit> VisitRepository::overdue(const QDate &today) const
{
    QList<OverdueVisit> result;
    QSqlQuery query(m_database.connection());
    // The next-visit date of each household's latest visit is the one that counts.
    query.prepare(QStringLiteral(
        "SELECT v.household_uuid, v.next_visit_date FROM visits v "
        "JOIN households h ON h.uuid = v.household_uuid AND h.deleted = 0 "
        "WHERE v.deleted = 0 AND v.visited_at_utc = (SELECT MAX(w.visited_at_utc) FROM visits w "
        "  WHERE w.household_uuid = v.household_uuid AND w.deleted = 0) "
        "AND v.next_visit_date IS NOT NULL AND v.next_visit_date < :today "
        "ORDER BY v.next_visit_date"));
    query.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    if (!query.exec()) {
        qCWarning(lcStorage) << "cannot list overdue visits:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        OverdueVisit o;
        o.householdUuid = query.value(0).toString();
        o.dueDate = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        o.daysOverdue = int(o.dueDate.daysTo(today));
        result << o;
    }
    return result;
}

bool VisitRepository::fail(const QString &message, const QString &field)
{
    m_error = message;
    m_errorField = field;
    qCInfo(lcStorage) << "visit not saved";
    return false;
}

} // namespace Jiuzhu
