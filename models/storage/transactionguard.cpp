// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transactionguard.h"

#include <QSqlError>

#include "core/logging.h"

namespace Jiuzhu {

TransactionGuard::TransactionGuard(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active) {
        qCWarning(lcStorage) << "cannot begin transaction:" << m_db.lastError().text();
    }
}

TransactionGuard::~TransactionGuard()
{
    if (m_active && !m_db.rollback()) {
        qCWarning(lcStorage) << "rollback failed:" << m_db.lastError().text();
    }
}

bool TransactionGuard::commit()
{
    if (!m_active) {
        return false;
    }
    if (!m_db.commit()) {
        qCWarning(lcStorage) << "commit failed:" << m_db.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

QString TransactionGuard::errorString() const
{
    return m_db.lastError().text();
}

} // namespace Jiuzhu
