// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>

#include "core/shanghaitime.h"
#include "households/fielderror.h"
#include "households/household.h"
#include "households/householdvalidator.h"

namespace Jiuzhu {

class Database;
class SyncedRowWriter;

// One row of the household list: enough to find and open a household, without loading it.
struct HouseholdSummary
{
    QString uuid;
    QString headName;
    QString headIdNumber;
    QString district;
    QString street;
    QString committee;
    QString address;
    int memberCount = 0;
    int level = 0; // latest assessed hardship level, 0 = not assessed
    QDateTime changedAt;
};

// Reads and writes households with their members and benefits. save() validates first (ID
// numbers, one head, codes, duplicates across households) and writes everything in one
// transaction through SyncedRowWriter, so a failed save changes nothing.
class HouseholdRepository : public QObject
{
    Q_OBJECT

public:
    explicit HouseholdRepository(Database &database, QObject *parent = nullptr);

    // Validates, then inserts or updates. New rows get uuids; on success the household's ids
    // and versions are filled in. On failure fieldErrors() says what was wrong with which
    // field, or errorString() says what went wrong in the store.
    bool save(Household &household, const QDate &today = shanghaiToday());
    // Saves many households in one transaction (bulk intake, synthetic caseloads), each
    // validated as save() does; one invalid household or failed write saves none. Progress is
    // reported in households written.
    bool saveMany(QList<Household> &households, const std::function<void(int, int)> &progress = {},
                  const QDate &today = shanghaiToday());
    bool remove(const QString &uuid);

    std::optional<Household> load(const QString &uuid) const;
    // Every live household with members and benefits, in three queries (screening).
    std::optional<QList<Household>> loadAll() const;
    // Latest assessed hardship level by household uuid; households never assessed are absent.
    QHash<QString, int> latestLevels() const;
    // The UUIDs of every household in the store (deleted ones left out); nullopt when the store
    // cannot be read.
    std::optional<QSet<QString>> liveUuids() const;
    // Accepts a full uuid, a unique uuid prefix of at least 8 characters, or a member's ID
    // number; returns the household uuid or an empty string.
    QString resolve(const QString &reference) const;
    // Households whose uuid starts with the prefix (at most `limit`), for "which one?" messages.
    QStringList uuidsWithPrefix(const QString &prefix, int limit = 10) const;
    // Whether a row with this uuid exists, live or deleted.
    bool exists(const QString &uuid) const;
    QList<HouseholdSummary> list(const QString &search = QString()) const;
    int count() const;

    // Household uuid of a live member with this ID number outside excludeHousehold.
    QString householdWithIdNumber(const QString &idNumber, const QString &excludeHousehold) const;

    // Codes are checked against these when set (the window and the command line set them).
    void setReferenceData(const HouseholdValidator::ReferenceData &reference)
    {
        m_reference = reference;
    }

    const FieldErrors &fieldErrors() const { return m_fieldErrors; }
    QString errorString() const { return m_error; }

signals:
    void householdSaved(const QString &uuid);
    void householdRemoved(const QString &uuid);

private:
    bool validate(Household &household, const QDate &today);
    bool write(Household &household, SyncedRowWriter &writer);
    bool fail(const QString &message);

    Database &m_database;
    FieldErrors m_fieldErrors;
    HouseholdValidator::ReferenceData m_reference;
    QString m_error;
};

} // namespace Jiuzhu
