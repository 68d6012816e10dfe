// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUuid>

#include "screening/factschema.h"

namespace Jiuzhu {

struct Household;

// A caseload as columns: one row per household and one per member (members of household h are
// rows firstMember(h) .. endMember(h) - 1), one column per fact of FactSchema::standard(), with
// the values Facts::household and Facts::member give on the table's as-of date. Built once;
// read-only afterwards, so any number of threads may screen it at the same time. Codes are
// interned in one string pool; the receiving bitsets index the same pool.
class FactTable
{
public:
    FactTable() = default;

    static FactTable build(const QList<Household> &households, const QDate &asOf);

    QDate asOf() const { return m_asOf; }
    int householdCount() const { return int(m_uuids.size()); }
    int memberCount() const { return m_memberStart.empty() ? 0 : m_memberStart.back(); }
    int firstMember(int household) const { return m_memberStart[size_t(household)]; }
    int endMember(int household) const { return m_memberStart[size_t(household) + 1]; }

    // Raw column storage, indexed by row; `index` is FactSchema::scopedIndex of the column.
    const double *numbers(FactScope scope, int index) const
    {
        return columns(scope)[size_t(index)].numbers.data();
    }
    const qint8 *flags(FactScope scope, int index) const
    {
        return columns(scope)[size_t(index)].flags.data();
    }
    const qint32 *codes(FactScope scope, int index) const
    {
        return columns(scope)[size_t(index)].codes.data();
    }
    const quint64 *codeSet(FactScope scope, int index, int row) const
    {
        return columns(scope)[size_t(index)].bits.data() + size_t(row) * size_t(m_setWords);
    }
    int setWords() const { return m_setWords; }
    // Every policy code the household or one of its members receives (for "receiving").
    const quint64 *receivedByAnyone(int household) const;

    const QStringList &strings() const { return m_strings; }
    int stringId(const QString &text) const { return m_stringIds.value(text, -1); }

    QString uuid(int household) const { return m_uuids.at(household); }
    QString district(int household) const { return m_districts.at(household); }
    QString street(int household) const { return m_streets.at(household); }
    QString headName(int household) const { return m_headNames.at(household); }
    QString address(int household) const { return m_addresses.at(household); }
    // The household's synced version when the table was built: what a decision records.
    int version(int household) const { return m_versions[size_t(household)]; }
    QString memberUuid(int member) const;
    QString memberName(int member) const
    {
        return m_memberNames.at(m_memberNameIds[size_t(member)]);
    }
    // Latest hardship level (1..4), 0 when not assessed; see setLevels().
    int level(int household) const { return m_levels.value(m_uuids.at(household)); }
    void setLevels(const QHash<QString, int> &levelsByUuid) { m_levels = levelsByUuid; }

    // The rule data the table holds for one row, as Facts:: would build it: for the fallback
    // evaluator and for tests.
    QJsonObject householdFacts(int household) const;
    QJsonObject memberFacts(int member) const;

private:
    struct Column
    {
        std::vector<double> numbers;
        std::vector<qint8> flags;
        std::vector<qint32> codes;
        std::vector<quint64> bits;
        std::vector<size_t> listEnds; // code sets: where each row's ordered list ends in codes
    };
    class Builder;

    const std::vector<Column> &columns(FactScope scope) const
    {
        return scope == FactScope::Household ? m_household : m_member;
    }
    int intern(const QString &text);
    QJsonValue cell(FactScope scope, int column, int row) const;

    QDate m_asOf;
    std::vector<int> m_memberStart;
    std::vector<Column> m_household;
    std::vector<Column> m_member;
    std::vector<quint64> m_anyReceived;
    int m_setWords = 1;
    QStringList m_strings;
    QHash<QString, int> m_stringIds;
    QStringList m_uuids;
    QStringList m_districts;
    QStringList m_streets;
    QStringList m_headNames;
    QStringList m_addresses;
    std::vector<int> m_versions;
    // Members' UUIDs as 16 bytes each; the few whose text would not come back the same from
    // QUuid (not lowercase, or not a UUID at all) are kept as text.
    std::vector<QUuid> m_memberUuids;
    QHash<int, QString> m_memberUuidTexts;
    // Names repeat a lot in a caseload, so each is kept once.
    std::vector<int> m_memberNameIds;
    QStringList m_memberNames;
    QHash<QString, int> m_memberNameIndex;
    QHash<QString, int> m_levels;
};

} // namespace Jiuzhu
