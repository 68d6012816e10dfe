// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Jiuzhu {

// How one fact is stored in a FactTable column. Numbers are doubles with NaN for a fact intake
// did not collect; booleans are int8 with -1 for missing; codes are ids into the table's
// string pool with -1 for missing; code sets (the `receiving` arrays) are bitsets over the
// same pool.
enum class FactType : quint8
{
    Number,
    Bool,
    Code,
    CodeSet
};

enum class FactScope : quint8
{
    Household,
    Member
};

struct FactColumn
{
    QString path; // as in docs/formats/facts.md, e.g. "household.income_pc_monthly"
    FactScope scope = FactScope::Household;
    FactType type = FactType::Number;
    bool isNullable = false; // Facts:: can give null for it
};

// The column layout shared by every FactTable and by the compiled screening rules: each fact
// path of docs/formats/facts.md has one fixed column index within its scope.
class FactSchema
{
public:
    static const FactSchema &standard();

    const QList<FactColumn> &columns() const { return m_columns; }
    // Index into columns(), or -1 for a path that is not a fact.
    int column(const QString &path) const;
    // Index within the columns of the same scope (the storage index in a FactTable).
    int scopedIndex(int column) const { return m_scoped.at(column); }
    int count(FactScope scope) const;

private:
    FactSchema();

    QList<FactColumn> m_columns;
    QList<int> m_scoped;
};

} // namespace Jiuzhu
