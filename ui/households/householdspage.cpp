// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdspage.h"

#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QScrollBar>
#include <QSortFilterProxyModel>

#include "households/householddetail.h"
#include "households/householddialog.h"
#include "households/householdtablemodel.h"
#include "matching/decision.h"
#include "storage/assessmentrepository.h"
#include "storage/householdrepository.h"
#include "workflow/caseworkflow.h"

#include "core/shanghaitime.h"
#include "ui_householdspage.h"

namespace Jiuzhu {

HouseholdsPage::HouseholdsPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HouseholdsPage>())
    , m_services(services)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("householdspage"));
    setupView();
    setupConnections();
    retranslateUi();
    updateActions();
    showDetail();
}

HouseholdsPage::~HouseholdsPage() = default;

void HouseholdsPage::setupView()
{
    m_model = new HouseholdTableModel(m_services.households, m_services.assessments,
                                      m_services.areas, this);
    m_model->setObjectName(QStringLiteral("householdModel"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(QStringLiteral("householdSortModel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HouseholdTableModel::RawValueRole);
    m_proxy->setSortLocaleAware(true);
    m_ui->householdsView->setModel(m_proxy);

    QHeaderView *header = m_ui->householdsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(HouseholdTableModel::Column::Address), QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    m_ui->householdsView->sortByColumn(int(HouseholdTableModel::Column::ChangedAt),
                                       Qt::DescendingOrder);

    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->detailView->document()->setDocumentMargin(10);
}

void HouseholdsPage::setupConnections()
{
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_model,
            &HouseholdTableModel::setSearchText);
    connect(m_model, &HouseholdTableModel::reloaded, this, &HouseholdsPage::handleModelReloaded);
    connect(m_ui->householdsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HouseholdsPage::handleSelectionChanged);
    connect(m_ui->householdsView, &QAbstractItemView::doubleClicked, this,
            &HouseholdsPage::editHousehold);
    connect(m_ui->newButton, &QPushButton::clicked, this, &HouseholdsPage::createHousehold);
    connect(m_ui->editButton, &QPushButton::clicked, this, &HouseholdsPage::editHousehold);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &HouseholdsPage::deleteHousehold);
    connect(m_ui->assessButton, &QPushButton::clicked, this, &HouseholdsPage::assessHousehold);
    connect(m_ui->planButton, &QPushButton::clicked, this,
            [this] { emit planRequested(m_household); });
    connect(m_ui->visitsButton, &QPushButton::clicked, this,
            [this] { emit visitsRequested(m_household); });
}

void HouseholdsPage::retranslateUi()
{
    updateCount();
    showDetail();
}

void HouseholdsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void HouseholdsPage::showHousehold(const QString &uuid)
{
    if (uuid == m_household) {
        return;
    }
    m_household = uuid;
    selectHousehold(uuid);
    updateActions();
    showDetail();
}

void HouseholdsPage::selectHousehold(const QString &uuid)
{
    const QSignalBlocker blocker(m_ui->householdsView->selectionModel());
    const QModelIndex source = m_model->index(m_model->rowOf(uuid), 0);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index.isValid()) {
        m_ui->householdsView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->householdsView->scrollTo(index);
    } else {
        m_ui->householdsView->selectionModel()->clearSelection();
    }
    // The view repaints from its own selection signals, which the blocker held back.
    m_ui->householdsView->viewport()->update();
}

void HouseholdsPage::handleSelectionChanged()
{
    const QModelIndexList rows = m_ui->householdsView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return; // keep showing the household; a search may have hidden it for a moment
    }
    const QString uuid = rows.constFirst().data(HouseholdTableModel::UuidRole).toString();
    if (uuid == m_household) {
        return;
    }
    m_household = uuid;
    updateActions();
    showDetail();
    emit householdActivated(uuid);
}

void HouseholdsPage::handleModelReloaded()
{
    if (m_model->rowOf(m_household) < 0 && m_ui->searchEdit->text().isEmpty()) {
        m_household.clear(); // removed
    }
    selectHousehold(m_household);
    updateCount();
    updateActions();
    showDetail();
}

void HouseholdsPage::updateActions()
{
    setActionsEnabled(!m_household.isEmpty());
}

void HouseholdsPage::setActionsEnabled(bool enabled)
{
    for (QPushButton *button : {m_ui->editButton, m_ui->deleteButton, m_ui->assessButton,
                                m_ui->planButton, m_ui->visitsButton}) {
        button->setEnabled(enabled);
    }
}

void HouseholdsPage::updateCount()
{
    const int shown = m_model->rowCount();
    m_ui->countLabel->setText(m_ui->searchEdit->text().isEmpty()
                                  ? tr("%n household(s)", "", shown)
                                  : tr("%n household(s) found", "", shown));
}

void HouseholdsPage::showDetail()
{
    if (m_household.isEmpty()) {
        m_ui->detailView->setHtml(HouseholdDetail::placeholderHtml(
            m_services.households.count() == 0
                ? tr("No households yet. Use New household to record the first one.")
                : tr("Choose a household to see its members, assessment and policies.")));
        return;
    }
    const std::optional<Household> household = m_services.households.load(m_household);
    if (!household) {
        m_ui->detailView->setHtml(
            HouseholdDetail::placeholderHtml(tr("This household is no longer in the store.")));
        // Nothing is left to edit, delete, assess, plan or visit.
        setActionsEnabled(false);
        return;
    }
    const std::optional<Assessment> assessment = m_services.assessments.latest(m_household);
    const Result<QList<DecisionReview>> decisions =
        m_services.workflow.reviewDecisions(m_household);
    const Result<MatchResult> match = m_services.workflow.match(m_household, shanghaiToday());
    const HouseholdDetail detail(m_services.areas, m_services.catalogue);
    const int scroll = m_ui->detailView->verticalScrollBar()->value();
    m_ui->detailView->setHtml(detail.toHtml(
        *household, assessment, match ? &match.value() : nullptr, match ? QString() : match.error(),
        decisions ? decisions.value() : QList<DecisionReview>()));
    m_ui->detailView->verticalScrollBar()->setValue(scroll);
}

void HouseholdsPage::createHousehold()
{
    const std::optional<QString> uuid = HouseholdDialog::createHousehold(m_services, this);
    if (!uuid) {
        return;
    }
    m_household = *uuid;
    selectHousehold(*uuid);
    updateActions();
    showDetail();
    emit householdActivated(*uuid);
}

void HouseholdsPage::editHousehold()
{
    if (m_household.isEmpty()) {
        return;
    }
    HouseholdDialog::editHousehold(m_services, m_household, this);
}

void HouseholdsPage::deleteHousehold()
{
    const std::optional<Household> household = m_services.households.load(m_household);
    if (!household) {
        return;
    }
    const Member *head = household->head();
    const auto answer = QMessageBox::question(
        this, tr("Delete household"),
        tr("Delete the household of %1 with its %n member(s)? It disappears from every list; "
           "its history stays in the store.",
           "", int(household->members.size()))
            .arg(head ? head->name : tr("(no head)")),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (!m_services.households.remove(m_household)) {
        QMessageBox::warning(
            this, tr("Delete household"),
            tr("The household could not be deleted: %1").arg(m_services.households.errorString()));
    }
}

void HouseholdsPage::assessHousehold()
{
    if (m_household.isEmpty()) {
        return;
    }
    const Result<Assessment> assessment = m_services.workflow.assess(m_household, shanghaiToday());
    if (!assessment) {
        QMessageBox::warning(this, tr("Assess household"),
                             tr("The household could not be assessed: %1").arg(assessment.error()));
    }
}

} // namespace Jiuzhu
