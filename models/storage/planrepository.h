// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QObject>

#include "plans/plan.h"

namespace Jiuzhu {

class Database;

// Reads and writes the one plan of each household. Every save writes the plan and its actions
// through SyncedRowWriter and a JSON snapshot of the whole plan under its new version, in one
// transaction, so earlier versions stay readable.
class PlanRepository : public QObject
{
    Q_OBJECT

public:
    explicit PlanRepository(Database &database, QObject *parent = nullptr);

    std::optional<Plan> forHousehold(const QString &householdUuid) const;
    bool save(Plan &plan, const QString &savedBy = QString());
    QList<PlanVersion> versions(const QString &planUuid) const;

    QString errorString() const { return m_error; }

signals:
    void planSaved(const QString &householdUuid);

private:
    bool fail(const QString &message);

    Database &m_database;
    QString m_error;
};

} // namespace Jiuzhu
