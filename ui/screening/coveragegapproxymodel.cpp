// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragegapproxymodel.h"

#include "screening/coveragegapmodel.h"

namespace Jiuzhu {

CoverageGapProxyModel::CoverageGapProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CoverageGapModel::SortRole);
    m_collator.setNumericMode(true);
}

void CoverageGapProxyModel::setPolicyFilter(const QString &policyCode)
{
    if (policyCode == m_policyCode)
        return;
    m_policyCode = policyCode;
    invalidateRowsFilter();
}

bool CoverageGapProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_policyCode.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(CoverageGapModel::PolicyCodeRole).toString() == m_policyCode;
}

bool CoverageGapProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace Jiuzhu
