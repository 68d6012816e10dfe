// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screeningpage.h"

#include <algorithm>
#include <thread>

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSet>
#include <QThread>

#include "catalogue/catalogue.h"
#include "core/money.h"
#include "core/shanghaitime.h"
#include "households/areas.h"
#include "mainwindow/savefiledialog.h"
#include "screening/coveragegapmodel.h"
#include "screening/coveragegapproxymodel.h"
#include "screening/coveragegaps.h"
#include "screening/facttable.h"
#include "screening/screening.h"
#include "screening/screeningdecisions.h"
#include "screening/screeningexport.h"
#include "screening/whatif.h"
#include "storage/decisionrepository.h"
#include "storage/householdrepository.h"
#include "ui_screeningpage.h"

namespace Jiuzhu {

namespace {

// Where a what-if change in the list keeps its parameter and the change as typed; the change
// is read again against each run, so "+5%" follows the as-of date.
constexpr int ParameterRole = Qt::UserRole;
constexpr int ChangeRole = Qt::UserRole + 1;

enum class ChangeColumn
{
    Policy,
    BecomeEligible,
    StopEligible,
    CostBefore,
    CostAfter,
    CostChange,
    Count
};

int threadCount()
{
    return int(std::max(1u, std::thread::hardware_concurrency()));
}

QString signedYuan(qint64 fen)
{
    const QString text = Money::formatYuan(fen, QLocale(), false);
    return fen > 0 ? QStringLiteral("+") + text : text;
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

// One screening run: the households as read from the store on the GUI thread, and what the
// worker builds from them. The worker writes it while it runs; the GUI thread reads it only
// after the worker has finished.
struct ScreeningPage::Run
{
    QDate asOf;
    QList<Household> households;
    QHash<QString, int> levels;
    FactTable table;
    std::unique_ptr<Screening> screening;
    ScreeningResult result;
    QList<CoverageGap> gaps;
    bool isComplete = false;
};

ScreeningPage::ScreeningPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ScreeningPage>())
    , m_services(services)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("screeningPage"));

    m_model = new CoverageGapModel(this);
    m_proxy = new CoverageGapProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_ui->gapTable->setModel(m_proxy);
    QHeaderView *header = m_ui->gapTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(int(CoverageGapModel::Column::Head), 110);
    header->resizeSection(int(CoverageGapModel::Column::IdNumber), 170);
    header->resizeSection(int(CoverageGapModel::Column::Street), 150);
    header->resizeSection(int(CoverageGapModel::Column::Policy), 260);
    header->resizeSection(int(CoverageGapModel::Column::Status), 110);
    header->resizeSection(int(CoverageGapModel::Column::MonthlyAmount), 120);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(int(CoverageGapModel::Column::Policy), QHeaderView::Stretch);
    m_ui->gapTable->sortByColumn(int(CoverageGapModel::Column::MonthlyAmount), Qt::DescendingOrder);
    m_ui->whatIfTable->setColumnCount(int(ChangeColumn::Count));
    m_ui->whatIfTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->splitter->setSizes({520, 260});
    m_ui->asOfEdit->setDate(shanghaiToday());
    setupPolicies();
    setupParameters();
    retranslateUi();
    updateControls();

    connect(m_ui->runButton, &QPushButton::clicked, this, &ScreeningPage::run);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ScreeningPage::cancel);
    connect(m_ui->policyCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setPolicyFilter(m_ui->policyCombo->currentData().toString());
        updateCount();
        updateControls();
    });
    connect(m_ui->exportXlsxButton, &QPushButton::clicked, this, [this] { handleExport(true); });
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { handleExport(false); });
    connect(m_ui->compareButton, &QPushButton::clicked, this, &ScreeningPage::handleCompare);
    connect(m_ui->addChangeButton, &QPushButton::clicked, this, &ScreeningPage::handleAddChange);
    // The list is the caseload as it was when Run was pressed; say so once it no longer is.
    for (const auto signal :
         {&HouseholdRepository::householdSaved, &HouseholdRepository::householdRemoved}) {
        connect(&m_services.households, signal, this, [this] {
            if (m_run && !m_thread) {
                m_ui->statusLabel->setText(
                    tr("Households were changed since this screening; press Run to screen "
                       "again."));
            }
        });
    }
    connect(m_ui->removeChangeButton, &QPushButton::clicked, this, [this] {
        delete m_ui->changeList->currentItem();
        clearComparison();
        updateControls();
    });
    connect(m_ui->changeList, &QListWidget::currentRowChanged, this,
            &ScreeningPage::updateControls);
    connect(m_ui->changeEdit, &QLineEdit::returnPressed, this, &ScreeningPage::handleCompare);
    connect(m_ui->gapTable, &QAbstractItemView::doubleClicked, this,
            &ScreeningPage::handleActivated);
}

ScreeningPage::~ScreeningPage()
{
    // The worker reads the catalogue and writes into a Run this page shares; it must be done
    // before either can go away.
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ScreeningPage::setupPolicies()
{
    m_ui->policyCombo->addItem(QString(), QString());
    for (const Policy &policy : m_services.catalogue.policies())
        m_ui->policyCombo->addItem(QString(), policy.code);
}

void ScreeningPage::setupParameters()
{
    QStringList names = m_services.catalogue.parameters().keys();
    names.sort();
    for (const QString &name : std::as_const(names))
        m_ui->parameterCombo->addItem(QString(), name);
    // The dibao standard is what most what-ifs start from: the other assistance lines follow it.
    m_ui->parameterCombo->setCurrentIndex(
        std::max(0, m_ui->parameterCombo->findData(QStringLiteral("dibao_standard"))));
}

void ScreeningPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    const QLocale locale;
    m_ui->policyCombo->setItemText(0, tr("All policies"));
    const QList<Policy> &policies = m_services.catalogue.policies();
    for (int i = 0; i < policies.size(); ++i)
        m_ui->policyCombo->setItemText(i + 1, policies.at(i).name.text(locale));
    for (int i = 0; i < m_ui->parameterCombo->count(); ++i) {
        const QString name = m_ui->parameterCombo->itemData(i).toString();
        const Parameter *parameter = m_services.catalogue.parameter(name);
        const QString label = parameter ? parameter->label.text(locale) : QString();
        m_ui->parameterCombo->setItemText(
            i, label.isEmpty() ? name
                               : tr("%1 (%2)", "parameter label (name), e.g. 低保标准 "
                                               "(dibao_standard)")
                                     .arg(label, name));
    }
    for (int row = 0; row < m_ui->changeList->count(); ++row)
        labelChange(m_ui->changeList->item(row));
    m_ui->whatIfTable->setHorizontalHeaderLabels(
        {tr("Policy"), tr("Become eligible"), tr("Stop being eligible"),
         tr("Monthly cost before (yuan)"), tr("Monthly cost after (yuan)"),
         tr("Change per month (yuan)")});
    updateCount();
}

void ScreeningPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_model)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ScreeningPage::showPolicy(const QString &code)
{
    m_ui->policyCombo->setCurrentIndex(std::max(0, m_ui->policyCombo->findData(code)));
    if (!m_thread)
        run();
}

QString ScreeningPage::policyFilter() const
{
    return m_proxy->policyFilter();
}

void ScreeningPage::setAsOf(const QDate &date)
{
    m_ui->asOfEdit->setDate(date);
}

void ScreeningPage::run()
{
    if (m_thread)
        return;

    // The store is read here, on the GUI thread that owns its connection; only the in-memory
    // households go to the worker.
    auto run = std::make_shared<Run>();
    run->asOf = m_ui->asOfEdit->date();
    std::optional<QList<Household>> loaded = m_services.households.loadAll();
    if (!loaded) {
        m_ui->statusLabel->setText(tr("Cannot read the households from the store."));
        return;
    }
    run->households = std::move(*loaded);
    run->levels = m_services.households.latestLevels();
    m_ui->progressBar->setRange(0, std::max<int>(1, int(run->households.size())));
    m_ui->progressBar->setValue(0);
    m_ui->statusLabel->setText(tr("Screening…"));

    const Catalogue &catalogue = m_services.catalogue;
    startWorker(
        [this, run, &catalogue] {
            // Building the table and compiling the catalogue take a while on a large
            // caseload too, so cancel is honoured between the steps as well.
            run->table = FactTable::build(run->households, run->asOf);
            run->table.setLevels(run->levels);
            if (m_cancel)
                return;
            run->screening = std::make_unique<Screening>(catalogue, run->asOf);
            if (m_cancel)
                return;
            const auto progress = [this](int done, int total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { handleProgress(done, total); },
                    Qt::QueuedConnection);
            };
            run->result = run->screening->run(run->table, threadCount(), progress, &m_cancel);
            run->isComplete = run->result.isComplete();
            if (run->isComplete)
                run->gaps = CoverageGaps::find(*run->screening, run->result, run->table);
        },
        [this, run] {
            showRun(run);
            emit screeningFinished();
        });
}

void ScreeningPage::cancel()
{
    m_cancel = true;
}

void ScreeningPage::startWorker(const std::function<void()> &work,
                                const std::function<void()> &done)
{
    m_cancel = false;
    m_thread = QThread::create(work);
    m_thread->setObjectName(QStringLiteral("screeningWorker"));
    // finished is emitted on the worker thread; the context object queues the handler here.
    connect(m_thread, &QThread::finished, this, [this, done] {
        m_thread->deleteLater();
        m_thread = nullptr;
        done();
        updateControls();
    });
    m_thread->start();
    updateControls();
}

void ScreeningPage::handleProgress(int done, int total)
{
    m_ui->progressBar->setRange(0, std::max(1, total));
    m_ui->progressBar->setValue(done);
}

void ScreeningPage::showRun(const std::shared_ptr<Run> &run)
{
    if (!run->isComplete) {
        m_ui->progressBar->setValue(0);
        m_ui->statusLabel->setText(tr("Screening cancelled; the list shows the previous run."));
        return;
    }

    QHash<QString, QString> headIds;
    for (const Household &household : std::as_const(run->households)) {
        if (const Member *head = household.head())
            headIds.insert(household.sync.uuid, head->idNumber);
    }
    const QLocale locale;
    QList<CoverageGapRow> rows;
    rows.reserve(run->gaps.size());
    for (const CoverageGap &gap : std::as_const(run->gaps)) {
        const Policy &policy = run->screening->policy(gap.policy);
        CoverageGapRow row;
        row.householdUuid = run->table.uuid(gap.household);
        row.headName = run->table.headName(gap.household);
        row.headIdNumber = headIds.value(row.householdUuid);
        row.streetCode = gap.street;
        row.streetName = m_services.areas.streetName(gap.street);
        row.policyCode = policy.code;
        row.policyName = policy.name.text(locale);
        row.status = gap.status;
        row.amountFen = gap.amountFen;
        row.monthlyFen = gap.monthlyFen;
        row.level = gap.level;
        rows << row;
    }
    run->households.clear();
    m_run = run;
    m_model->setRows(rows);
    m_ui->progressBar->setValue(m_ui->progressBar->maximum());
    m_ui->statusLabel->setText(tr("%n household(s) screened against %1 policies as of %2.", "",
                                  run->table.householdCount())
                                   .arg(run->screening->policyCount())
                                   .arg(locale.toString(run->asOf, QLocale::ShortFormat)));
    m_ui->whatIfTable->setRowCount(0);
    m_ui->whatIfSummary->clear();
    updateCount();
}

void ScreeningPage::updateCount()
{
    m_ui->countLabel->setText(m_run ? tr("%n coverage gap(s)", "", m_proxy->rowCount())
                                    : tr("Press Run to screen the whole caseload."));
}

void ScreeningPage::updateControls()
{
    const bool running = m_thread != nullptr;
    m_ui->runButton->setEnabled(!running);
    m_ui->cancelButton->setEnabled(running);
    m_ui->asOfEdit->setEnabled(!running);
    const bool canExport = !running && m_run && m_proxy->rowCount() > 0;
    m_ui->exportXlsxButton->setEnabled(canExport);
    m_ui->exportCsvButton->setEnabled(canExport);
    m_ui->compareButton->setEnabled(!running && m_run);
    m_ui->addChangeButton->setEnabled(!running && m_run);
    m_ui->removeChangeButton->setEnabled(!running && m_ui->changeList->currentItem());
}

void ScreeningPage::handleActivated(const QModelIndex &index)
{
    const QString uuid = index.data(CoverageGapModel::HouseholdUuidRole).toString();
    if (!uuid.isEmpty())
        emit householdActivated(uuid);
}

void ScreeningPage::handleExport(bool xlsx)
{
    if (!m_run)
        return;
    const QString suggested = QStringLiteral("coverage-gaps-%1.%2")
                                  .arg(m_run->asOf.toString(Qt::ISODate),
                                       xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    SaveFileDialog dialog(
        this, xlsx ? tr("Export coverage gaps to XLSX") : tr("Export coverage gaps to CSV"),
        suggested, xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)"));
    dialog.dialog().setDefaultSuffix(xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    const QString path = dialog.exec();
    if (path.isEmpty())
        return;

    // The file holds what the list shows: the same policy filter, in the same order, less the
    // households deleted since the screening (a list of gaps must not send anyone to them, and
    // no decision is kept for them).
    const std::optional<QSet<QString>> live = m_services.households.liveUuids();
    if (!live) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Cannot read the households from the store."));
        return;
    }
    QList<CoverageGap> gaps;
    QSet<QString> deleted;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const CoverageGap &gap = m_run->gaps.at(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        const QString uuid = m_run->table.uuid(gap.household);
        if (live->contains(uuid))
            gaps << gap;
        else
            deleted.insert(uuid);
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QList<QVariantList> rows = ScreeningExport::rows(gaps, *m_run->screening, m_run->table,
                                                           m_services.catalogue, &m_services.areas);
    const QStringList headers = ScreeningExport::headers();
    const Result<Done> written = xlsx ? ScreeningExport::writeXlsx(path, headers, rows)
                                      : ScreeningExport::writeCsv(path, headers, rows);
    if (!written) {
        QGuiApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Export failed"), written.error());
        return;
    }
    // Every exported gap is a decision someone may act on: it is kept with the facts the
    // screening saw, so the household's page can tell later whether it still holds.
    // A large list takes a few seconds to record; the window keeps painting meanwhile.
    QProgressDialog progress(tr("Recording the exported coverage gaps…"), QString(), 0,
                             std::max(1, int(gaps.size())), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const int recorded = m_services.decisions.recordMany(
        ScreeningDecisions::fromGaps(gaps, *m_run->screening, m_run->table, m_services.catalogue),
        [&progress](int done, int) { progress.setValue(done); });
    progress.reset();
    QGuiApplication::restoreOverrideCursor();
    if (recorded < 0) {
        QMessageBox::warning(
            this, tr("Export"),
            tr("The coverage gaps were exported to %1, but their decisions could "
               "not be recorded:\n%2")
                .arg(QDir::toNativeSeparators(path), m_services.decisions.errorString()));
    }
    QString status = tr("%n coverage gap(s) exported to %1.", "", int(gaps.size()))
                         .arg(QDir::toNativeSeparators(path));
    if (!deleted.isEmpty()) {
        status += u' ' + tr("%n household(s) deleted since the screening were left out.", "",
                            int(deleted.size()));
    }
    m_ui->statusLabel->setText(status);
}

bool ScreeningPage::parseChange(const QString &parameterName, QString spec, QString *name,
                                double *value, QString *error) const
{
    spec = spec.trimmed();
    if (spec.isEmpty()) {
        *error = tr("Type a change such as +5% or a new value.");
        return false;
    }
    // Money parameters are typed in yuan, as everywhere else in the window; the catalogue
    // keeps them in fen. A signed value stays as typed, for parseOverride to refuse it with
    // the text the user sees.
    const Parameter *parameter = m_services.catalogue.parameter(parameterName);
    const bool isSigned = spec.startsWith(u'+') || spec.startsWith(u'-');
    if (!spec.endsWith(u'%') && !isSigned && parameter && parameter->unit == QLatin1String("fen")) {
        const Result<qint64> fen = Money::parseYuan(spec, QLocale());
        if (!fen) {
            *error = fen.error();
            return false;
        }
        spec = QString::number(fen.value());
    }
    return WhatIf::parseOverride(parameterName + u'=' + spec, m_services.catalogue,
                                 *m_run->screening, name, value, error);
}

void ScreeningPage::clearComparison()
{
    m_ui->whatIfTable->setRowCount(0);
    m_ui->whatIfSummary->clear();
}

void ScreeningPage::labelChange(QListWidgetItem *item) const
{
    const QString name = item->data(ParameterRole).toString();
    const Parameter *parameter = m_services.catalogue.parameter(name);
    const QString label = parameter ? parameter->label.text(QLocale()) : QString();
    item->setText(tr("%1 %2", "what-if change: parameter label, change (e.g. 低保标准 +5%)")
                      .arg(label.isEmpty() ? name : label, item->data(ChangeRole).toString()));
}

void ScreeningPage::handleAddChange()
{
    if (!m_run)
        return;
    const QString parameterName = m_ui->parameterCombo->currentData().toString();
    const QString spec = m_ui->changeEdit->text().trimmed();
    QString name;
    double value = 0;
    QString error;
    // The comparison on show was for the changes before this one.
    clearComparison();
    if (!parseChange(parameterName, spec, &name, &value, &error)) {
        m_ui->whatIfSummary->setText(error);
        return;
    }
    // One change per parameter: a second one for the same parameter replaces the first.
    QListWidgetItem *item = nullptr;
    for (int row = 0; row < m_ui->changeList->count() && !item; ++row) {
        if (m_ui->changeList->item(row)->data(ParameterRole).toString() == parameterName)
            item = m_ui->changeList->item(row);
    }
    if (!item)
        item = new QListWidgetItem(m_ui->changeList);
    item->setData(ParameterRole, parameterName);
    item->setData(ChangeRole, spec);
    labelChange(item);
    m_ui->changeList->setCurrentItem(item);
    m_ui->changeEdit->clear();
    m_ui->whatIfSummary->clear();
    updateControls();
}

bool ScreeningPage::collectChanges(QHash<QString, double> *overrides, QString *error) const
{
    // The changes kept in the list, then the one typed but not added yet, which wins for its
    // parameter.
    QList<std::pair<QString, QString>> specs;
    for (int row = 0; row < m_ui->changeList->count(); ++row) {
        const QListWidgetItem *item = m_ui->changeList->item(row);
        specs.append({item->data(ParameterRole).toString(), item->data(ChangeRole).toString()});
    }
    if (!m_ui->changeEdit->text().trimmed().isEmpty() || specs.isEmpty())
        specs.append({m_ui->parameterCombo->currentData().toString(), m_ui->changeEdit->text()});
    for (const auto &[parameterName, spec] : std::as_const(specs)) {
        QString name;
        double value = 0;
        if (!parseChange(parameterName, spec, &name, &value, error))
            return false;
        overrides->insert(name, value);
    }
    return true;
}

void ScreeningPage::handleCompare()
{
    if (!m_run || m_thread)
        return;
    QHash<QString, double> overrides;
    QString error;
    if (!collectChanges(&overrides, &error)) {
        m_ui->whatIfTable->setRowCount(0);
        m_ui->whatIfSummary->setText(error);
        return;
    }

    const std::shared_ptr<Run> run = m_run;
    const Catalogue &catalogue = m_services.catalogue;
    auto changes = std::make_shared<QList<PolicyChange>>();
    auto complete = std::make_shared<bool>(false);
    m_ui->whatIfSummary->setText(tr("Comparing…"));
    startWorker(
        [this, run, &catalogue, overrides, changes, complete] {
            const Screening scenario(catalogue, run->asOf, overrides);
            const ScreeningResult after = scenario.run(run->table, threadCount(), {}, &m_cancel);
            *complete = after.isComplete();
            if (*complete)
                *changes = WhatIf::compare(*run->screening, run->result, after);
        },
        [this, changes, complete] {
            if (*complete)
                showChanges(*changes);
            else
                m_ui->whatIfSummary->setText(tr("Comparison cancelled."));
            emit whatIfFinished();
        });
}

void ScreeningPage::showChanges(const QList<PolicyChange> &changes)
{
    const QLocale locale;
    QList<PolicyChange> shown;
    qint64 total = 0;
    for (const PolicyChange &change : changes) {
        if (change.isEmpty())
            continue;
        shown << change;
        total += change.monthlyCostChangeFen();
    }

    m_ui->whatIfTable->setSortingEnabled(false);
    m_ui->whatIfTable->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const PolicyChange &change = shown.at(row);
        const int index = m_run->screening->policyIndex(change.policyCode);
        const QString name =
            index >= 0 ? m_run->screening->policy(index).name.text(locale) : change.policyCode;
        m_ui->whatIfTable->setItem(row, int(ChangeColumn::Policy), new QTableWidgetItem(name));
        m_ui->whatIfTable->setItem(row, int(ChangeColumn::BecomeEligible),
                                   numberItem(locale.toString(change.becomeEligible.size())));
        m_ui->whatIfTable->setItem(row, int(ChangeColumn::StopEligible),
                                   numberItem(locale.toString(change.stopEligible.size())));
        m_ui->whatIfTable->setItem(
            row, int(ChangeColumn::CostBefore),
            numberItem(Money::formatYuan(change.monthlyCostBeforeFen, locale, false)));
        m_ui->whatIfTable->setItem(
            row, int(ChangeColumn::CostAfter),
            numberItem(Money::formatYuan(change.monthlyCostAfterFen, locale, false)));
        m_ui->whatIfTable->setItem(row, int(ChangeColumn::CostChange),
                                   numberItem(signedYuan(change.monthlyCostChangeFen())));
    }
    m_ui->whatIfSummary->setText(
        shown.isEmpty() ? tr("No policy changes: nobody becomes or stops being eligible.")
                        : tr("%n policy(ies) change; the monthly cost changes by %1 yuan in all.",
                             "", int(shown.size()))
                              .arg(signedYuan(total)));
}

} // namespace Jiuzhu
