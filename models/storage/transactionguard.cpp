// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transactionguard.h"

#include <QSqlError>
#include <QSqlQuery>

#include "core/logging.h"

namespace Jiuzhu {

// Every transaction here writes, so it starts IMMEDIATE: it takes the write lock up front and
// waits for it (busy timeout) instead of starting as a reader and failing with "database is
// locked" when another process wrote in between, which SQLite cannot wait out.
TransactionGuard::TransactionGuard(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery begin(m_db);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        m_error = begin.lastError().text();
        qCWarning(lcStorage) << "cannot begin transaction:" << m_error;
    }
}

TransactionGuard::~TransactionGuard()
{
    if (!m_active) {
        return;
    }
    QSqlQuery rollback(m_db);
    if (!rollback.exec(QStringLiteral("ROLLBACK"))) {
        qCWarning(lcStorage) << "rollback failed:" << rollback.lastError().text();
    }
}

bool TransactionGuard::commit()
{
    if (!m_active) {
        return false;
    }
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        m_error = commit.lastError().text();
        qCWarning(lcStorage) << "commit failed:" << m_error;
        return false;
    }
    m_active = false;
    return true;
}

QString TransactionGuard::errorString() const
{
    return m_error;
}

} // namespace Jiuzhu
