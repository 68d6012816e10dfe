// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Jiuzhu {

// Begins a transaction and rolls it back on destruction unless commit() succeeded, so every
// early return or failure inside a multi-step write leaves the store as it was.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    QString errorString() const;

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace Jiuzhu
