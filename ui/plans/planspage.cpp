// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planspage.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStandardPaths>

#include "catalogue/catalogue.h"
#include "delegates/choicedelegate.h"
#include "delegates/datedelegate.h"
#include "documents/plandocument.h"
#include "households/vocabulary.h"
#include "mainwindow/savefiledialog.h"
#include "plans/householdpicker.h"
#include "plans/planactionsmodel.h"
#include "printing/planprintpreview.h"
#include "storage/database.h"
#include "storage/planrepository.h"
#include "ui_planspage.h"
#include "visits/visit.h"
#include "workflow/caseworkflow.h"

namespace Jiuzhu {

namespace {

using Column = PlanActionsModel::Column;

QString shanghaiMoment(const QDateTime &moment)
{
    return QLocale().toString(moment.toTimeZone(shanghaiZone()), QLocale::ShortFormat);
}

} // namespace

PlansPage::PlansPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlansPage>())
    , m_services(services)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("plansPage"));

    m_actions = new PlanActionsModel(m_services.catalogue, this);
    m_versionActions = new PlanActionsModel(m_services.catalogue, this);
    m_versionActions->setReadOnly(true);
    for (const VocabularyEntry &entry : Vocabulary::entries(Vocabulary::List::PlanStage)) {
        m_ui->stageCombo->addItem(QString(), QString::fromLatin1(entry.code));
    }
    setupPicker();
    setupActionsTable();
    setupConnections();
    retranslateUi();
    loadPlan();
}

PlansPage::~PlansPage() = default;

void PlansPage::setupPicker()
{
    m_picker = new HouseholdPicker(m_services.households, this);
    m_ui->householdLabel->setBuddy(m_picker);
    m_ui->householdLayout->insertWidget(1, m_picker, 1);
}

void PlansPage::setupActionsTable()
{
    m_ui->actionsTable->setModel(m_actions);
    m_ui->versionTable->setModel(m_versionActions);
    for (QTableView *table : {m_ui->actionsTable, m_ui->versionTable}) {
        QHeaderView *header = table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(int(Column::Title), QHeaderView::Stretch);
        header->resizeSection(int(Column::Stage), 80);
        header->resizeSection(int(Column::Kind), 110);
        header->resizeSection(int(Column::Goal), 170);
        header->resizeSection(int(Column::Policy), 170);
        header->resizeSection(int(Column::Owner), 90);
        header->resizeSection(int(Column::Due), 100);
        header->resizeSection(int(Column::Status), 80);
    }
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
}

void PlansPage::setupDelegates()
{
    // Rebuilt on a language change: the choice lists carry translated labels.
    const QList<QAbstractItemDelegate *> old =
        m_ui->actionsTable->findChildren<QAbstractItemDelegate *>(QString(),
                                                                  Qt::FindDirectChildrenOnly);
    auto *table = m_ui->actionsTable;
    table->setItemDelegateForColumn(
        int(Column::Stage),
        new ChoiceDelegate(ChoiceDelegate::vocabularyChoices(int(Vocabulary::List::PlanStage)),
                           table));
    table->setItemDelegateForColumn(
        int(Column::Kind),
        new ChoiceDelegate(ChoiceDelegate::vocabularyChoices(int(Vocabulary::List::ActionKind)),
                           table));
    table->setItemDelegateForColumn(
        int(Column::Status),
        new ChoiceDelegate(ChoiceDelegate::vocabularyChoices(int(Vocabulary::List::ActionStatus)),
                           table));
    QList<ChoiceDelegate::Choice> policies{{tr("(no policy)"), QString()}};
    const QLocale locale;
    for (const Policy &policy : m_services.catalogue.policies()) {
        policies << ChoiceDelegate::Choice{policy.name.text(locale), policy.code};
    }
    table->setItemDelegateForColumn(int(Column::Policy), new ChoiceDelegate(policies, table));
    table->setItemDelegateForColumn(int(Column::Due), new DateDelegate(true, table));
    for (QAbstractItemDelegate *delegate : old) {
        if (qobject_cast<ChoiceDelegate *>(delegate) || qobject_cast<DateDelegate *>(delegate)) {
            delegate->deleteLater();
        }
    }
}

void PlansPage::setupConnections()
{
    connect(m_picker, &HouseholdPicker::householdChosen, this, &PlansPage::handleHouseholdChosen);
    connect(m_ui->stageCombo, &QComboBox::currentIndexChanged, this,
            &PlansPage::handleHeaderEdited);
    connect(m_ui->advisorEdit, &QLineEdit::textEdited, this, &PlansPage::handleHeaderEdited);
    connect(m_ui->advisorPhoneEdit, &QLineEdit::textEdited, this, &PlansPage::handleHeaderEdited);
    connect(m_ui->summaryEdit, &QPlainTextEdit::textChanged, this, &PlansPage::handleHeaderEdited);
    connect(m_actions, &PlanActionsModel::modifiedChanged, this, &PlansPage::updateButtons);
    connect(m_ui->actionsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlansPage::updateButtons);
    connect(m_ui->addActionButton, &QPushButton::clicked, this, &PlansPage::handleAddAction);
    connect(m_ui->removeActionButton, &QPushButton::clicked, this, &PlansPage::handleRemoveActions);
    connect(m_ui->draftButton, &QPushButton::clicked, this, &PlansPage::handleDraft);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &PlansPage::save);
    connect(m_ui->printPreviewButton, &QPushButton::clicked, this, &PlansPage::handlePrintPreview);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &PlansPage::handleExportPdf);
    connect(m_ui->versionsList, &QListWidget::currentRowChanged, this,
            &PlansPage::handleVersionChosen);
    connect(&m_services.plans, &PlanRepository::planSaved, this, [this](const QString &uuid) {
        // Another page or a draft saved this plan: show it, unless that would drop edits.
        if (uuid == m_household && !isModified()) {
            loadPlan();
        }
    });
}

void PlansPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    for (int i = 0; i < m_ui->stageCombo->count(); ++i) {
        m_ui->stageCombo->setItemText(i,
                                      Vocabulary::label(Vocabulary::List::PlanStage,
                                                        m_ui->stageCombo->itemData(i).toString()));
    }
    m_picker->reload();
    setupDelegates();
    loadVersions();
}

void PlansPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_picker) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PlansPage::setToday(const QDate &today)
{
    m_today = today;
}

QDate PlansPage::today() const
{
    return m_today.isValid() ? m_today
                             : QDateTime::currentDateTime().toTimeZone(shanghaiZone()).date();
}

bool PlansPage::isModified() const
{
    return m_headerModified || m_actions->isModified();
}

void PlansPage::showHousehold(const QString &uuid)
{
    if (uuid == m_household) {
        return;
    }
    askToKeepChanges(false);
    m_household = uuid;
    m_picker->setCurrentHousehold(uuid);
    m_ui->messageLabel->clear();
    loadPlan();
}

void PlansPage::handleHouseholdChosen(const QString &uuid)
{
    if (uuid == m_household) {
        return;
    }
    if (!askToKeepChanges(true)) {
        m_picker->setCurrentHousehold(m_household);
        return;
    }
    m_household = uuid;
    m_ui->messageLabel->clear();
    loadPlan();
    emit householdActivated(uuid);
}

bool PlansPage::askToKeepChanges(bool canCancel)
{
    if (!isModified()) {
        return true;
    }
    QMessageBox::StandardButtons buttons = QMessageBox::Save | QMessageBox::Discard;
    if (canCancel) {
        buttons |= QMessageBox::Cancel;
    }
    const auto answer = QMessageBox::question(
        this, tr("Unsaved plan"),
        tr("The plan of this household has changes that are not saved. Save them?"), buttons,
        QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
        return false;
    }
    if (answer == QMessageBox::Save && !save() && canCancel) {
        return false;
    }
    return true;
}

void PlansPage::loadPlan()
{
    m_loading = true;
    m_plan = Plan{};
    m_plan.householdUuid = m_household;
    if (!m_household.isEmpty()) {
        if (std::optional<Plan> stored = m_services.plans.forHousehold(m_household)) {
            m_plan = *stored;
        }
    }
    m_ui->stageCombo->setCurrentIndex(std::max(m_ui->stageCombo->findData(m_plan.stage), 0));
    m_ui->advisorEdit->setText(m_plan.advisor);
    m_ui->advisorPhoneEdit->setText(m_plan.advisorPhone);
    m_ui->summaryEdit->setPlainText(m_plan.summary);
    m_actions->setActions(m_plan.actions);
    m_headerModified = false;
    m_loading = false;

    loadVersions();
    updateButtons();
}

void PlansPage::loadVersions()
{
    m_versions = m_plan.sync.uuid.isEmpty() ? QList<PlanVersion>()
                                            : m_services.plans.versions(m_plan.sync.uuid);
    const QSignalBlocker blocker(m_ui->versionsList);
    m_ui->versionsList->clear();
    for (const PlanVersion &version : std::as_const(m_versions)) {
        const QString text =
            version.savedBy.isEmpty()
                ? tr("Version %1 · %2", "version number · saved at, e.g. Version 3 · 2026/5/12 "
                                        "14:05")
                      .arg(version.version)
                      .arg(shanghaiMoment(version.savedAt))
                : tr("Version %1 · %2 · %3",
                     "version number · saved at · saved by, e.g. Version 3 · 2026/5/12 14:05 · 王")
                      .arg(version.version)
                      .arg(shanghaiMoment(version.savedAt), version.savedBy);
        auto *item = new QListWidgetItem(text, m_ui->versionsList);
        item->setData(Qt::UserRole, version.version);
    }
    m_ui->versionsList->setCurrentRow(m_versions.isEmpty() ? -1 : 0);
    handleVersionChosen();
}

void PlansPage::handleVersionChosen()
{
    const int row = m_ui->versionsList->currentRow();
    if (row < 0 || row >= m_versions.size()) {
        m_ui->versionLabel->setText(m_household.isEmpty() || m_versions.isEmpty()
                                        ? tr("No saved version yet.")
                                        : tr("Choose a version to see it."));
        m_versionActions->setActions({});
        return;
    }
    const PlanVersion &version = m_versions.at(row);
    const QString stage = Vocabulary::label(Vocabulary::List::PlanStage, version.plan.stage);
    QString text = tr("Version %1, saved %2 (Shanghai time). Stage: %3. Advisor: %4 %5.")
                       .arg(version.version)
                       .arg(shanghaiMoment(version.savedAt), stage,
                            version.plan.advisor.isEmpty() ? tr("none") : version.plan.advisor,
                            version.plan.advisorPhone);
    if (!version.plan.summary.isEmpty()) {
        text += QLatin1Char('\n') + tr("Summary: %1").arg(version.plan.summary);
    }
    m_ui->versionLabel->setText(text);
    m_versionActions->setActions(version.plan.actions);
}

void PlansPage::handleHeaderEdited()
{
    if (m_loading) {
        return;
    }
    m_headerModified = true;
    updateButtons();
}

void PlansPage::updateButtons()
{
    const bool hasHousehold = !m_household.isEmpty();
    m_ui->headerGroup->setEnabled(hasHousehold);
    m_ui->actionsTable->setEnabled(hasHousehold);
    m_ui->addActionButton->setEnabled(hasHousehold);
    m_ui->removeActionButton->setEnabled(hasHousehold &&
                                         m_ui->actionsTable->selectionModel()->hasSelection());
    m_ui->draftButton->setEnabled(hasHousehold);
    m_ui->saveButton->setEnabled(hasHousehold && isModified());
    const bool canPrint = hasHousehold && (!m_plan.sync.uuid.isEmpty() || isModified());
    m_ui->printPreviewButton->setEnabled(canPrint);
    m_ui->exportPdfButton->setEnabled(canPrint);
}

void PlansPage::showMessage(const QString &text, bool isError)
{
    m_ui->messageLabel->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
    m_ui->messageLabel->setText(text);
}

Plan PlansPage::planFromForm() const
{
    Plan plan = m_plan;
    plan.householdUuid = m_household;
    plan.stage = m_ui->stageCombo->currentData().toString();
    plan.advisor = m_ui->advisorEdit->text().trimmed();
    plan.advisorPhone = m_ui->advisorPhoneEdit->text().trimmed();
    plan.summary = m_ui->summaryEdit->toPlainText().trimmed();
    plan.actions = m_actions->actions();
    return plan;
}

bool PlansPage::save()
{
    if (m_household.isEmpty()) {
        return false;
    }
    Plan plan = planFromForm();
    if (!m_services.plans.save(plan, plan.advisor)) {
        showMessage(tr("The plan was not saved: %1").arg(m_services.plans.errorString()), true);
        return false;
    }
    loadPlan();
    showMessage(tr("Plan saved as version %1.").arg(m_plan.sync.version), false);
    return true;
}

bool PlansPage::saveIfModified()
{
    return !isModified() || save();
}

void PlansPage::handleAddAction()
{
    PlanAction action;
    action.stage = m_ui->stageCombo->currentData().toString();
    action.kind = QStringLiteral("other");
    action.title = tr("New action");
    action.owner = m_ui->advisorEdit->text().trimmed();
    action.due = today().addDays(7);
    action.status = QStringLiteral("todo");
    const int row = m_actions->insertAction(m_actions->rowCount(), action);

    const QModelIndex title = m_actions->index(row, int(Column::Title));
    m_ui->actionsTable->setCurrentIndex(title);
    m_ui->actionsTable->edit(title);
}

void PlansPage::handleRemoveActions()
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->actionsTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        rows << index.row();
    }
    m_actions->removeActions(rows);
    updateButtons();
}

void PlansPage::handleDraft()
{
    if (!saveIfModified()) {
        return;
    }
    const qsizetype before = m_plan.actions.size();
    const Result<Plan> drafted =
        m_services.workflow.draftPlan(m_household, today(), m_ui->advisorEdit->text().trimmed(),
                                      m_ui->advisorPhoneEdit->text().trimmed());
    if (!drafted) {
        showMessage(tr("The plan could not be drafted: %1").arg(drafted.error()), true);
        return;
    }
    loadPlan();
    const int added = int(drafted->actions.size() - before);
    showMessage(added > 0 ? tr("%n action(s) added from the policy matches.", "", added)
                          : tr("The plan already covers every policy the household matches."),
                false);
}

void PlansPage::handlePrintPreview()
{
    if (!saveIfModified()) {
        return;
    }
    const Result<PlanReport> report =
        m_services.workflow.planReport(m_household, today(), m_services.database.stationName());
    if (!report) {
        showMessage(tr("The plan cannot be printed: %1").arg(report.error()), true);
        return;
    }
    PlanPrintPreview preview(report.value(), this);
    preview.exec();
    if (!preview.errorString().isEmpty()) {
        showMessage(tr("The plan cannot be printed: %1").arg(preview.errorString()), true);
    }
}

void PlansPage::handleExportPdf()
{
    if (!saveIfModified()) {
        return;
    }
    const Result<PlanReport> report =
        m_services.workflow.planReport(m_household, today(), m_services.database.stationName());
    if (!report) {
        showMessage(tr("The plan cannot be exported: %1").arg(report.error()), true);
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(tr("plan-%1.pdf", "file name, e.g. plan-2026-05-12.pdf")
                                  .arg(today().toString(Qt::ISODate)));
    SaveFileDialog dialog(this, tr("Export plan as PDF"), suggested, tr("PDF documents (*.pdf)"));
    QString path = dialog.exec();
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    const Result<Done> written = PlanDocument::writePdf(report.value(), path);
    if (!written) {
        showMessage(tr("The PDF was not written: %1").arg(written.error()), true);
        return;
    }
    showMessage(tr("Plan exported to %1.").arg(QDir::toNativeSeparators(path)), false);
}

} // namespace Jiuzhu
