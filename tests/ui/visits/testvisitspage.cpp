// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTreeWidget>

#include "appfixture.h"
#include "households/vocabulary.h"
#include "visits/visitspage.h"

using namespace Jiuzhu;

namespace {

Visit makeVisit(const QString &household, const QDateTime &at, const QDate &next = QDate())
{
    Visit visit;
    visit.householdUuid = household;
    visit.at = at;
    visit.kind = QStringLiteral("home");
    visit.participants = QStringLiteral("王芳");
    visit.findings = QStringLiteral("情况稳定。");
    visit.nextVisit = next;
    return visit;
}

QDateTime shanghai(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

} // namespace

class TestVisitsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addedVisitShowsUnderItsShanghaiDay();
    void refusedVisitKeepsDialogOpenWithMessage();
    void groupsByShanghaiDayNewestFirst();
    void overdueListSwitchesHousehold();

private:
    template <typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }

    std::unique_ptr<AppFixture> m_fixture;
    std::unique_ptr<VisitsPage> m_page;
    QString m_household;
};

void TestVisitsPage::init()
{
    m_fixture = std::make_unique<AppFixture>();
    QVERIFY2(m_fixture->isReady(), qPrintable(m_fixture->errorString()));
    m_household = m_fixture->addExample(QStringLiteral("xinjing-young-woman"));
    QVERIFY(!m_household.isEmpty());
    m_page = std::make_unique<VisitsPage>(m_fixture->services());
    m_page->setToday(QDate(2026, 3, 20));
    m_page->resize(1300, 800);
    m_page->show();
    m_page->showHousehold(m_household);
}

void TestVisitsPage::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

void TestVisitsPage::addedVisitShowsUnderItsShanghaiDay()
{
    // 00:30 on 2 March in Shanghai is still 1 March in UTC: the log must say 2 March.
    bool filled = false;
    whenModal(this, [&](QWidget *dialog) {
        auto *at = dialog->findChild<QDateTimeEdit *>(QStringLiteral("atEdit"));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        if (at && kind) {
            at->setDate(QDate(2026, 3, 2));
            at->setTime(QTime(0, 30));
            kind->setCurrentIndex(kind->findData(QStringLiteral("phone")));
            dialog->findChild<QLineEdit *>(QStringLiteral("participantsEdit"))
                ->setText(QStringLiteral("王芳、小林"));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("findingsEdit"))
                ->setPlainText(QStringLiteral("夜里睡不着，打电话来聊了半小时。"));
            dialog->findChild<QCheckBox *>(QStringLiteral("nextVisitCheck"))->setChecked(true);
            dialog->findChild<QDateEdit *>(QStringLiteral("nextVisitEdit"))
                ->setDate(QDate(2026, 3, 9));
            filled = true;
        }
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QTest::mouseClick(
            buttons->button(filled ? QDialogButtonBox::Save : QDialogButtonBox::Cancel),
            Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>("addVisitButton"), Qt::LeftButton);
    QVERIFY(filled);

    auto *tree = child<QTreeWidget>("visitTree");
    QTRY_COMPARE(tree->topLevelItemCount(), 1);
    const QTreeWidgetItem *day = tree->topLevelItem(0);
    QCOMPARE(day->data(0, Qt::UserRole).toDate(), QDate(2026, 3, 2));
    QCOMPARE(day->childCount(), 1);
    QCOMPARE(day->child(0)->text(1),
             Vocabulary::label(Vocabulary::List::VisitKind, QStringLiteral("phone")));
    QCOMPARE(day->child(0)->text(2), QStringLiteral("王芳、小林"));
    QVERIFY(child<QTextBrowser>("visitDetail")->toPlainText().contains(QStringLiteral("半小时")));

    const QList<Visit> stored = m_fixture->visits().forHousehold(m_household);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().at.toUTC(),
             QDateTime(QDate(2026, 3, 1), QTime(16, 30), QTimeZone::utc()));
}

void TestVisitsPage::refusedVisitKeepsDialogOpenWithMessage()
{
    QString message;
    bool stayedOpen = false;
    whenModal(this, [&](QWidget *dialog) {
        auto *at = dialog->findChild<QDateTimeEdit *>(QStringLiteral("atEdit"));
        at->setDate(QDate(2026, 3, 10));
        dialog->findChild<QCheckBox *>(QStringLiteral("nextVisitCheck"))->setChecked(true);
        dialog->findChild<QDateEdit *>(QStringLiteral("nextVisitEdit"))->setDate(QDate(2026, 3, 1));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        message = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
        stayedOpen = dialog->isVisible();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>("addVisitButton"), Qt::LeftButton);

    QVERIFY(stayedOpen);
    QVERIFY2(message.contains(QStringLiteral("next visit")), qPrintable(message));
    QVERIFY(m_fixture->visits().forHousehold(m_household).isEmpty());
    QCOMPARE(child<QTreeWidget>("visitTree")->topLevelItemCount(), 0);
}

void TestVisitsPage::groupsByShanghaiDayNewestFirst()
{
    // 07:00 on 5 March in Shanghai is 4 March in UTC; it belongs with the evening visit.
    const QList<QDateTime> moments{shanghai(2026, 3, 1, 9, 0), shanghai(2026, 3, 5, 7, 0),
                                   shanghai(2026, 3, 5, 20, 15)};
    for (const QDateTime &at : moments) {
        Visit visit = makeVisit(m_household, at);
        QVERIFY2(m_fixture->visits().save(visit), qPrintable(m_fixture->visits().errorString()));
    }

    auto *tree = child<QTreeWidget>("visitTree");
    QTRY_COMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->data(0, Qt::UserRole).toDate(), QDate(2026, 3, 5));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
    const QLocale locale;
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0),
             locale.toString(QTime(20, 15), QLocale::ShortFormat));
    QCOMPARE(tree->topLevelItem(0)->child(1)->text(0),
             locale.toString(QTime(7, 0), QLocale::ShortFormat));
    QCOMPARE(tree->topLevelItem(1)->data(0, Qt::UserRole).toDate(), QDate(2026, 3, 1));
    QCOMPARE(tree->topLevelItem(1)->childCount(), 1);
}

void TestVisitsPage::overdueListSwitchesHousehold()
{
    const QString other = m_fixture->addExample(QStringLiteral("elderly-couple-disability"));
    Visit late = makeVisit(other, shanghai(2026, 3, 1, 10, 0), QDate(2026, 3, 10));
    QVERIFY(m_fixture->visits().save(late));
    Visit fine = makeVisit(m_household, shanghai(2026, 3, 1, 10, 0), QDate(2026, 4, 1));
    QVERIFY(m_fixture->visits().save(fine));

    auto *list = child<QListWidget>("overdueList");
    QTRY_COMPARE(list->count(), 1);
    QListWidgetItem *item = list->item(0);
    QCOMPARE(item->data(Qt::UserRole).toString(), other);
    QVERIFY(item->text().contains(QStringLiteral("10 day(s) overdue")));
    QVERIFY(item->text().contains(QStringLiteral("********")));

    QSignalSpy activated(m_page.get(), &VisitsPage::householdActivated);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), other);
    QCOMPARE(m_page->currentHousehold(), other);
    QTRY_COMPARE(child<QTreeWidget>("visitTree")->topLevelItemCount(), 1);

    // A later visit without a new date clears the reminder.
    Visit followUp = makeVisit(other, shanghai(2026, 3, 18, 15, 0));
    QVERIFY(m_fixture->visits().save(followUp));
    QTRY_COMPARE(list->item(0)->data(Qt::UserRole).toString(), QString());
}

QTEST_MAIN(TestVisitsPage)
#include "testvisitspage.moc"
