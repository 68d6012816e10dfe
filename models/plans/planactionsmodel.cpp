// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planactionsmodel.h"

#include <algorithm>

#include <QLocale>

#include "catalogue/catalogue.h"
#include "households/vocabulary.h"

namespace Jiuzhu {

PlanActionsModel::PlanActionsModel(const Catalogue &catalogue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalogue(catalogue)
{
}

void PlanActionsModel::setActions(const QList<PlanAction> &actions)
{
    beginResetModel();
    m_actions = actions;
    endResetModel();
    setModified(false);
}

void PlanActionsModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

void PlanActionsModel::setModified(bool modified)
{
    if (m_modified == modified) {
        return;
    }
    m_modified = modified;
    emit modifiedChanged(modified);
}

int PlanActionsModel::insertAction(int row, const PlanAction &action)
{
    row = std::clamp(row, 0, int(m_actions.size()));
    beginInsertRows(QModelIndex(), row, row);
    m_actions.insert(row, action);
    endInsertRows();
    setModified(true);
    return row;
}

void PlanActionsModel::removeActions(QList<int> rows)
{
    // Back to front, so the rows still to remove keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    bool removed = false;
    for (const int row : std::as_const(rows)) {
        if (row < 0 || row >= m_actions.size()) {
            continue;
        }
        beginRemoveRows(QModelIndex(), row, row);
        m_actions.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed) {
        setModified(true);
    }
}

int PlanActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int PlanActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PlanActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PlanAction &action = m_actions.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(action, column);
    case Qt::EditRole:
    case RawRole:
        return rawValue(action, column);
    default:
        return {};
    }
}

QVariant PlanActionsModel::rawValue(const PlanAction &action, Column column) const
{
    switch (column) {
    case Column::Stage:
        return action.stage;
    case Column::Kind:
        return action.kind;
    case Column::Goal:
        return action.goal;
    case Column::Title:
        return action.title;
    case Column::Policy:
        return action.policyCode;
    case Column::Owner:
        return action.owner;
    case Column::Due:
        return action.due;
    case Column::Status:
        return action.status;
    case Column::Count:
        break;
    }
    return {};
}

QString PlanActionsModel::displayText(const PlanAction &action, Column column) const
{
    const QLocale locale;
    switch (column) {
    case Column::Stage:
        return Vocabulary::label(Vocabulary::List::PlanStage, action.stage);
    case Column::Kind:
        return Vocabulary::label(Vocabulary::List::ActionKind, action.kind);
    case Column::Policy:
        if (const Policy *policy = m_catalogue.policy(action.policyCode)) {
            return policy->name.text(locale);
        }
        return action.policyCode;
    case Column::Due:
        return action.due.isValid() ? locale.toString(action.due, QLocale::ShortFormat) : QString();
    case Column::Status:
        return Vocabulary::label(Vocabulary::List::ActionStatus, action.status);
    case Column::Goal:
    case Column::Title:
    case Column::Owner:
        return rawValue(action, column).toString();
    case Column::Count:
        break;
    }
    return {};
}

bool PlanActionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    PlanAction changed = m_actions.at(index.row());
    if (!assign(changed, Column(index.column()), value)) {
        return false;
    }
    if (rawValue(changed, Column(index.column())) ==
        rawValue(m_actions.at(index.row()), Column(index.column()))) {
        return true;
    }

    // Choosing a policy for an action that had none makes it an application; the kind column
    // changes with it.
    const bool kindChanged = changed.kind != m_actions.at(index.row()).kind;
    m_actions[index.row()] = changed;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, RawRole});
    if (kindChanged) {
        const QModelIndex kind = this->index(index.row(), int(Column::Kind));
        emit dataChanged(kind, kind, {Qt::DisplayRole, Qt::EditRole, RawRole});
    }
    setModified(true);
    return true;
}

bool PlanActionsModel::assign(PlanAction &action, Column column, const QVariant &value) const
{
    const QString text = value.toString();
    switch (column) {
    case Column::Stage:
        if (!Vocabulary::contains(Vocabulary::List::PlanStage, text)) {
            return false;
        }
        action.stage = text;
        return true;
    case Column::Kind:
        if (!Vocabulary::contains(Vocabulary::List::ActionKind, text)) {
            return false;
        }
        action.kind = text;
        return true;
    case Column::Status:
        if (!Vocabulary::contains(Vocabulary::List::ActionStatus, text)) {
            return false;
        }
        action.status = text;
        return true;
    case Column::Policy:
        if (!text.isEmpty() && !m_catalogue.policy(text)) {
            return false;
        }
        action.policyCode = text;
        if (!text.isEmpty()) {
            action.kind = QStringLiteral("apply");
        }
        return true;
    case Column::Due: {
        // A null or empty value clears the date; text is accepted in ISO form only.
        if (value.isNull() || text.isEmpty()) {
            action.due = QDate();
            return true;
        }
        const QDate date = value.metaType().id() == QMetaType::QDate
                               ? value.toDate()
                               : QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            return false;
        }
        action.due = date;
        return true;
    }
    case Column::Goal:
        action.goal = text.trimmed();
        return true;
    case Column::Title:
        // A title is what the printed plan shows; an action without one cannot be saved.
        if (text.trimmed().isEmpty()) {
            return false;
        }
        action.title = text.trimmed();
        return true;
    case Column::Owner:
        action.owner = text.trimmed();
        return true;
    case Column::Count:
        break;
    }
    return false;
}

Qt::ItemFlags PlanActionsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

QVariant PlanActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Column::Stage:
        return tr("Stage");
    case Column::Kind:
        return tr("Kind");
    case Column::Goal:
        return tr("Goal");
    case Column::Title:
        return tr("Action");
    case Column::Policy:
        return tr("Policy");
    case Column::Owner:
        return tr("Responsible");
    case Column::Due:
        return tr("Due");
    case Column::Status:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Jiuzhu
