// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

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

    using Progress = std::function<void(int done, int total)>;

    // Writes the decisions of one household in one transaction; returns how many were new, or
    // -1 on failure.
    int record(QList<Decision> decisions);
    // The same for the decisions of many households (an exported coverage-gap list), in one
    // transaction; progress is reported in decisions looked at.
    int recordMany(QList<Decision> decisions, const Progress &progress = {});
    QList<Decision> forHousehold(const QString &householdUuid) const; // newest first
    // The newest decision per policy.
    QList<Decision> latestForHousehold(const QString &householdUuid) const;

    QString errorString() const { return m_error; }

private:
    struct Conclusion;
    using Conclusions = QHash<QString, Conclusion>; // by household/policy/purpose

    bool readLatest(const QString &where, const QVariantMap &bindings, Conclusions &latest);
    int write(QList<Decision> &decisions, const Conclusions &latest, const Progress &progress);

    Database &m_database;
    QString m_error;
};

} // namespace Jiuzhu
