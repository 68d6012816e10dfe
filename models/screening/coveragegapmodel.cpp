// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragegapmodel.h"

#include <QLocale>

#include "core/money.h"
#include "households/residentid.h"

namespace Jiuzhu {

CoverageGapModel::CoverageGapModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CoverageGapModel::setRows(const QList<CoverageGapRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int CoverageGapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoverageGapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CoverageGapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoverageGapRow &row = m_rows.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return column == Column::Policy ? QVariant(row.policyCode) : display(row, column);
    case Qt::TextAlignmentRole:
        if (column == Column::MonthlyAmount || column == Column::Level)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, column);
    case HouseholdUuidRole:
        return row.householdUuid;
    case PolicyCodeRole:
        return row.policyCode;
    default:
        return {};
    }
}

QVariant CoverageGapModel::display(const CoverageGapRow &row, Column column) const
{
    switch (column) {
    case Column::Head:
        return row.headName;
    case Column::IdNumber:
        return ResidentId::mask(row.headIdNumber);
    case Column::Street:
        return row.streetName.isEmpty() ? row.streetCode : row.streetName;
    case Column::Policy:
        return row.policyName;
    case Column::Status:
        return matchStatusLabel(row.status);
    case Column::MonthlyAmount:
        // Possibly eligible households often lack the facts an amount needs.
        return row.amountFen ? Money::formatYuan(row.monthlyFen, QLocale(), false)
                             : tr("not known", "estimated amount");
    case Column::Level:
        return row.level > 0 ? tr("Level %1", "hardship level, e.g. Level 2").arg(row.level)
                             : tr("Not assessed");
    case Column::Count:
        break;
    }
    return {};
}

QVariant CoverageGapModel::sortValue(const CoverageGapRow &row, Column column) const
{
    switch (column) {
    case Column::MonthlyAmount:
        return row.amountFen ? row.monthlyFen : qint64(-1);
    case Column::Level:
        return row.level;
    case Column::Status:
        return int(row.status);
    case Column::IdNumber:
        return row.headIdNumber;
    default:
        return display(row, column);
    }
}

QVariant CoverageGapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Head:
        return tr("Head of household");
    case Column::IdNumber:
        return tr("ID number");
    case Column::Street:
        return tr("Street");
    case Column::Policy:
        return tr("Policy");
    case Column::Status:
        return tr("Status");
    case Column::MonthlyAmount:
        return tr("Per month (yuan)");
    case Column::Level:
        return tr("Hardship level");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Jiuzhu
