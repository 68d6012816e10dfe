// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace Jiuzhu {

// Shows input problems next to the fields they concern: a red label under the field (named
// after the field, "idNumberEdit" → "idNumberError"), the message as the field's tool tip and a
// red frame on line edits. The labels stay hidden, and take no room, until there is a message.
class FieldErrorLabels
{
public:
    // Puts a new error label in the row below `field` of `form`.
    QLabel *addBelow(QFormLayout *form, QWidget *field);
    // Uses an error label placed by the caller (under a table, for example).
    void attach(QWidget *field, QLabel *label);

    void setError(QWidget *field, const QString &message);
    void clearError(QWidget *field) { setError(field, QString()); }
    void clearAll();
    QString error(QWidget *field) const;
    bool hasErrors() const;

    static QLabel *createLabel(QWidget *field);

private:
    struct Entry
    {
        QPointer<QLabel> label;
        QFormLayout *form = nullptr;
    };

    QHash<QWidget *, Entry> m_entries;
};

} // namespace Jiuzhu
