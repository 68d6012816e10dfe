// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace Jiuzhu {

class Catalogue;
struct Policy;

// The policy list of the catalogue browser: one row per policy found by Catalogue::search,
// optionally narrowed to one category and one target group. It points into the catalogue, which
// must outlive it; rows keep the order search gives (best match first).
class PolicyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Name,
        Category,
        Target,
        Count
    };

    enum Role
    {
        CodeRole = Qt::UserRole, // the policy code
        RawRole,                 // unformatted value for sorting and filtering
    };

    explicit PolicyTableModel(const Catalogue &catalogue, QObject *parent = nullptr);

    // Runs the search again; an empty category or target group keeps every one. The three
    // conditions must all hold.
    void setFilter(const QString &text, const QString &category, const QString &targetGroup);
    QString filterText() const { return m_text; }
    QString filterCategory() const { return m_category; }
    QString filterTargetGroup() const { return m_targetGroup; }

    const Policy *policyAt(int row) const;
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Category codes of the catalogue format, in the order a picker lists them.
    static QStringList categories();
    static QString categoryLabel(const QString &category);

private:
    void reload();

    const Catalogue &m_catalogue;
    QString m_text;
    QString m_category;
    QString m_targetGroup;
    QList<const Policy *> m_rows;
};

} // namespace Jiuzhu
