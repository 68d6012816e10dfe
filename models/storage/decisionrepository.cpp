// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "core/logging.h"
#include "storage/database.h"
#include "storage/transactionguard.h"

namespace Jiuzhu {

namespace {

QString compact(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    if (!value.isArray() && !value.isObject()) {
        // A literal rule (true/false) is wrapped so it stays valid JSON text.
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    }
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonValue parse(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isObject()) {
        return document.object();
    }
    const QJsonArray array = document.array();
    // Literal rules were wrapped in a one-element array by compact().
    if (array.size() == 1 && !array.first().isArray() && !array.first().isObject()) {
        return array.first();
    }
    return array;
}

Decision readDecision(const QSqlQuery &q)
{
    Decision d;
    d.uuid = q.value(QStringLiteral("uuid")).toString();
    d.householdUuid = q.value(QStringLiteral("household_uuid")).toString();
    d.householdVersion = q.value(QStringLiteral("household_version")).toInt();
    d.policyCode = q.value(QStringLiteral("policy_code")).toString();
    d.purpose = q.value(QStringLiteral("purpose")).toString();
    d.decidedAt =
        QDateTime::fromString(q.value(QStringLiteral("decided_at")).toString(), Qt::ISODate);
    d.asOf = QDate::fromString(q.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    d.catalogueVersion = q.value(QStringLiteral("catalogue_version")).toString();
    d.rule = parse(q.value(QStringLiteral("rule")).toString());
    d.inputs = parse(q.value(QStringLiteral("inputs")).toString()).toObject();
    d.status = q.value(QStringLiteral("status")).toString();
    const QVariant amount = q.value(QStringLiteral("amount_fen"));
    if (!amount.isNull()) {
        d.amountFen = amount.toLongLong();
    }
    d.station = q.value(QStringLiteral("station")).toString();
    return d;
}

bool sameConclusion(const Decision &a, const Decision &b)
{
    return a.householdVersion == b.householdVersion && a.catalogueVersion == b.catalogueVersion &&
           a.asOf == b.asOf && a.status == b.status && a.amountFen == b.amountFen &&
           a.inputs == b.inputs;
}

} // namespace

DecisionRepository::DecisionRepository(Database &database)
    : m_database(database)
{
}

int DecisionRepository::record(QList<Decision> decisions)
{
    m_error.clear();
    if (decisions.isEmpty()) {
        return 0;
    }
    QHash<QString, Decision> latest;
    const QList<Decision> existing = latestForHousehold(decisions.first().householdUuid);
    for (const Decision &d : existing) {
        latest.insert(d.policyCode + QLatin1Char('/') + d.purpose, d);
    }

    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return -1;
    }
    int written = 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO decisions (uuid, household_uuid, household_version, policy_code, purpose, "
        "decided_at, as_of, catalogue_version, rule, inputs, status, amount_fen, station) "
        "VALUES (:uuid, :household, :version, :policy, :purpose, :at, :asof, :catalogue, :rule, "
        ":inputs, :status, :amount, :station)"));
    for (Decision &d : decisions) {
        const auto previous = latest.constFind(d.policyCode + QLatin1Char('/') + d.purpose);
        if (previous != latest.constEnd() && sameConclusion(*previous, d)) {
            continue;
        }
        d.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        d.station = m_database.stationId();
        query.bindValue(QStringLiteral(":uuid"), d.uuid);
        query.bindValue(QStringLiteral(":household"), d.householdUuid);
        query.bindValue(QStringLiteral(":version"), d.householdVersion);
        query.bindValue(QStringLiteral(":policy"), d.policyCode);
        query.bindValue(QStringLiteral(":purpose"), d.purpose);
        query.bindValue(QStringLiteral(":at"), d.decidedAt.toUTC().toString(Qt::ISODateWithMs));
        query.bindValue(QStringLiteral(":asof"), d.asOf.toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":catalogue"), d.catalogueVersion);
        query.bindValue(QStringLiteral(":rule"), compact(d.rule));
        query.bindValue(QStringLiteral(":inputs"), compact(d.inputs));
        query.bindValue(QStringLiteral(":status"), d.status);
        query.bindValue(QStringLiteral(":amount"),
                        d.amountFen ? QVariant(*d.amountFen) : QVariant());
        query.bindValue(QStringLiteral(":station"), d.station);
        if (!query.exec()) {
            m_error = QStringLiteral("record decision %1 for %2: %3")
                          .arg(d.policyCode, d.householdUuid, query.lastError().text());
            qCWarning(lcStorage) << "cannot record decision for" << d.householdUuid;
            return -1;
        }
        ++written;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return -1;
    }
    return written;
}

QList<Decision> DecisionRepository::forHousehold(const QString &householdUuid) const
{
    QList<Decision> decisions;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT * FROM decisions WHERE household_uuid = :household "
                                 "ORDER BY decided_at DESC, rowid DESC"));
    query.bindValue(QStringLiteral(":household"), householdUuid);
    if (!query.exec()) {
        qCWarning(lcStorage) << "cannot read decisions of" << householdUuid;
        return decisions;
    }
    while (query.next()) {
        decisions << readDecision(query);
    }
    return decisions;
}

QList<Decision> DecisionRepository::latestForHousehold(const QString &householdUuid) const
{
    QList<Decision> latest;
    QSet<QString> seen;
    const QList<Decision> all = forHousehold(householdUuid);
    for (const Decision &d : all) {
        const QString key = d.policyCode + QLatin1Char('/') + d.purpose;
        if (!seen.contains(key)) {
            seen.insert(key);
            latest << d;
        }
    }
    return latest;
}

} // namespace Jiuzhu
