// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "visits/visit.h"

namespace Jiuzhu {

class Database;

// A household whose next visit date has passed without a later visit.
struct OverdueVisit
{
    QString householdUuid;
    QDate dueDate;
    int daysOverdue = 0;
};

// Reads and writes the visit log. Moments are stored as recorded (ISO 8601 with offset) plus a
// UTC copy for ordering.
class VisitRepository : public QObject
{
    Q_OBJECT

public:
    explicit VisitRepository(Database &database, QObject *parent = nullptr);

    bool save(Visit &visit);
    bool remove(const QString &uuid);
    QList<Visit> forHousehold(const QString &householdUuid) const; // newest first
    QList<OverdueVisit> overdue(const QDate &today) const;

    QString errorString() const { return m_error; }
    // The field the last error is about ("at", "kind", "nextVisit"), or empty.
    QString errorField() const { return m_errorField; }

signals:
    void visitSaved(const QString &householdUuid);

private:
    bool fail(const QString &message, const QString &field = QString());

    Database &m_database;
    QString m_error;
    QString m_errorField;
};

} // namespace Jiuzhu
