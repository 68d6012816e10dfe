// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include "households/householdspage.h"
#include "households/householdtablemodel.h"
#include "testservices.h"

using namespace Jiuzhu;
using Jiuzhu::Testing::TestServices;

namespace {

const QString YoungWomanId = QStringLiteral("310105200403150027");
const QString OldManId = QStringLiteral("310105194206110036");

template <typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestHouseholdsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listShowsMaskedIdNumbersOnly();
    void searchFiltersAsYouType_data();
    void searchFiltersAsYouType();
    void selectingARowActivatesTheHousehold();
    void detailShowsAssessmentAndPolicies();
    void planAndVisitsAskForTheirPages();
    void listFollowsTheRepository();
    void householdDeletedElsewhereLeavesNothingToDo();

private:
    QString add(const QString &name, const QString &idNumber, const QString &address);
    int selectRow(const QString &name);

    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<HouseholdsPage> m_page;
    QTableView *m_view = nullptr;
};

void TestHouseholdsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestHouseholdsPage::init()
{
    m_services = std::make_unique<TestServices>();
    QVERIFY2(m_services->isValid(), qPrintable(m_services->error()));
    add(u"Lin Xiao"_qs, YoungWomanId, u"Example Road 88"_qs);
    add(u"Wang Jianguo"_qs, OldManId, u"Sample Lane 12"_qs);
    m_page = std::make_unique<HouseholdsPage>(m_services->services());
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_view = child<QTableView>(m_page.get(), "householdsView");
    QVERIFY(m_view);
}

void TestHouseholdsPage::cleanup()
{
    m_page.reset();
    m_services.reset();
}

QString TestHouseholdsPage::add(const QString &name, const QString &idNumber,
                                const QString &address)
{
    Household household = Testing::sampleHousehold(name, idNumber, address);
    household.members.first().employment = QStringLiteral("unemployed");
    if (!m_services->households().save(household)) {
        qWarning("cannot save: %s", qPrintable(m_services->households().errorString()));
    }
    return household.sync.uuid;
}

int TestHouseholdsPage::selectRow(const QString &name)
{
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        if (m_view->model()->index(row, 0).data().toString() == name) {
            m_view->selectRow(row);
            return row;
        }
    }
    return -1;
}

void TestHouseholdsPage::listShowsMaskedIdNumbersOnly()
{
    QAbstractItemModel *model = m_view->model();
    QCOMPARE(model->rowCount(), 2);
    QStringList shownIds;
    for (int row = 0; row < model->rowCount(); ++row) {
        shownIds << model->index(row, int(HouseholdTableModel::Column::IdNumber)).data().toString();
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString text = model->index(row, column).data().toString();
            QVERIFY(!text.contains(YoungWomanId) && !text.contains(OldManId));
        }
    }
    shownIds.sort();
    QCOMPARE(shownIds, (QStringList{u"310105********0027"_qs, u"310105********0036"_qs}));

    selectRow(u"Lin Xiao"_qs);
    auto *detail = child<QTextBrowser>(m_page.get(), "detailView");
    QTRY_VERIFY(detail->toPlainText().contains(u"310105********0027"_qs));
    QVERIFY(!detail->toPlainText().contains(YoungWomanId));
}

void TestHouseholdsPage::searchFiltersAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("part of a name") << u"Jian"_qs << QStringList{u"Wang Jianguo"_qs};
    QTest::newRow("ID number digits") << u"20040315"_qs << QStringList{u"Lin Xiao"_qs};
    QTest::newRow("address") << u"Sample Lane"_qs << QStringList{u"Wang Jianguo"_qs};
    QTest::newRow("nothing matches") << u"Nobody"_qs << QStringList();
}

void TestHouseholdsPage::searchFiltersAsYouType()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    auto *search = child<QLineEdit>(m_page.get(), "searchEdit");
    QVERIFY(search);

    QTest::keyClicks(search, typed);
    QTRY_COMPARE(m_view->model()->rowCount(), int(expected.size()));
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(m_view->model()->index(row, 0).data().toString(), expected.at(row));
    }
    QVERIFY(child<QLabel>(m_page.get(), "countLabel")
                ->text()
                .contains(QString::number(expected.size())));

    search->clear();
    QTRY_COMPARE(m_view->model()->rowCount(), 2);
}

void TestHouseholdsPage::selectingARowActivatesTheHousehold()
{
    QSignalSpy activated(m_page.get(), &HouseholdsPage::householdActivated);
    QVERIFY(!child<QPushButton>(m_page.get(), "editButton")->isEnabled());

    selectRow(u"Wang Jianguo"_qs);
    QTRY_COMPARE(activated.count(), 1);
    const QString uuid = activated.constFirst().constFirst().toString();
    QCOMPARE(uuid, m_services->households().resolve(OldManId));
    QCOMPARE(m_page->currentHousehold(), uuid);
    QVERIFY(child<QPushButton>(m_page.get(), "editButton")->isEnabled());

    // The window echoing the choice back does not activate it again.
    m_page->showHousehold(uuid);
    QCOMPARE(activated.count(), 1);
}

void TestHouseholdsPage::detailShowsAssessmentAndPolicies()
{
    selectRow(u"Lin Xiao"_qs);
    auto *detail = child<QTextBrowser>(m_page.get(), "detailView");
    QTRY_VERIFY(detail->toPlainText().contains(u"Not assessed yet"_qs));
    QVERIFY(detail->toPlainText().contains(u"Policies as of"_qs));

    QTest::mouseClick(child<QPushButton>(m_page.get(), "assessButton"), Qt::LeftButton);
    QTRY_VERIFY(!detail->toPlainText().contains(u"Not assessed yet"_qs));
    QVERIFY(detail->toPlainText().contains(u"score"_qs));
    const int level =
        m_view->model()
            ->index(m_view->currentIndex().row(), int(HouseholdTableModel::Column::Level))
            .data(HouseholdTableModel::RawValueRole)
            .toInt();
    QVERIFY(level > 0);
}

void TestHouseholdsPage::planAndVisitsAskForTheirPages()
{
    selectRow(u"Lin Xiao"_qs);
    const QString uuid = m_services->households().resolve(YoungWomanId);
    QTRY_COMPARE(m_page->currentHousehold(), uuid);
    QSignalSpy plan(m_page.get(), &HouseholdsPage::planRequested);
    QSignalSpy visits(m_page.get(), &HouseholdsPage::visitsRequested);

    QTest::mouseClick(child<QPushButton>(m_page.get(), "planButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "visitsButton"), Qt::LeftButton);
    QCOMPARE(plan.count(), 1);
    QCOMPARE(plan.constFirst().constFirst().toString(), uuid);
    QCOMPARE(visits.count(), 1);
    QCOMPARE(visits.constFirst().constFirst().toString(), uuid);
}

void TestHouseholdsPage::listFollowsTheRepository()
{
    selectRow(u"Lin Xiao"_qs);
    const QString uuid = m_services->households().resolve(YoungWomanId);
    QTRY_COMPARE(m_page->currentHousehold(), uuid);

    add(u"Zhao Mei"_qs, u"310105194506200025"_qs, u"Third Street 3"_qs);
    QTRY_COMPARE(m_view->model()->rowCount(), 3);
    // The chosen household stays chosen across the reload.
    QCOMPARE(m_view->currentIndex().data(HouseholdTableModel::UuidRole).toString(), uuid);

    QVERIFY(m_services->households().remove(uuid));
    QTRY_COMPARE(m_view->model()->rowCount(), 2);
    QVERIFY(m_page->currentHousehold().isEmpty());
    QVERIFY(!child<QPushButton>(m_page.get(), "deleteButton")->isEnabled());
}

// Another program (jiuzhu-cli, another window) may delete the household on show: the page
// says so and offers nothing more to do with it.
void TestHouseholdsPage::householdDeletedElsewhereLeavesNothingToDo()
{
    selectRow(u"Lin Xiao"_qs);
    const QString uuid = m_services->households().resolve(YoungWomanId);
    QTRY_COMPARE(m_page->currentHousehold(), uuid);
    HouseholdRepository elsewhere(m_services->database());
    QVERIFY(elsewhere.remove(uuid));

    // The list has not heard of it; choosing the row again shows what the store holds now.
    selectRow(u"Wang Jianguo"_qs);
    selectRow(u"Lin Xiao"_qs);
    auto *detail = child<QTextBrowser>(m_page.get(), "detailView");
    QTRY_VERIFY(detail->toPlainText().contains(u"no longer in the store"_qs));
    for (const char *name : {"editButton", "deleteButton", "assessButton"})
        QVERIFY2(!child<QPushButton>(m_page.get(), name)->isEnabled(), name);
}

QTEST_MAIN(TestHouseholdsPage)
#include "testhouseholdspage.moc"
