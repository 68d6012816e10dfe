// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitdialog.h"

#include <QPushButton>

#include "households/vocabulary.h"
#include "storage/visitrepository.h"
#include "ui_visitdialog.h"

namespace Jiuzhu {

VisitDialog::VisitDialog(VisitRepository &visits, const QString &householdUuid,
                         const QString &householdName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VisitDialog>())
    , m_visits(visits)
    , m_householdUuid(householdUuid)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("visitDialog"));
    m_ui->householdLabel->setText(tr("Household: %1").arg(householdName));
    for (const VocabularyEntry &entry : Vocabulary::entries(Vocabulary::List::VisitKind)) {
        const QString code = QString::fromLatin1(entry.code);
        m_ui->kindCombo->addItem(Vocabulary::label(Vocabulary::List::VisitKind, code), code);
    }

    // The editor holds Shanghai wall-clock time. It runs in UTC only so that no daylight-saving
    // gap of the computer's own zone can make a Shanghai time impossible to enter.
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(shanghaiZone());
    m_ui->atEdit->setTimeSpec(Qt::UTC);
    m_ui->atEdit->setDateTime(
        QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::utc()));
    m_ui->nextVisitEdit->setDate(now.date().addDays(14));
    connect(m_ui->nextVisitCheck, &QCheckBox::toggled, m_ui->nextVisitEdit, &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VisitDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &VisitDialog::reject);
}

VisitDialog::~VisitDialog() = default;

std::optional<Visit> VisitDialog::addVisit(VisitRepository &visits, const QString &householdUuid,
                                           const QString &householdName, QWidget *parent)
{
    VisitDialog dialog(visits, householdUuid, householdName, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.savedVisit();
}

Visit VisitDialog::visitFromForm() const
{
    Visit visit;
    visit.householdUuid = m_householdUuid;
    const QDateTime wallClock = m_ui->atEdit->dateTime();
    visit.at = QDateTime(wallClock.date(), wallClock.time(), shanghaiZone());
    visit.kind = m_ui->kindCombo->currentData().toString();
    visit.participants = m_ui->participantsEdit->text().trimmed();
    visit.findings = m_ui->findingsEdit->toPlainText().trimmed();
    visit.nextSteps = m_ui->nextStepsEdit->toPlainText().trimmed();
    if (m_ui->nextVisitCheck->isChecked()) {
        visit.nextVisit = m_ui->nextVisitEdit->date();
    }
    return visit;
}

void VisitDialog::accept()
{
    Visit visit = visitFromForm();
    if (!m_visits.save(visit)) {
        m_ui->errorLabel->setText(tr("The visit was not saved: %1").arg(m_visits.errorString()));
        return;
    }
    m_saved = visit;
    QDialog::accept();
}

} // namespace Jiuzhu
