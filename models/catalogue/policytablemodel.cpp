// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policytablemodel.h"

#include <QCoreApplication>

#include <QLocale>

#include "catalogue/catalogue.h"

namespace Jiuzhu {

namespace {

struct CategoryEntry
{
    const char *code;
    const char *label;
};

// The categories of docs/formats/catalogue.md, in the order of Shanghai's "9+1" system.
const CategoryEntry Categories[] = {
    {"basic", QT_TRANSLATE_NOOP("PolicyTableModel", "Basic living")},
    {"special", QT_TRANSLATE_NOOP("PolicyTableModel", "Extreme poverty")},
    {"expenditure", QT_TRANSLATE_NOOP("PolicyTableModel", "Poverty from necessary spending")},
    {"disaster", QT_TRANSLATE_NOOP("PolicyTableModel", "Disaster relief")},
    {"temporary", QT_TRANSLATE_NOOP("PolicyTableModel", "Temporary hardship")},
    {"medical", QT_TRANSLATE_NOOP("PolicyTableModel", "Medical")},
    {"education", QT_TRANSLATE_NOOP("PolicyTableModel", "Education")},
    {"housing", QT_TRANSLATE_NOOP("PolicyTableModel", "Housing")},
    {"employment", QT_TRANSLATE_NOOP("PolicyTableModel", "Employment")},
    {"social", QT_TRANSLATE_NOOP("PolicyTableModel", "Social participation")},
    {"disability", QT_TRANSLATE_NOOP("PolicyTableModel", "Disability")},
    {"elderly", QT_TRANSLATE_NOOP("PolicyTableModel", "Older people")},
    {"children", QT_TRANSLATE_NOOP("PolicyTableModel", "Children")},
};

} // namespace

PolicyTableModel::PolicyTableModel(const Catalogue &catalogue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalogue(catalogue)
{
    m_rows = m_catalogue.search(QString());
}

void PolicyTableModel::setFilter(const QString &text, const QString &category,
                                 const QString &targetGroup)
{
    if (text == m_text && category == m_category && targetGroup == m_targetGroup) {
        return;
    }
    m_text = text;
    m_category = category;
    m_targetGroup = targetGroup;
    reload();
}

void PolicyTableModel::reload()
{
    // A new search is a new list, not an edit of the old one, so a reset is the honest signal.
    beginResetModel();
    m_rows.clear();
    const QList<const Policy *> found = m_catalogue.search(m_text);
    for (const Policy *policy : found) {
        if ((m_category.isEmpty() || policy->category == m_category) &&
            policy->isFor(m_targetGroup)) {
            m_rows << policy;
        }
    }
    endResetModel();
}

const Policy *PolicyTableModel::policyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

int PolicyTableModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row)->code == code) {
            return row;
        }
    }
    return -1;
}

int PolicyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PolicyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PolicyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Policy *policy = m_rows.at(index.row());
    if (role == CodeRole) {
        return policy->code;
    }

    const QLocale locale;
    const auto column = Column(index.column());
    if (role == RawRole) {
        switch (column) {
        case Column::Name:
            return policy->name.text(locale);
        case Column::Category:
            return policy->category;
        case Column::Target:
            return policy->target.text(locale);
        case Column::Count:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case Column::Name:
        return policy->name.text(locale);
    case Column::Category:
        return categoryLabel(policy->category);
    case Column::Target:
        return policy->target.text(locale);
    case Column::Count:
        break;
    }
    return {};
}

QVariant PolicyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Column::Name:
        return tr("Policy");
    case Column::Category:
        return tr("Category");
    case Column::Target:
        return tr("For whom");
    case Column::Count:
        break;
    }
    return {};
}

QStringList PolicyTableModel::categories()
{
    QStringList codes;
    for (const CategoryEntry &entry : Categories) {
        codes << QString::fromLatin1(entry.code);
    }
    return codes;
}

QString PolicyTableModel::categoryLabel(const QString &category)
{
    for (const CategoryEntry &entry : Categories) {
        if (category == QLatin1String(entry.code)) {
            return QCoreApplication::translate("PolicyTableModel", entry.label);
        }
    }
    return category;
}

} // namespace Jiuzhu
