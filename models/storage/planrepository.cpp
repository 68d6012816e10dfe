// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planrepository.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "core/logging.h"
#include "storage/database.h"
#include "storage/syncedrowwriter.h"
#include "storage/transactionguard.h"

namespace Jiuzhu {

namespace {

const QString PlansTable = QStringLiteral("plans");
const QString ItemsTable = QStringLiteral("plan_items");

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

PlanRepository::PlanRepository(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

std::optional<Plan> PlanRepository::forHousehold(const QString &householdUuid) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT * FROM plans WHERE household_uuid = :household AND deleted = 0"));
    query.bindValue(QStringLiteral(":household"), householdUuid);
    if (!query.exec()) {
        qCWarning(lcStorage) << "cannot read plan of" << householdUuid << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    Plan plan;
    plan.sync.uuid = query.value(QStringLiteral("uuid")).toString();
    plan.sync.version = query.value(QStringLiteral("version")).toInt();
    plan.sync.station = query.value(QStringLiteral("station")).toString();
    plan.sync.changedAt =
        QDateTime::fromString(query.value(QStringLiteral("changed_at")).toString(), Qt::ISODate);
    plan.householdUuid = householdUuid;
    plan.stage = query.value(QStringLiteral("stage")).toString();
    plan.summary = query.value(QStringLiteral("summary")).toString();
    plan.advisor = query.value(QStringLiteral("advisor")).toString();
    plan.advisorPhone = query.value(QStringLiteral("advisor_phone")).toString();

    QSqlQuery items(db);
    items.prepare(QStringLiteral(
        "SELECT * FROM plan_items WHERE plan_uuid = :plan AND deleted = 0 ORDER BY position"));
    items.bindValue(QStringLiteral(":plan"), plan.sync.uuid);
    if (!items.exec()) {
        qCWarning(lcStorage) << "cannot read actions of plan" << plan.sync.uuid;
        return std::nullopt;
    }
    while (items.next()) {
        PlanAction a;
        a.sync.uuid = items.value(QStringLiteral("uuid")).toString();
        a.sync.version = items.value(QStringLiteral("version")).toInt();
        a.stage = items.value(QStringLiteral("stage")).toString();
        a.kind = items.value(QStringLiteral("kind")).toString();
        a.goal = items.value(QStringLiteral("goal")).toString();
        a.title = items.value(QStringLiteral("title")).toString();
        a.policyCode = items.value(QStringLiteral("policy_code")).toString();
        a.owner = items.value(QStringLiteral("owner")).toString();
        a.due = QDate::fromString(items.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
        a.status = items.value(QStringLiteral("status")).toString();
        plan.actions << a;
    }
    return plan;
}

bool PlanRepository::save(Plan &plan, const QString &savedBy)
{
    m_error.clear();
    if (plan.householdUuid.isEmpty()) {
        return fail(QStringLiteral("plan without household"));
    }
    for (const PlanAction &a : std::as_const(plan.actions)) {
        if (a.title.trimmed().isEmpty()) {
            return fail(tr("Every action needs a title"));
        }
    }

    Plan written = plan;
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        return fail(transaction.errorString());
    }
    SyncedRowWriter writer(db, m_database.stationId(), QDateTime::currentDateTimeUtc());
    if (written.sync.uuid.isEmpty()) {
        written.sync.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    QStringList kept;
    for (int i = 0; i < written.actions.size(); ++i) {
        PlanAction &a = written.actions[i];
        if (a.sync.uuid.isEmpty()) {
            a.sync.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        kept << a.sync.uuid;
    }
    // The plan row goes first: its actions refer to it.
    const QVariantMap planColumns{{QStringLiteral("household_uuid"), written.householdUuid},
                                  {QStringLiteral("stage"), written.stage},
                                  {QStringLiteral("summary"), written.summary},
                                  {QStringLiteral("advisor"), written.advisor},
                                  {QStringLiteral("advisor_phone"), written.advisorPhone}};
    if (!writer.write(PlansTable, written.sync.uuid, planColumns)) {
        return fail(writer.errorString());
    }
    const int planVersion = writer.lastVersion();
    bool actionsChanged = false;
    for (int i = 0; i < written.actions.size(); ++i) {
        PlanAction &a = written.actions[i];
        const QVariantMap columns{{QStringLiteral("plan_uuid"), written.sync.uuid},
                                  {QStringLiteral("position"), i},
                                  {QStringLiteral("stage"), a.stage},
                                  {QStringLiteral("kind"), a.kind},
                                  {QStringLiteral("goal"), a.goal},
                                  {QStringLiteral("title"), a.title},
                                  {QStringLiteral("policy_code"), a.policyCode},
                                  {QStringLiteral("owner"), a.owner},
                                  {QStringLiteral("due_date"), dateValue(a.due)},
                                  {QStringLiteral("status"), a.status}};
        const int before = a.sync.version;
        if (!writer.write(ItemsTable, a.sync.uuid, columns)) {
            return fail(writer.errorString());
        }
        a.sync.version = writer.lastVersion();
        actionsChanged = actionsChanged || a.sync.version != before;
    }
    QSqlQuery count(db);
    count.prepare(
        QStringLiteral("SELECT COUNT(*) FROM plan_items WHERE plan_uuid = :plan AND deleted = 0"));
    count.bindValue(QStringLiteral(":plan"), written.sync.uuid);
    if (!count.exec() || !count.next()) {
        return fail(count.lastError().text());
    }
    actionsChanged = actionsChanged || count.value(0).toInt() != written.actions.size();
    if (!writer.markDeletedExcept(ItemsTable, QStringLiteral("plan_uuid"), written.sync.uuid,
                                  kept)) {
        return fail(writer.errorString());
    }

    // A change to the actions alone is a new version of the plan too.
    written.sync.version = planVersion;
    if (actionsChanged && planVersion == plan.sync.version) {
        QSqlQuery bump(db);
        bump.prepare(QStringLiteral("UPDATE plans SET version = version + 1, changed_at = :at, "
                                    "station = :station WHERE uuid = :uuid"));
        bump.bindValue(QStringLiteral(":at"), writer.timestamp());
        bump.bindValue(QStringLiteral(":station"), m_database.stationId());
        bump.bindValue(QStringLiteral(":uuid"), written.sync.uuid);
        if (!bump.exec()) {
            return fail(bump.lastError().text());
        }
        written.sync.version = planVersion + 1;
    }

    if (written.sync.version != plan.sync.version || plan.sync.uuid.isEmpty()) {
        QSqlQuery snapshot(db);
        snapshot.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO plan_versions (plan_uuid, version, saved_at, saved_by, "
            "snapshot) VALUES (:plan, :version, :at, :by, :snapshot)"));
        snapshot.bindValue(QStringLiteral(":plan"), written.sync.uuid);
        snapshot.bindValue(QStringLiteral(":version"), written.sync.version);
        snapshot.bindValue(QStringLiteral(":at"), writer.timestamp());
        snapshot.bindValue(QStringLiteral(":by"), savedBy);
        snapshot.bindValue(
            QStringLiteral(":snapshot"),
            QString::fromUtf8(QJsonDocument(written.toJson()).toJson(QJsonDocument::Compact)));
        if (!snapshot.exec()) {
            return fail(snapshot.lastError().text());
        }
    }
    if (!transaction.commit()) {
        return fail(transaction.errorString());
    }
    plan = written;
    qCInfo(lcStorage) << "saved plan" << plan.sync.uuid << "version" << plan.sync.version;
    emit planSaved(plan.householdUuid);
    return true;
}

QList<PlanVersion> PlanRepository::versions(const QString &planUuid) const
{
    QList<PlanVersion> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT version, saved_at, saved_by, snapshot FROM plan_versions "
                                 "WHERE plan_uuid = :plan ORDER BY version DESC"));
    query.bindValue(QStringLiteral(":plan"), planUuid);
    if (!query.exec()) {
        qCWarning(lcStorage) << "cannot read versions of plan" << planUuid;
        return result;
    }
    while (query.next()) {
        PlanVersion v;
        v.version = query.value(0).toInt();
        v.savedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
        v.savedBy = query.value(2).toString();
        v.plan =
            Plan::fromJson(QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object());
        result << v;
    }
    return result;
}

bool PlanRepository::fail(const QString &message)
{
    m_error = message;
    qCInfo(lcStorage) << "plan not saved";
    return false;
}

} // namespace Jiuzhu
