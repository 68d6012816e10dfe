// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionrepository.h"

#include <QHash>
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

QString conclusionKey(const QString &household, const QString &policy, const QString &purpose)
{
    return household + QLatin1Char('/') + policy + QLatin1Char('/') + purpose;
}

} // namespace

// What a decision concluded, as stored: enough to tell whether a new one says anything new.
// The date it was taken as of is left out: the same facts giving the same result a day later
// (the facts include the ages that date gives) is nothing new, and an export repeated every
// day would otherwise copy the whole list each time.
struct DecisionRepository::Conclusion
{
    int householdVersion = 0;
    QString catalogueVersion;
    QString status;
    QVariant amountFen;
    // A hash of the compact JSON text (compact() writes keys in order, so equal objects give
    // equal text): exports hold many decisions, and their inputs need not stay in memory.
    size_t inputsHash = 0;
};

// Reads the latest conclusion per household, policy and purpose of the rows `where` selects.
bool DecisionRepository::readLatest(const QString &where, const QVariantMap &bindings,
                                    Conclusions &latest)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT household_uuid, policy_code, purpose, household_version, "
                                 "catalogue_version, as_of, status, amount_fen, inputs "
                                 "FROM decisions WHERE %1 ORDER BY decided_at, rowid")
                      .arg(where));
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec()) {
        m_error = QStringLiteral("read decisions: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        // Rows come oldest first, so the last one written for a key is the latest.
        latest.insert(conclusionKey(query.value(0).toString(), query.value(1).toString(),
                                    query.value(2).toString()),
                      Conclusion{query.value(3).toInt(), query.value(4).toString(),
                                 query.value(6).toString(), query.value(7),
                                 qHash(query.value(8).toString())});
    }
    return true;
}

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
    // The latest decisions are read inside the write transaction, so that two processes
    // recording the same decisions at once cannot both find them new.
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return -1;
    }
    Conclusions latest;
    if (!readLatest(QStringLiteral("household_uuid = :household"),
                    {{QStringLiteral(":household"), decisions.first().householdUuid}}, latest)) {
        return -1;
    }
    const int written = write(decisions, latest, {});
    if (written < 0)
        return -1;
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return -1;
    }
    return written;
}

int DecisionRepository::recordMany(QList<Decision> decisions, const Progress &progress)
{
    m_error.clear();
    if (decisions.isEmpty()) {
        return 0;
    }
    QSet<QString> purposes;
    for (const Decision &d : std::as_const(decisions))
        purposes.insert(d.purpose);
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return -1;
    }
    Conclusions latest;
    for (const QString &purpose : std::as_const(purposes)) {
        if (!readLatest(QStringLiteral("purpose = :purpose"),
                        {{QStringLiteral(":purpose"), purpose}}, latest)) {
            return -1;
        }
    }
    const int written = write(decisions, latest, progress);
    if (written < 0)
        return -1;
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return -1;
    }
    if (progress)
        progress(int(decisions.size()), int(decisions.size()));
    return written;
}

int DecisionRepository::write(QList<Decision> &decisions, const Conclusions &latest,
                              const Progress &progress)
{
    QSqlDatabase db = m_database.connection();
    int written = 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO decisions (uuid, household_uuid, household_version, policy_code, purpose, "
        "decided_at, as_of, catalogue_version, rule, inputs, status, amount_fen, station) "
        "VALUES (:uuid, :household, :version, :policy, :purpose, :at, :asof, :catalogue, :rule, "
        ":inputs, :status, :amount, :station)"));
    const QString station = m_database.stationId();
    // The same policy's rule goes into many rows of an export; it is written out once.
    QHash<QString, QString> rules;
    const int total = int(decisions.size());
    for (int i = 0; i < total; ++i) {
        Decision &d = decisions[i];
        const QString inputs = compact(d.inputs);
        const QString asOf = d.asOf.toString(Qt::ISODate);
        const QVariant amount = d.amountFen ? QVariant(*d.amountFen) : QVariant();
        const auto previous =
            latest.constFind(conclusionKey(d.householdUuid, d.policyCode, d.purpose));
        if (previous != latest.constEnd() && previous->householdVersion == d.householdVersion &&
            previous->catalogueVersion == d.catalogueVersion && previous->status == d.status &&
            previous->amountFen.isNull() == amount.isNull() &&
            previous->amountFen.toLongLong() == amount.toLongLong() &&
            previous->inputsHash == qHash(inputs)) {
            continue;
        }
        auto rule = rules.constFind(d.policyCode);
        if (rule == rules.constEnd())
            rule = rules.insert(d.policyCode, compact(d.rule));
        d.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        d.station = station;
        query.bindValue(QStringLiteral(":uuid"), d.uuid);
        query.bindValue(QStringLiteral(":household"), d.householdUuid);
        query.bindValue(QStringLiteral(":version"), d.householdVersion);
        query.bindValue(QStringLiteral(":policy"), d.policyCode);
        query.bindValue(QStringLiteral(":purpose"), d.purpose);
        query.bindValue(QStringLiteral(":at"), d.decidedAt.toUTC().toString(Qt::ISODateWithMs));
        query.bindValue(QStringLiteral(":asof"), asOf);
        query.bindValue(QStringLiteral(":catalogue"), d.catalogueVersion);
        query.bindValue(QStringLiteral(":rule"), rule.value());
        query.bindValue(QStringLiteral(":inputs"), inputs);
        query.bindValue(QStringLiteral(":status"), d.status);
        query.bindValue(QStringLiteral(":amount"), amount);
        query.bindValue(QStringLiteral(":station"), d.station);
        if (!query.exec()) {
            m_error = QStringLiteral("record decision %1 for %2: %3")
                          .arg(d.policyCode, d.householdUuid, query.lastError().text());
            qCWarning(lcStorage) << "cannot record decision for" << d.householdUuid;
            return -1;
        }
        ++written;
        if (progress && (i + 1) % 1000 == 0 && i + 1 < total)
            progress(i + 1, total);
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
