// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "plans/plan.h"

namespace Jiuzhu {

class Catalogue;

// The actions of one plan as an editable table: the working copy the plans page edits before
// PlanRepository::save writes it. Codes (stage, kind, status, policy) are stored as codes and
// shown as translated labels; EditRole gives and takes the code, or the QDate for the due
// date. setData refuses codes outside their vocabulary and unknown policies. A read-only model
// shows an earlier version.
class PlanActionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Stage,
        Kind,
        Goal,
        Title,
        Policy,
        Owner,
        Due,
        Status,
        Count
    };

    enum Role
    {
        RawRole = Qt::UserRole, // the stored value: a code, text or QDate
    };

    explicit PlanActionsModel(const Catalogue &catalogue, QObject *parent = nullptr);

    // Replaces the whole list (a plan loaded or reloaded); clears the modified flag.
    void setActions(const QList<PlanAction> &actions);
    const QList<PlanAction> &actions() const { return m_actions; }
    const PlanAction &actionAt(int row) const { return m_actions.at(row); }

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // Inserts before row (row == rowCount() appends); returns the row used.
    int insertAction(int row, const PlanAction &action);
    // Removes the given rows, whatever their order.
    void removeActions(QList<int> rows);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void modifiedChanged(bool modified);

private:
    QVariant rawValue(const PlanAction &action, Column column) const;
    QString displayText(const PlanAction &action, Column column) const;
    bool assign(PlanAction &action, Column column, const QVariant &value) const;

    const Catalogue &m_catalogue;
    QList<PlanAction> m_actions;
    bool m_readOnly = false;
    bool m_modified = false;
};

} // namespace Jiuzhu
