// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include "matching/matchresult.h"

namespace Jiuzhu {

// One coverage gap as the screening page lists it: resolved to names (head of household,
// street, policy) on the GUI thread once the run is done, so data() only formats. The ID
// number is kept whole and masked for display. Money in fen; monthlyFen is the policy's
// amount spread to one month so that gaps compare.
struct CoverageGapRow
{
    QString householdUuid;
    QString headName;
    QString headIdNumber;
    QString streetCode;
    QString streetName;
    QString policyCode;
    QString policyName;
    MatchStatus status = MatchStatus::Eligible;
    std::optional<qint64> amountFen;
    qint64 monthlyFen = 0;
    int level = 0; // 0 when not assessed
};

// The coverage-gap list of a caseload screening: one row per household × policy that is
// eligible or possibly eligible and not received. Read-only; setRows() replaces the whole
// list (a new run), which is the only time the model resets.
class CoverageGapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Head,
        IdNumber,
        Street,
        Policy,
        Status,
        MonthlyAmount,
        Level,
        Count
    };

    enum Role
    {
        // The raw value for sorting and filtering: fen, level number, names, status code.
        SortRole = Qt::UserRole,
        HouseholdUuidRole,
        PolicyCodeRole
    };

    explicit CoverageGapModel(QObject *parent = nullptr);

    void setRows(const QList<CoverageGapRow> &rows);
    const QList<CoverageGapRow> &rows() const { return m_rows; }
    const CoverageGapRow &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CoverageGapRow &row, Column column) const;
    QVariant sortValue(const CoverageGapRow &row, Column column) const;

    QList<CoverageGapRow> m_rows;
};

} // namespace Jiuzhu
