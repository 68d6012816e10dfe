// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

#include "appfixture.h"
#include "plans/householdpicker.h"
#include "plans/planactionsmodel.h"
#include "plans/planspage.h"

using namespace Jiuzhu;
using Column = PlanActionsModel::Column;

class TestPlansPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void draftFromMatchesAddsApplications();
    void editedCellIsSavedAsNewVersion();
    void earlierVersionIsShownReadOnly();
    void addAndRemoveAction();
    void pickerSwitchesHousehold();
    void printPreviewShowsPages();
    void withoutHouseholdNothingToEdit();

private:
    template <typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }
    void draft();

    std::unique_ptr<AppFixture> m_fixture;
    std::unique_ptr<PlansPage> m_page;
    QString m_household;
};

void TestPlansPage::init()
{
    m_fixture = std::make_unique<AppFixture>();
    QVERIFY2(m_fixture->isReady(), qPrintable(m_fixture->errorString()));
    m_household = m_fixture->addExample(QStringLiteral("xinjing-young-woman"));
    QVERIFY(!m_household.isEmpty());
    m_page = std::make_unique<PlansPage>(m_fixture->services());
    m_page->setToday(QDate(2026, 3, 2));
    m_page->resize(1300, 850);
    m_page->show();
    m_page->showHousehold(m_household);
}

void TestPlansPage::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

void TestPlansPage::draft()
{
    auto *advisor = child<QLineEdit>("advisorEdit");
    advisor->setFocus();
    QTest::keyClicks(advisor, QStringLiteral("Wang Fang"));
    QTest::mouseClick(child<QPushButton>("draftButton"), Qt::LeftButton);
}

void TestPlansPage::draftFromMatchesAddsApplications()
{
    auto *table = child<QTableView>("actionsTable");
    QCOMPARE(table->model()->rowCount(), 0);

    draft();

    QTRY_VERIFY(table->model()->rowCount() > 0);
    QStringList applied;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QAbstractItemModel *model = table->model();
        if (model->index(row, int(Column::Kind)).data(Qt::EditRole) == QStringLiteral("apply")) {
            applied << model->index(row, int(Column::Policy)).data(Qt::EditRole).toString();
        }
    }
    QVERIFY2(!applied.isEmpty(), "no application action was drafted");
    QVERIFY(!applied.contains(QString()));
    // She already receives dibao; drafting must not ask her to apply for it again.
    QVERIFY(!applied.contains(QStringLiteral("dibao")));

    const std::optional<Plan> stored = m_fixture->plans().forHousehold(m_household);
    QVERIFY(stored);
    QCOMPARE(stored->advisor, QStringLiteral("Wang Fang"));
    // The typed advisor is saved first, then the draft: two versions.
    QCOMPARE(child<QListWidget>("versionsList")->count(), 2);
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
}

void TestPlansPage::editedCellIsSavedAsNewVersion()
{
    draft();
    auto *table = child<QTableView>("actionsTable");
    auto *versions = child<QListWidget>("versionsList");
    QTRY_COMPARE(versions->count(), 2);

    // Edit the title of the first action through the view's editor, as a user would.
    const QModelIndex title = table->model()->index(0, int(Column::Title));
    table->setCurrentIndex(title);
    table->edit(title);
    auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(title));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Home visit with the neighbourhood committee"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(title.data().toString(),
                 QStringLiteral("Home visit with the neighbourhood committee"));

    auto *save = child<QPushButton>("saveButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    QTRY_COMPARE(versions->count(), 3);
    QCOMPARE(versions->item(0)->data(Qt::UserRole).toInt(), 3);
    QVERIFY(child<QLabel>("messageLabel")->text().contains(QStringLiteral("version 3")));
    QCOMPARE(m_fixture->plans().forHousehold(m_household)->actions.first().title,
             QStringLiteral("Home visit with the neighbourhood committee"));
    QVERIFY(!save->isEnabled());
}

void TestPlansPage::earlierVersionIsShownReadOnly()
{
    draft();
    auto *table = child<QTableView>("actionsTable");
    QTRY_VERIFY(table->model()->rowCount() > 0);
    const QString firstTitle = table->model()->index(0, int(Column::Title)).data().toString();
    QVERIFY(table->model()->setData(table->model()->index(0, int(Column::Title)),
                                    QStringLiteral("Changed title")));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    auto *versions = child<QListWidget>("versionsList");
    QTRY_COMPARE(versions->count(), 3);

    versions->setCurrentRow(1);
    auto *versionTable = child<QTableView>("versionTable");
    QCOMPARE(versionTable->model()->index(0, int(Column::Title)).data().toString(), firstTitle);
    QVERIFY(
        !(versionTable->model()->flags(versionTable->model()->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(child<QLabel>("versionLabel")->text().contains(QStringLiteral("Version 2")));
}

void TestPlansPage::addAndRemoveAction()
{
    auto *table = child<QTableView>("actionsTable");
    QTest::mouseClick(child<QPushButton>("addActionButton"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(child<QPushButton>("saveButton")->isEnabled());

    table->selectRow(0);
    auto *remove = child<QPushButton>("removeActionButton");
    QTRY_VERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 0);
}

void TestPlansPage::pickerSwitchesHousehold()
{
    const QString other = m_fixture->addExample(QStringLiteral("family-unemployed-parent"));
    auto *picker = child<HouseholdPicker>("householdPicker");
    QTRY_VERIFY(picker->findData(other) > 0);
    QVERIFY(picker->itemText(picker->findData(other)).contains(QStringLiteral("********")));

    QSignalSpy activated(m_page.get(), &PlansPage::householdActivated);
    const int index = picker->findData(other);
    picker->setCurrentIndex(index);
    emit picker->activated(index);

    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), other);
    QCOMPARE(m_page->currentHousehold(), other);
}

void TestPlansPage::printPreviewShowsPages()
{
    draft();
    QTRY_COMPARE(child<QListWidget>("versionsList")->count(), 2);

    int pages = -1;
    bool found = false;
    whenModal(this, [&](QWidget *modal) {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        found = dialog->objectName() == QLatin1String("planPrintPreviewDialog");
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>()) {
            preview->updatePreview();
            pages = preview->pageCount();
        }
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>("printPreviewButton"), Qt::LeftButton);

    QVERIFY(found);
    QVERIFY2(pages > 0, "the preview painted no page");
    QVERIFY(!child<QLabel>("messageLabel")->text().contains(QStringLiteral("cannot")));
}

void TestPlansPage::withoutHouseholdNothingToEdit()
{
    PlansPage empty(m_fixture->services());
    QVERIFY(empty.currentHousehold().isEmpty());
    QVERIFY(!empty.findChild<QPushButton *>(QStringLiteral("draftButton"))->isEnabled());
    QVERIFY(!empty.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(!empty.findChild<QPushButton *>(QStringLiteral("printPreviewButton"))->isEnabled());
}

QTEST_MAIN(TestPlansPage)
#include "testplanspage.moc"
