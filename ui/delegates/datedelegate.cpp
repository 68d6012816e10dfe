// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datedelegate.h"
#include "core/shanghaitime.h"

#include <QDateEdit>

namespace Jiuzhu {

namespace {

// The day before any date a plan can carry; an optional editor shows it as "no date".
const QDate NoDate(2000, 1, 1);

} // namespace

DateDelegate::DateDelegate(bool isOptional, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_isOptional(isOptional)
{
}

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto *editor = new QDateEdit(parent);
    editor->setObjectName(QStringLiteral("dateEditor"));
    editor->setCalendarPopup(true);
    editor->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    if (m_isOptional) {
        editor->setMinimumDate(NoDate);
        editor->setSpecialValueText(tr("No date"));
    }
    return editor;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *dateEdit = qobject_cast<QDateEdit *>(editor);
    if (!dateEdit) {
        return;
    }
    const QDate date = index.data(Qt::EditRole).toDate();
    if (date.isValid()) {
        dateEdit->setDate(date);
    } else {
        dateEdit->setDate(m_isOptional ? NoDate : shanghaiToday());
    }
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    auto *dateEdit = qobject_cast<QDateEdit *>(editor);
    if (!dateEdit) {
        return;
    }
    const QDate date = dateEdit->date();
    const bool cleared = m_isOptional && date == NoDate;
    model->setData(index, cleared ? QVariant(QDate()) : QVariant(date), Qt::EditRole);
}

} // namespace Jiuzhu
