// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Jiuzhu {

// Sorts the coverage-gap list on the raw values of CoverageGapModel (amounts in fen, levels as
// numbers, names in the user's collation) and narrows it to one policy.
class CoverageGapProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CoverageGapProxyModel(QObject *parent = nullptr);

    // An empty code shows every policy.
    void setPolicyFilter(const QString &policyCode);
    QString policyFilter() const { return m_policyCode; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_policyCode;
    QCollator m_collator;
};

} // namespace Jiuzhu
