// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include "appfixture.h"
#include "households/residentid.h"
#include "mainwindow/mainwindow.h"
#include "policies/policiespage.h"
#include "screening/caseloadgenerator.h"
#include "screening/coveragegapmodel.h"
#include "screening/facttable.h"
#include "screening/screening.h"
#include "screening/screeningpage.h"
#include "screening/whatif.h"

using namespace Jiuzhu;

namespace {
const QString YoungWomanId = QStringLiteral("310105200403150027");
const QString MedicalAssistance = QStringLiteral("medical_assistance");
} // namespace

class TestScreeningPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void runListsMedicalAssistanceForTheYoungWoman();
    void policyFilterNarrowsTheList();
    void showPolicyScreensAndFilters();
    void doubleClickActivatesTheHousehold();
    void whatIfComparesAgainstTheRun();
    void whatIfRefusesTextThatIsNotAChange();
    void whatIfAppliesSeveralChangesTogether();
    void whatIfReplacesAndRemovesChanges();
    void cancelledRunLeavesThePageReady();
    void policiesPageAsksWhoMayBeEligible();
    void csvExportHoldsTheFilteredList();
    void exportLeavesOutHouseholdsDeletedSinceTheRun();

private:
    template <typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }
    void runAndWait();
    void exportCsvTo(const QString &path);
    int rowOf(const QString &uuid, const QString &policy) const;

    std::unique_ptr<AppFixture> m_fixture;
    std::unique_ptr<ScreeningPage> m_page;
    QString m_youngWoman;
};

void TestScreeningPage::init()
{
    m_fixture = std::make_unique<AppFixture>();
    QVERIFY2(m_fixture->isReady(), qPrintable(m_fixture->errorString()));
    m_youngWoman = m_fixture->addExample(QStringLiteral("xinjing-young-woman"));
    QVERIFY(!m_youngWoman.isEmpty());
    QVERIFY(!m_fixture->addExample(QStringLiteral("elderly-couple-disability")).isEmpty());
    QVERIFY(!m_fixture->addExample(QStringLiteral("family-unemployed-parent")).isEmpty());
    m_page = std::make_unique<ScreeningPage>(m_fixture->services());
    m_page->setAsOf(QDate(2026, 12, 4));
    m_page->resize(1300, 800);
    m_page->show();
}

void TestScreeningPage::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

void TestScreeningPage::runAndWait()
{
    QSignalSpy finished(m_page.get(), &ScreeningPage::screeningFinished);
    QTest::mouseClick(child<QPushButton>("runButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!m_page->isRunning());
}

// Presses Export CSV and answers the save dialog with `path`.
void TestScreeningPage::exportCsvTo(const QString &path)
{
    whenModal(m_page.get(), [path](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        // The dialog lists directories in the background; typing the whole path into its
        // file name box does not depend on that listing, unlike selectFile().
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(path);
        static_cast<QDialog *>(dialog)->accept();
    });
    QTest::mouseClick(child<QPushButton>("exportCsvButton"), Qt::LeftButton);
}

int TestScreeningPage::rowOf(const QString &uuid, const QString &policy) const
{
    const QAbstractItemModel *model = child<QTableView>("gapTable")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(CoverageGapModel::HouseholdUuidRole).toString() == uuid &&
            index.data(CoverageGapModel::PolicyCodeRole).toString() == policy) {
            return row;
        }
    }
    return -1;
}

void TestScreeningPage::runListsMedicalAssistanceForTheYoungWoman()
{
    runAndWait();

    const int row = rowOf(m_youngWoman, MedicalAssistance);
    QVERIFY(row >= 0);
    const QAbstractItemModel *model = child<QTableView>("gapTable")->model();
    QCOMPARE(model->index(row, int(CoverageGapModel::Column::IdNumber)).data().toString(),
             ResidentId::mask(YoungWomanId));
    QVERIFY(!model->index(row, int(CoverageGapModel::Column::Street)).data().toString().isEmpty());
    const auto *progress = child<QProgressBar>("progressBar");
    QCOMPARE(progress->value(), progress->maximum());
    QVERIFY(child<QPushButton>("runButton")->isEnabled());
    QVERIFY(!child<QPushButton>("cancelButton")->isEnabled());
    QVERIFY(child<QPushButton>("exportCsvButton")->isEnabled());
}

void TestScreeningPage::policyFilterNarrowsTheList()
{
    runAndWait();
    const QAbstractItemModel *model = child<QTableView>("gapTable")->model();
    const int all = model->rowCount();

    auto *combo = child<QComboBox>("policyCombo");
    combo->setCurrentIndex(combo->findData(MedicalAssistance));

    QCOMPARE(m_page->policyFilter(), MedicalAssistance);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < all);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, 0).data(CoverageGapModel::PolicyCodeRole).toString(),
                 MedicalAssistance);
    }
    QVERIFY(rowOf(m_youngWoman, MedicalAssistance) >= 0);

    combo->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), all);
}

void TestScreeningPage::showPolicyScreensAndFilters()
{
    QSignalSpy finished(m_page.get(), &ScreeningPage::screeningFinished);

    m_page->showPolicy(MedicalAssistance);

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(child<QComboBox>("policyCombo")->currentData().toString(), MedicalAssistance);
    QVERIFY(rowOf(m_youngWoman, MedicalAssistance) >= 0);
    const QAbstractItemModel *model = child<QTableView>("gapTable")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, 0).data(CoverageGapModel::PolicyCodeRole).toString(),
                 MedicalAssistance);
    }
}

void TestScreeningPage::doubleClickActivatesTheHousehold()
{
    runAndWait();
    QSignalSpy activated(m_page.get(), &ScreeningPage::householdActivated);
    auto *table = child<QTableView>("gapTable");
    const int row = rowOf(m_youngWoman, MedicalAssistance);
    QVERIFY(row >= 0);
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    QVERIFY(rect.isValid());

    // QTest sends a widget only the double-click event; the view wants the press before it.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());

    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), m_youngWoman);
}

void TestScreeningPage::whatIfComparesAgainstTheRun()
{
    QVERIFY(!child<QPushButton>("compareButton")->isEnabled());
    runAndWait();
    auto *parameters = child<QComboBox>("parameterCombo");
    const int dibao = parameters->findData(QStringLiteral("dibao_standard"));
    QVERIFY(dibao >= 0);
    parameters->setCurrentIndex(dibao);
    child<QLineEdit>("changeEdit")->setText(QStringLiteral("+5%"));
    QSignalSpy finished(m_page.get(), &ScreeningPage::whatIfFinished);

    QTest::mouseClick(child<QPushButton>("compareButton"), Qt::LeftButton);

    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!child<QLabel>("whatIfSummary")->text().isEmpty());
    const auto *table = child<QTableWidget>("whatIfTable");
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(!table->item(row, 0)->text().isEmpty());
}

void TestScreeningPage::whatIfRefusesTextThatIsNotAChange()
{
    runAndWait();
    QSignalSpy finished(m_page.get(), &ScreeningPage::whatIfFinished);
    child<QLineEdit>("changeEdit")->setText(QStringLiteral("a lot"));

    QTest::mouseClick(child<QPushButton>("compareButton"), Qt::LeftButton);

    QVERIFY(!m_page->isRunning());
    QCOMPARE(finished.count(), 0);
    QVERIFY(!child<QLabel>("whatIfSummary")->text().isEmpty());
    QCOMPARE(child<QTableWidget>("whatIfTable")->rowCount(), 0);
}

namespace {

// Per policy: "become/stop/cost after" as the what-if table shows them, for comparing runs.
QStringList changeRows(const QList<PolicyChange> &changes)
{
    QStringList rows;
    for (const PolicyChange &change : changes) {
        if (!change.isEmpty()) {
            rows << QStringLiteral("%1 %2/%3 %4")
                        .arg(change.policyCode)
                        .arg(change.becomeEligible.size())
                        .arg(change.stopEligible.size())
                        .arg(change.monthlyCostAfterFen);
        }
    }
    return rows;
}

} // namespace

void TestScreeningPage::whatIfAppliesSeveralChangesTogether()
{
    // A caseload large enough for both changes to move households.
    CaseloadOptions options;
    options.households = 400;
    options.seed = 9;
    options.referenceDate = QDate(2026, 12, 4);
    QList<Household> generated = CaseloadGenerator(Areas::loadBundled().value()).generate(options);
    QVERIFY(m_fixture->households().saveMany(generated));
    runAndWait();

    auto *parameters = child<QComboBox>("parameterCombo");
    auto *edit = child<QLineEdit>("changeEdit");
    parameters->setCurrentIndex(parameters->findData(QStringLiteral("dibao_standard")));
    edit->setText(QStringLiteral("+10%"));
    QTest::mouseClick(child<QPushButton>("addChangeButton"), Qt::LeftButton);
    QCOMPARE(child<QListWidget>("changeList")->count(), 1);
    QVERIFY(edit->text().isEmpty());
    parameters->setCurrentIndex(parameters->findData(QStringLiteral("lowincome_ratio")));
    edit->setText(QStringLiteral("+25%"));

    QSignalSpy finished(m_page.get(), &ScreeningPage::whatIfFinished);
    QTest::mouseClick(child<QPushButton>("compareButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);

    // What the page shows is the comparison with both changes at once, computed here directly.
    const std::optional<QList<Household>> stored = m_fixture->households().loadAll();
    QVERIFY(stored);
    const QDate asOf(2026, 12, 4);
    const FactTable table = FactTable::build(*stored, asOf);
    const Screening baseline(m_fixture->catalogue(), asOf);
    const ScreeningResult before = baseline.run(table);
    QHash<QString, double> both;
    for (const QString &text :
         {QStringLiteral("dibao_standard=+10%"), QStringLiteral("lowincome_ratio=+25%")}) {
        QString name;
        double value = 0;
        QString error;
        QVERIFY2(
            WhatIf::parseOverride(text, m_fixture->catalogue(), baseline, &name, &value, &error),
            qPrintable(error));
        both.insert(name, value);
    }
    const auto changesWith = [&](const QHash<QString, double> &overrides) {
        return changeRows(WhatIf::compare(
            baseline, before, Screening(m_fixture->catalogue(), asOf, overrides).run(table)));
    };
    const QStringList expected = changesWith(both);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected != changesWith({{QStringLiteral("dibao_standard"),
                                      both.value(QStringLiteral("dibao_standard"))}}));

    const auto *shown = child<QTableWidget>("whatIfTable");
    QCOMPARE(shown->rowCount(), expected.size());
    QStringList becomeStop;
    for (int row = 0; row < shown->rowCount(); ++row) {
        becomeStop << shown->item(row, 1)->text() + u'/' + shown->item(row, 2)->text();
    }
    QStringList expectedBecomeStop;
    for (const QString &row : expected)
        expectedBecomeStop << row.section(u' ', 1, 1);
    QCOMPARE(becomeStop, expectedBecomeStop);

    // Once the changes differ from those compared, the comparison on show goes.
    child<QListWidget>("changeList")->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>("removeChangeButton"), Qt::LeftButton);
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(child<QLabel>("whatIfSummary")->text().isEmpty());
}

void TestScreeningPage::whatIfReplacesAndRemovesChanges()
{
    runAndWait();
    auto *parameters = child<QComboBox>("parameterCombo");
    auto *edit = child<QLineEdit>("changeEdit");
    auto *list = child<QListWidget>("changeList");
    auto *add = child<QPushButton>("addChangeButton");
    parameters->setCurrentIndex(parameters->findData(QStringLiteral("dibao_standard")));
    edit->setText(QStringLiteral("+5%"));
    QTest::mouseClick(add, Qt::LeftButton);
    edit->setText(QStringLiteral("+8%"));
    QTest::mouseClick(add, Qt::LeftButton);
    // A second change to the same parameter replaces the first.
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("+8%")));

    // Text that is not a change is refused and not added.
    edit->setText(QStringLiteral("a lot"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QVERIFY(!child<QLabel>("whatIfSummary")->text().isEmpty());

    list->setCurrentRow(0);
    auto *remove = child<QPushButton>("removeChangeButton");
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list->count(), 0);
    QVERIFY(!remove->isEnabled());
}

void TestScreeningPage::cancelledRunLeavesThePageReady()
{
    QSignalSpy finished(m_page.get(), &ScreeningPage::screeningFinished);

    // Cancel is set right after the worker starts; the worker checks it before compiling the
    // catalogue, which takes far longer than returning here.
    m_page->run();
    QVERIFY(child<QPushButton>("cancelButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(child<QTableView>("gapTable")->model()->rowCount(), 0);
    QVERIFY(child<QPushButton>("runButton")->isEnabled());
    QVERIFY(!child<QPushButton>("cancelButton")->isEnabled());
    QVERIFY(!child<QPushButton>("exportCsvButton")->isEnabled());

    runAndWait();
    QVERIFY(rowOf(m_youngWoman, MedicalAssistance) >= 0);
}

void TestScreeningPage::policiesPageAsksWhoMayBeEligible()
{
    m_page.reset();
    MainWindow window(m_fixture->services());
    window.show();
    window.showPage(MainWindow::Page::Policies);
    auto *policies = window.findChild<PoliciesPage *>(QStringLiteral("policiesPage"));
    auto *screening = window.findChild<ScreeningPage *>(QStringLiteral("screeningPage"));
    QVERIFY(policies && screening);
    policies->showPolicy(MedicalAssistance);
    QSignalSpy finished(screening, &ScreeningPage::screeningFinished);

    QTest::mouseClick(policies->findChild<QPushButton *>(QStringLiteral("screenPolicyButton")),
                      Qt::LeftButton);

    QCOMPARE(window.currentPage(), MainWindow::Page::Screening);
    QCOMPARE(screening->policyFilter(), MedicalAssistance);
    QTRY_COMPARE(finished.count(), 1);
    const auto *table = screening->findChild<QTableView *>(QStringLiteral("gapTable"));
    QVERIFY(table->model()->rowCount() > 0);
    QCOMPARE(table->model()->index(0, 0).data(CoverageGapModel::PolicyCodeRole).toString(),
             MedicalAssistance);
}

void TestScreeningPage::csvExportHoldsTheFilteredList()
{
    runAndWait();
    auto *combo = child<QComboBox>("policyCombo");
    combo->setCurrentIndex(combo->findData(MedicalAssistance));
    const int shown = child<QTableView>("gapTable")->model()->rowCount();
    QVERIFY(shown > 0);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("gaps.csv"));

    exportCsvTo(path);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), shown + 1);
    QVERIFY(bytes.contains(m_youngWoman.toUtf8()));

    // Every exported row is on record as a decision "exported", with the inputs it saw.
    QSqlQuery query(m_fixture->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT policy_code) FROM "
                                      "decisions WHERE purpose = 'exported'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), shown);
    QCOMPARE(query.value(1).toInt(), 1);
    const QList<Decision> decisions = m_fixture->decisions().forHousehold(m_youngWoman);
    const auto exported = std::find_if(decisions.cbegin(), decisions.cend(), [](const Decision &d) {
        return d.purpose == QLatin1String("exported");
    });
    QVERIFY(exported != decisions.cend());
    QCOMPARE(exported->policyCode, MedicalAssistance);
    // Medical assistance is decided per member, so the members' facts are kept as well.
    QVERIFY(!exported->inputs.value(QStringLiteral("members")).toObject().isEmpty());
}

void TestScreeningPage::exportLeavesOutHouseholdsDeletedSinceTheRun()
{
    runAndWait();
    QVERIFY(rowOf(m_youngWoman, MedicalAssistance) >= 0);
    const int shown = child<QTableView>("gapTable")->model()->rowCount();
    int hers = 0;
    const QAbstractItemModel *model = child<QTableView>("gapTable")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        hers += model->index(row, 0).data(CoverageGapModel::HouseholdUuidRole).toString() ==
                        m_youngWoman
                    ? 1
                    : 0;
    }
    QVERIFY(m_fixture->households().remove(m_youngWoman));
    QVERIFY2(child<QLabel>("statusLabel")->text().contains(QStringLiteral("Run to screen again")),
             qPrintable(child<QLabel>("statusLabel")->text()));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("gaps.csv"));
    exportCsvTo(path);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(m_youngWoman.toUtf8()));
    QCOMPARE(bytes.count("\r\n"), shown - hers + 1);
    QSqlQuery query(m_fixture->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM decisions WHERE purpose = 'exported' "
                                      "AND household_uuid = '%1'")
                           .arg(m_youngWoman)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY2(child<QLabel>("statusLabel")->text().contains(QStringLiteral("left out")),
             qPrintable(child<QLabel>("statusLabel")->text()));
}

QTEST_MAIN(TestScreeningPage)
#include "testscreeningpage.moc"
