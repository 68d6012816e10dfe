// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QObject>

#include "assessment/assessment.h"

namespace Jiuzhu {

class Database;

// Keeps every assessment of a household as history; the newest is the current one.
class AssessmentRepository : public QObject
{
    Q_OBJECT

public:
    explicit AssessmentRepository(Database &database, QObject *parent = nullptr);

    bool save(Assessment &assessment);
    QList<Assessment> history(const QString &householdUuid) const; // newest first
    std::optional<Assessment> latest(const QString &householdUuid) const;

    QString errorString() const { return m_error; }

signals:
    void assessmentSaved(const QString &householdUuid);

private:
    Database &m_database;
    QString m_error;
};

} // namespace Jiuzhu
