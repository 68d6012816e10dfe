// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "choicedelegate.h"

#include <QComboBox>
#include <QCoreApplication>

#include "households/vocabulary.h"

namespace Jiuzhu {

ChoiceDelegate::ChoiceDelegate(QList<Choice> choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{
}

QList<ChoiceDelegate::Choice> ChoiceDelegate::vocabularyChoices(int list)
{
    QList<Choice> choices;
    const QList<VocabularyEntry> entries = Vocabulary::entries(Vocabulary::List(list));
    for (const VocabularyEntry &entry : entries) {
        const QString code = QString::fromLatin1(entry.code);
        choices << Choice{Vocabulary::label(Vocabulary::List(list), code), code};
    }
    return choices;
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceEditor"));
    for (const Choice &choice : m_choices) {
        combo->addItem(choice.label, choice.code);
    }
    // The editor commits as soon as a choice is made, so one click on a row is one edit.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ChoiceDelegate *>(this)->commitData(combo); });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        return;
    }
    const int found = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(std::max(found, 0));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || combo->currentIndex() < 0) {
        return;
    }
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Jiuzhu
