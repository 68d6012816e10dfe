// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStyledItemDelegate>

namespace Jiuzhu {

// Edits a column that holds one code out of a fixed list (stage, status, policy ...) with a
// combo box showing the labels. The model's EditRole gives and takes the code.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        QString label;
        QString code;
    };

    explicit ChoiceDelegate(QList<Choice> choices, QObject *parent = nullptr);

    // The choices of one Vocabulary list (its enum value), labels translated.
    static QList<Choice> vocabularyChoices(int list);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QList<Choice> m_choices;
};

} // namespace Jiuzhu
