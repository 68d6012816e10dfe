// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitspage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

#include "households/residentid.h"
#include "households/vocabulary.h"
#include "plans/householdpicker.h"
#include "storage/householdrepository.h"
#include "storage/visitrepository.h"
#include "ui_visitspage.h"
#include "visits/visitdialog.h"

namespace Jiuzhu {

namespace {

enum VisitColumn
{
    TimeColumn,
    KindColumn,
    ParticipantsColumn,
    FindingsColumn,
    NextStepsColumn,
    NextVisitColumn
};

// Day rows carry their date, visit rows the index of their visit in the loaded list.
constexpr int DayRole = Qt::UserRole;
constexpr int VisitIndexRole = Qt::UserRole + 1;

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return end < 0 ? text : text.left(end) + QStringLiteral(" …");
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

VisitsPage::VisitsPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VisitsPage>())
    , m_services(services)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("visitsPage"));
    setupPicker();

    QHeaderView *header = m_ui->visitTree->header();
    header->setStretchLastSection(false);
    header->resizeSection(TimeColumn, 110);
    header->resizeSection(KindColumn, 100);
    header->resizeSection(ParticipantsColumn, 150);
    header->setSectionResizeMode(FindingsColumn, QHeaderView::Stretch);
    header->resizeSection(NextStepsColumn, 180);
    header->resizeSection(NextVisitColumn, 100);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->logSplitter->setStretchFactor(0, 3);
    m_ui->logSplitter->setStretchFactor(1, 1);
    m_ui->overdueList->setSpacing(3);

    connect(m_ui->addVisitButton, &QPushButton::clicked, this, &VisitsPage::handleAddVisit);
    connect(m_ui->visitTree, &QTreeWidget::currentItemChanged, this, &VisitsPage::showVisitDetail);
    connect(m_ui->overdueList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        handleOverdueActivated(item->data(Qt::UserRole).toString());
    });
    connect(m_ui->overdueList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        handleOverdueActivated(item->data(Qt::UserRole).toString());
    });
    connect(&m_services.visits, &VisitRepository::visitSaved, this, &VisitsPage::handleVisitSaved);
    connect(&m_services.households, &HouseholdRepository::householdSaved, this,
            &VisitsPage::loadOverdue);
    connect(&m_services.households, &HouseholdRepository::householdRemoved, this,
            &VisitsPage::loadOverdue);

    retranslateUi();
}

VisitsPage::~VisitsPage() = default;

void VisitsPage::setupPicker()
{
    m_picker = new HouseholdPicker(m_services.households, this);
    m_ui->householdLabel->setBuddy(m_picker);
    m_ui->householdLayout->insertWidget(1, m_picker, 1);
    connect(m_picker, &HouseholdPicker::householdChosen, this, &VisitsPage::handleHouseholdChosen);
}

void VisitsPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_picker->reload();
    loadVisits();
    loadOverdue();
}

void VisitsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_picker) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void VisitsPage::setToday(const QDate &today)
{
    m_today = today;
    loadOverdue();
}

QDate VisitsPage::today() const
{
    return m_today.isValid() ? m_today
                             : QDateTime::currentDateTime().toTimeZone(shanghaiZone()).date();
}

void VisitsPage::showHousehold(const QString &uuid)
{
    if (uuid == m_household) {
        return;
    }
    m_household = uuid;
    m_picker->setCurrentHousehold(uuid);
    m_ui->messageLabel->clear();
    loadVisits();
}

void VisitsPage::handleHouseholdChosen(const QString &uuid)
{
    if (uuid == m_household) {
        return;
    }
    showHousehold(uuid);
    emit householdActivated(uuid);
}

void VisitsPage::handleOverdueActivated(const QString &uuid)
{
    if (uuid.isEmpty()) {
        return;
    }
    handleHouseholdChosen(uuid);
}

void VisitsPage::loadVisits()
{
    m_visits = m_household.isEmpty() ? QList<Visit>() : m_services.visits.forHousehold(m_household);
    m_ui->addVisitButton->setEnabled(!m_household.isEmpty());
    m_ui->visitTree->clear();

    // The repository gives the visits newest first, so each day's group is complete before
    // the next (older) day starts.
    const QLocale locale;
    QTreeWidgetItem *day = nullptr;
    for (int i = 0; i < m_visits.size(); ++i) {
        const Visit &visit = m_visits.at(i);
        const QDate date = visit.shanghaiDay();
        if (!day || day->data(TimeColumn, DayRole).toDate() != date) {
            day = new QTreeWidgetItem(m_ui->visitTree);
            day->setText(TimeColumn, locale.toString(date, QLocale::LongFormat));
            day->setData(TimeColumn, DayRole, date);
            day->setFirstColumnSpanned(true);
            QFont bold = day->font(TimeColumn);
            bold.setBold(true);
            day->setFont(TimeColumn, bold);
        }
        auto *item = new QTreeWidgetItem(day);
        item->setData(TimeColumn, VisitIndexRole, i);
        item->setText(TimeColumn, locale.toString(visit.at.toTimeZone(shanghaiZone()).time(),
                                                  QLocale::ShortFormat));
        item->setText(KindColumn, Vocabulary::label(Vocabulary::List::VisitKind, visit.kind));
        item->setText(ParticipantsColumn, visit.participants);
        item->setText(FindingsColumn, firstLine(visit.findings));
        item->setToolTip(FindingsColumn, visit.findings);
        item->setText(NextStepsColumn, firstLine(visit.nextSteps));
        item->setToolTip(NextStepsColumn, visit.nextSteps);
        item->setText(NextVisitColumn, visit.nextVisit.isValid()
                                           ? locale.toString(visit.nextVisit, QLocale::ShortFormat)
                                           : QString());
    }
    m_ui->visitTree->expandAll();
    if (m_ui->visitTree->topLevelItemCount() > 0 &&
        m_ui->visitTree->topLevelItem(0)->childCount() > 0) {
        m_ui->visitTree->setCurrentItem(m_ui->visitTree->topLevelItem(0)->child(0));
    }
    showVisitDetail();
}

void VisitsPage::showVisitDetail()
{
    const QTreeWidgetItem *item = m_ui->visitTree->currentItem();
    const QVariant index = item ? item->data(TimeColumn, VisitIndexRole) : QVariant();
    if (!index.isValid() || index.toInt() >= m_visits.size()) {
        m_ui->visitDetail->setPlainText(m_household.isEmpty()
                                            ? tr("Choose a household to see its visits.")
                                            : (m_visits.isEmpty()
                                                   ? tr("No visit recorded yet.")
                                                   : tr("Choose a visit to read it in full.")));
        return;
    }
    const Visit &visit = m_visits.at(index.toInt());
    const QLocale locale;
    const QDateTime local = visit.at.toTimeZone(shanghaiZone());
    const QString when = tr("%1 %2", "long date, time, e.g. 2026年3月2日星期一 00:30")
                             .arg(locale.toString(local.date(), QLocale::LongFormat),
                                  locale.toString(local.time(), QLocale::ShortFormat));
    QString html =
        QStringLiteral("<p><b>%1</b></p>")
            .arg(esc(tr("%1 · %2", "visit kind · date and time, e.g. Home visit · ...")
                         .arg(Vocabulary::label(Vocabulary::List::VisitKind, visit.kind), when)));
    const QList<std::pair<QString, QString>> sections{
        {tr("Participants"), visit.participants},
        {tr("Findings"), visit.findings},
        {tr("Next steps"), visit.nextSteps},
        {tr("Next visit"), visit.nextVisit.isValid()
                               ? locale.toString(visit.nextVisit, QLocale::LongFormat)
                               : tr("Not scheduled")},
    };
    for (const auto &[title, text] : sections) {
        if (text.isEmpty()) {
            continue;
        }
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(esc(title), esc(text));
    }
    m_ui->visitDetail->setHtml(html);
}

QString VisitsPage::householdName(const QString &uuid) const
{
    const QList<HouseholdSummary> households = m_services.households.list();
    for (const HouseholdSummary &household : households) {
        if (household.uuid == uuid) {
            return tr("%1 · %2", "head name · masked ID number, e.g. 小林 · 310105********0027")
                .arg(household.headName, ResidentId::mask(household.headIdNumber));
        }
    }
    return uuid;
}

void VisitsPage::loadOverdue()
{
    const QList<OverdueVisit> overdue = m_services.visits.overdue(today());
    const QList<HouseholdSummary> households = m_services.households.list();
    const QLocale locale;
    m_ui->overdueList->clear();
    for (const OverdueVisit &entry : overdue) {
        QString name = entry.householdUuid;
        for (const HouseholdSummary &household : households) {
            if (household.uuid == entry.householdUuid) {
                name = tr("%1 · %2", "head name · masked ID number, e.g. 小林 · 310105********0027")
                           .arg(household.headName, ResidentId::mask(household.headIdNumber));
                break;
            }
        }
        auto *item = new QListWidgetItem(
            tr("%1\nvisit due %2, %n day(s) overdue", "household, due date", entry.daysOverdue)
                .arg(name, locale.toString(entry.dueDate, QLocale::ShortFormat)),
            m_ui->overdueList);
        item->setData(Qt::UserRole, entry.householdUuid);
    }
    m_ui->overdueGroup->setTitle(tr("Overdue follow-ups (%1)").arg(overdue.size()));
    if (overdue.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No follow-up is overdue."), m_ui->overdueList);
        item->setFlags(Qt::NoItemFlags);
    }
}

void VisitsPage::handleAddVisit()
{
    if (m_household.isEmpty()) {
        return;
    }
    const std::optional<Visit> visit =
        VisitDialog::addVisit(m_services.visits, m_household, householdName(m_household), this);
    if (visit) {
        m_ui->messageLabel->setText(
            tr("Visit of %1 recorded.")
                .arg(QLocale().toString(visit->shanghaiDay(), QLocale::LongFormat)));
    }
}

void VisitsPage::handleVisitSaved(const QString &householdUuid)
{
    if (householdUuid == m_household) {
        loadVisits();
    }
    loadOverdue();
}

} // namespace Jiuzhu
