// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielderrorlabels.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace Jiuzhu {

namespace {

const QString InvalidLineEditStyle =
    QStringLiteral("QLineEdit { border: 1px solid #c62828; border-radius: 2px; padding: 1px; }");

QString errorLabelName(const QString &fieldName)
{
    static const QRegularExpression suffix(
        QStringLiteral("(Edit|Combo|Spin|Check|Table|List|Form)$"));
    QString base = fieldName;
    base.remove(suffix);
    return base + QStringLiteral("Error");
}

} // namespace

QLabel *FieldErrorLabels::createLabel(QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setObjectName(errorLabelName(field->objectName()));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setVisible(false);
    return label;
}

QLabel *FieldErrorLabels::addBelow(QFormLayout *form, QWidget *field)
{
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    form->getWidgetPosition(field, &row, &role);
    QLabel *label = createLabel(field);
    if (row < 0) {
        attach(field, label);
        return label;
    }
    form->insertRow(row + 1, QString(), label);
    form->setRowVisible(label, false);
    m_entries.insert(field, {label, form});
    return label;
}

void FieldErrorLabels::attach(QWidget *field, QLabel *label)
{
    label->setVisible(false);
    m_entries.insert(field, {label, nullptr});
}

void FieldErrorLabels::setError(QWidget *field, const QString &message)
{
    const auto found = m_entries.constFind(field);
    if (found == m_entries.cend() || !found->label) {
        return;
    }
    const bool show = !message.isEmpty();
    found->label->setText(message);
    if (found->form) {
        found->form->setRowVisible(found->label, show);
    } else {
        found->label->setVisible(show);
    }
    field->setToolTip(message);
    if (qobject_cast<QLineEdit *>(field)) {
        field->setStyleSheet(show ? InvalidLineEditStyle : QString());
    }
}

void FieldErrorLabels::clearAll()
{
    const QList<QWidget *> fields = m_entries.keys();
    for (QWidget *field : fields) {
        clearError(field);
    }
}

QString FieldErrorLabels::error(QWidget *field) const
{
    const auto found = m_entries.constFind(field);
    return found != m_entries.cend() && found->label ? found->label->text() : QString();
}

bool FieldErrorLabels::hasErrors() const
{
    for (const Entry &entry : m_entries) {
        if (entry.label && !entry.label->text().isEmpty()) {
            return true;
        }
    }
    return false;
}

} // namespace Jiuzhu
