// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "matching/decision.h"

namespace Jiuzhu {

class Database;

// Keeps decision records. A decision identical to the latest one for the same household,
// policy and purpose (same household version, catalogue version, date, status and amount) is
// not written again, so showing a household twice does not fill the log.
class DecisionRepository
{
public:
    explicit DecisionRepository(Database &database);

    // Writes the decisions in one transaction; returns how many were new, or -1 on failure.
    int record(QList<Decision> decisions);
    QList<Decision> forHousehold(const QString &householdUuid) const; // newest first
    // The newest decision per policy.
    QList<Decision> latestForHousehold(const QString &householdUuid) const;

    QString errorString() const { return m_error; }

private:
    Database &m_database;
    QString m_error;
};

} // namespace Jiuzhu
