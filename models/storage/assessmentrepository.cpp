// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentrepository.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "core/logging.h"
#include "storage/database.h"
#include "storage/syncedrowwriter.h"
#include "storage/transactionguard.h"

namespace Jiuzhu {

AssessmentRepository::AssessmentRepository(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

bool AssessmentRepository::save(Assessment &assessment)
{
    m_error.clear();
    Assessment written = assessment;
    if (written.uuid.isEmpty()) {
        written.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    SyncedRowWriter writer(db, m_database.stationId(), QDateTime::currentDateTimeUtc());
    const QVariantMap columns{
        {QStringLiteral("household_uuid"), written.householdUuid},
        {QStringLiteral("assessed_at"), written.assessedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("assessed_by"), written.assessedBy},
        {QStringLiteral("model_version"), written.modelVersion},
        {QStringLiteral("score"), written.score},
        {QStringLiteral("level"), written.level},
        {QStringLiteral("detail"),
         QString::fromUtf8(QJsonDocument(written.toJson()).toJson(QJsonDocument::Compact))},
    };
    if (!transaction.isActive() ||
        !writer.write(QStringLiteral("assessments"), written.uuid, columns) ||
        !transaction.commit()) {
        m_error = writer.errorString().isEmpty() ? transaction.errorString() : writer.errorString();
        qCWarning(lcStorage) << "cannot save assessment of" << written.householdUuid;
        return false;
    }
    assessment = written;
    emit assessmentSaved(assessment.householdUuid);
    return true;
}

QList<Assessment> AssessmentRepository::history(const QString &householdUuid) const
{
    QList<Assessment> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT uuid, detail FROM assessments WHERE household_uuid = "
                                 ":household AND deleted = 0 ORDER BY assessed_at DESC"));
    query.bindValue(QStringLiteral(":household"), householdUuid);
    if (!query.exec()) {
        qCWarning(lcStorage) << "cannot read assessments of" << householdUuid;
        return result;
    }
    while (query.next()) {
        Assessment a = Assessment::fromJson(
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
        a.uuid = query.value(0).toString();
        result << a;
    }
    return result;
}

std::optional<Assessment> AssessmentRepository::latest(const QString &householdUuid) const
{
    const QList<Assessment> all = history(householdUuid);
    if (all.isEmpty()) {
        return std::nullopt;
    }
    return all.first();
}

} // namespace Jiuzhu
