// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <functional>
#include <memory>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include "households/householddialog.h"
#include "testservices.h"

using namespace Jiuzhu;
using Jiuzhu::Testing::TestServices;

namespace {

// Synthetic numbers: valid check characters, invented people.
const QString YoungWomanId = QStringLiteral("310105200403150027"); // female, 2004-03-15
const QString OldManId = QStringLiteral("310105194206110036");     // male, 1942-06-11
const QString BadCheckId = QStringLiteral("310105198001010010");   // check should be 3

template <typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestHouseholdDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void savesTypedHouseholdWithLocaleAmounts();
    void derivesBirthDateAndSexFromTheIdNumber();
    void showsMismatchBetweenIdAndTypedSex();
    void validatesIdNumberWhileTyping();
    void refusesUnparseableAmountAndKeepsInput();
    void refusesIdNumberRecordedInAnotherHousehold();
    void requiresExactlyOneHead();
    void streetsFollowTheDistrict();
    void editKeepsTheHouseholdAndItsBenefits();
    void asksWhetherADisasterHitTheHousehold();
    void createHouseholdReturnsUuidFromModalRun();
    void createHouseholdReturnsNulloptOnCancel();

private:
    void fillHousehold(const QString &address);
    void fillMember(const QString &name, const QString &idNumber);
    void clickSave();

    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<HouseholdDialog> m_dialog;
};

void TestHouseholdDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Amounts are typed the way the English locale writes them ("1,200.50").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestHouseholdDialog::init()
{
    m_services = std::make_unique<TestServices>();
    QVERIFY2(m_services->isValid(), qPrintable(m_services->error()));
    m_dialog = std::make_unique<HouseholdDialog>(m_services->services());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestHouseholdDialog::cleanup()
{
    m_dialog.reset();
    m_services.reset();
}

void TestHouseholdDialog::fillHousehold(const QString &address)
{
    auto *street = child<QComboBox>(m_dialog.get(), "streetCombo");
    QVERIFY(street);
    QVERIFY(street->count() > 1);
    street->setCurrentIndex(1);
    auto *addressEdit = child<QLineEdit>(m_dialog.get(), "addressEdit");
    QVERIFY(addressEdit);
    QTest::keyClicks(addressEdit, address);
    QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "committeeEdit"), u"Example committee"_qs);
}

void TestHouseholdDialog::fillMember(const QString &name, const QString &idNumber)
{
    child<QTabWidget>(m_dialog.get(), "tabs")
        ->setCurrentWidget(child<QWidget>(m_dialog.get(), "membersTab"));
    auto *nameEdit = child<QLineEdit>(m_dialog.get(), "nameEdit");
    auto *idEdit = child<QLineEdit>(m_dialog.get(), "idNumberEdit");
    QVERIFY(nameEdit && idEdit);
    QVERIFY(nameEdit->isEnabled());
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    idEdit->clear();
    QTest::keyClicks(idEdit, idNumber);
}

void TestHouseholdDialog::clickSave()
{
    auto *save = child<QPushButton>(m_dialog.get(), "saveButton");
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
}

void TestHouseholdDialog::savesTypedHouseholdWithLocaleAmounts()
{
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    fillHousehold(u"Example Road 88, room 302"_qs);
    QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "financialAssetsEdit"), u"2,300"_qs);
    fillMember(u"Lin Xiao"_qs, YoungWomanId);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addIncomeButton"), Qt::LeftButton);
    auto *income = child<QLineEdit>(m_dialog.get(), "incomeAmountEdit");
    QVERIFY(income);
    QTest::keyClicks(income, u"1,200.50"_qs);
    QVERIFY(!child<QLabel>(m_dialog.get(), "incomesError")->isVisible());

    clickSave();
    QTRY_COMPARE(accepted.count(), 1);
    QVERIFY(!m_dialog->savedUuid().isEmpty());

    const std::optional<Household> saved = m_services->households().load(m_dialog->savedUuid());
    QVERIFY(saved);
    QCOMPARE(saved->address, u"Example Road 88, room 302"_qs);
    QVERIFY(saved->street.startsWith(u"310105"_qs));
    QCOMPARE(saved->financialAssetsFen, std::optional<qint64>(230000));
    QCOMPARE(saved->members.size(), 1);
    const Member &member = saved->members.constFirst();
    QCOMPARE(member.name, u"Lin Xiao"_qs);
    QCOMPARE(member.idNumber, YoungWomanId);
    QCOMPARE(member.relation, u"head"_qs);
    QCOMPARE(member.incomes.size(), 1);
    QCOMPARE(member.incomes.constFirst().kind, u"wage"_qs);
    QCOMPARE(member.incomes.constFirst().monthlyFen, qint64(120050));
}

void TestHouseholdDialog::derivesBirthDateAndSexFromTheIdNumber()
{
    fillMember(u"Wang Jianguo"_qs, OldManId);
    QCOMPARE(child<QDateEdit>(m_dialog.get(), "birthDateEdit")->date(), QDate(1942, 6, 11));
    QCOMPARE(child<QComboBox>(m_dialog.get(), "sexCombo")->currentData().toString(), u"male"_qs);

    fillMember(u"Lin Xiao"_qs, YoungWomanId);
    QCOMPARE(child<QDateEdit>(m_dialog.get(), "birthDateEdit")->date(), QDate(2004, 3, 15));
    QCOMPARE(child<QComboBox>(m_dialog.get(), "sexCombo")->currentData().toString(), u"female"_qs);
}

void TestHouseholdDialog::showsMismatchBetweenIdAndTypedSex()
{
    fillMember(u"Wang Jianguo"_qs, OldManId);
    auto *error = child<QLabel>(m_dialog.get(), "idNumberError");
    QVERIFY(error);
    QVERIFY(!error->isVisible());

    auto *sex = child<QComboBox>(m_dialog.get(), "sexCombo");
    sex->setCurrentIndex(sex->findData(u"female"_qs));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());

    sex->setCurrentIndex(sex->findData(u"male"_qs));
    QTRY_VERIFY(!error->isVisible());
}

void TestHouseholdDialog::validatesIdNumberWhileTyping()
{
    fillMember(u"Zhang San"_qs, BadCheckId);
    auto *error = child<QLabel>(m_dialog.get(), "idNumberError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u'3'), qPrintable(error->text()));
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "idNumberEdit")->toolTip(), error->text());

    fillMember(u"Zhang San"_qs, YoungWomanId);
    QTRY_VERIFY(!error->isVisible());
}

void TestHouseholdDialog::refusesUnparseableAmountAndKeepsInput()
{
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    fillHousehold(u"Example Road 1"_qs);
    fillMember(u"Lin Xiao"_qs, YoungWomanId);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addIncomeButton"), Qt::LeftButton);
    auto *income = child<QLineEdit>(m_dialog.get(), "incomeAmountEdit");
    QTest::keyClicks(income, u"abc"_qs);
    auto *incomesError = child<QLabel>(m_dialog.get(), "incomesError");
    QTRY_VERIFY(incomesError->isVisible());

    clickSave();
    QCOMPARE(accepted.count(), 0);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_services->households().count(), 0);
    QVERIFY(incomesError->isVisible());
    QVERIFY(!incomesError->text().isEmpty());
    QVERIFY(child<QLabel>(m_dialog.get(), "saveError")->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), income);

    // Nothing typed was lost; correcting the amount is enough to save.
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "nameEdit")->text(), u"Lin Xiao"_qs);
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "addressEdit")->text(), u"Example Road 1"_qs);
    QCOMPARE(income->text(), u"abc"_qs);
    income->selectAll();
    QTest::keyClicks(income, u"1,200.50"_qs);
    QTRY_VERIFY(!incomesError->isVisible());
    clickSave();
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(m_services->households().count(), 1);
}

void TestHouseholdDialog::refusesIdNumberRecordedInAnotherHousehold()
{
    Household other = Testing::sampleHousehold(u"Wang Jianguo"_qs, OldManId, u"Road 2"_qs);
    QVERIFY(m_services->households().save(other));

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    fillHousehold(u"Example Road 1"_qs);
    child<QTabWidget>(m_dialog.get(), "tabs")->setCurrentIndex(0);
    fillMember(u"Wang Jianguo"_qs, OldManId);
    child<QTabWidget>(m_dialog.get(), "tabs")->setCurrentIndex(0);
    clickSave();

    QCOMPARE(accepted.count(), 0);
    QCOMPARE(m_services->households().count(), 1);
    auto *error = child<QLabel>(m_dialog.get(), "idNumberError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"another household"_qs), qPrintable(error->text()));
    QCOMPARE(child<QTabWidget>(m_dialog.get(), "tabs")->currentWidget(),
             child<QWidget>(m_dialog.get(), "membersTab"));
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(m_dialog.get(), "idNumberEdit"));
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "nameEdit")->text(), u"Wang Jianguo"_qs);

    // The message stays until the number is changed.
    fillMember(u"Wang Jianguo"_qs, YoungWomanId);
    QTRY_VERIFY(!error->isVisible());
}

void TestHouseholdDialog::requiresExactlyOneHead()
{
    fillHousehold(u"Example Road 1"_qs);
    fillMember(u"Wang Jianguo"_qs, OldManId);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addMemberButton"), Qt::LeftButton);
    QCOMPARE(child<QTableWidget>(m_dialog.get(), "membersTable")->rowCount(), 2);
    fillMember(u"Lin Xiao"_qs, YoungWomanId);
    auto *relation = child<QComboBox>(m_dialog.get(), "relationCombo");
    QVERIFY(relation->currentData().toString().isEmpty());
    relation->setCurrentIndex(relation->findData(u"head"_qs));
    clickSave();

    auto *membersError = child<QLabel>(m_dialog.get(), "membersError");
    QTRY_VERIFY(membersError->isVisible());
    QVERIFY(!membersError->text().isEmpty());
    QCOMPARE(m_services->households().count(), 0);

    relation->setCurrentIndex(relation->findData(u"child"_qs));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    clickSave();
    QTRY_COMPARE(accepted.count(), 1);
    const std::optional<Household> saved = m_services->households().load(m_dialog->savedUuid());
    QVERIFY(saved);
    QCOMPARE(saved->members.size(), 2);
    QCOMPARE(saved->members.at(1).relation, u"child"_qs);
}

void TestHouseholdDialog::streetsFollowTheDistrict()
{
    auto *district = child<QComboBox>(m_dialog.get(), "districtCombo");
    auto *street = child<QComboBox>(m_dialog.get(), "streetCombo");
    QCOMPARE(district->currentData().toString(), u"310105"_qs);
    const int changningStreets = street->count() - 1;
    QVERIFY(changningStreets > 0);
    for (int i = 1; i < street->count(); ++i) {
        QVERIFY(street->itemData(i).toString().startsWith(u"310105"_qs));
    }

    district->setCurrentIndex(district->findData(u"310101"_qs));
    QCOMPARE(street->count(), 1);
    QVERIFY(street->currentData().toString().isEmpty());
}

void TestHouseholdDialog::editKeepsTheHouseholdAndItsBenefits()
{
    Household existing = Testing::sampleHousehold(u"Lin Xiao"_qs, YoungWomanId, u"Road 2"_qs);
    existing.benefits << Benefit{{}, u"dibao"_qs, QString(), QDate(2021, 3, 1), 165000};
    QVERIFY(m_services->households().save(existing));
    m_dialog->setHousehold(*m_services->households().load(existing.sync.uuid));

    QCOMPARE(child<QTableWidget>(m_dialog.get(), "benefitsTable")->rowCount(), 1);
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "benefitAmountEdit")->text(), u"1,650"_qs);
    auto *address = child<QLineEdit>(m_dialog.get(), "addressEdit");
    address->selectAll();
    QTest::keyClicks(address, u"Road 3"_qs);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    clickSave();
    QTRY_COMPARE(accepted.count(), 1);

    QCOMPARE(m_dialog->savedUuid(), existing.sync.uuid);
    const std::optional<Household> saved = m_services->households().load(existing.sync.uuid);
    QCOMPARE(saved->address, u"Road 3"_qs);
    QCOMPARE(saved->benefits.size(), 1);
    QCOMPARE(saved->benefits.constFirst().policyCode, u"dibao"_qs);
    QCOMPARE(saved->benefits.constFirst().monthlyFen, qint64(165000));
    QCOMPARE(saved->benefits.constFirst().sync.uuid, existing.benefits.constFirst().sync.uuid);
    QCOMPARE(saved->members.constFirst().sync.uuid, existing.members.constFirst().sync.uuid);
    QVERIFY(saved->sync.version > existing.sync.version);
}

// The two disaster relief policies need the answer; "Not known" stays unknown, so the
// household reads "possibly eligible" for them rather than "not eligible".
void TestHouseholdDialog::asksWhetherADisasterHitTheHousehold()
{
    Household existing = Testing::sampleHousehold(u"Lin Xiao"_qs, YoungWomanId, u"Road 2"_qs);
    QVERIFY(m_services->households().save(existing));
    m_dialog->setHousehold(*m_services->households().load(existing.sync.uuid));
    auto *disaster = child<QComboBox>(m_dialog.get(), "disasterCombo");
    QCOMPARE(disaster->currentData().toString(), QString());

    disaster->setCurrentIndex(disaster->findData(u"yes"_qs));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    clickSave();
    QTRY_COMPARE(accepted.count(), 1);
    std::optional<Household> saved = m_services->households().load(existing.sync.uuid);
    QCOMPARE(saved->isDisasterAffected, std::optional<bool>(true));

    // Opened again, the answer is shown as it was saved, and "No" is kept as no.
    m_dialog = std::make_unique<HouseholdDialog>(m_services->services());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->setHousehold(*saved);
    disaster = child<QComboBox>(m_dialog.get(), "disasterCombo");
    QCOMPARE(disaster->currentData().toString(), u"yes"_qs);
    disaster->setCurrentIndex(disaster->findData(u"no"_qs));
    QSignalSpy acceptedAgain(m_dialog.get(), &QDialog::accepted);
    clickSave();
    QTRY_COMPARE(acceptedAgain.count(), 1);
    saved = m_services->households().load(existing.sync.uuid);
    QCOMPARE(saved->isDisasterAffected, std::optional<bool>(false));
}

void TestHouseholdDialog::createHouseholdReturnsUuidFromModalRun()
{
    m_dialog.reset();
    bool wasDriven = false;
    // Fills the dialog once exec() has shown it; set up before the call that blocks.
    std::function<void()> drive = [&] {
        auto *dialog = qobject_cast<HouseholdDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(10, this, drive);
            return;
        }
        wasDriven = true;
        child<QComboBox>(dialog, "streetCombo")->setCurrentIndex(1);
        QTest::keyClicks(child<QLineEdit>(dialog, "addressEdit"), u"Example Road 5"_qs);
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), u"Lin Xiao"_qs);
        QTest::keyClicks(child<QLineEdit>(dialog, "idNumberEdit"), YoungWomanId);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    };
    QTimer::singleShot(0, this, drive);

    const std::optional<QString> uuid =
        HouseholdDialog::createHousehold(m_services->services(), nullptr);
    QVERIFY(wasDriven);
    QVERIFY(uuid);
    const std::optional<Household> saved = m_services->households().load(*uuid);
    QVERIFY(saved);
    QCOMPARE(saved->members.constFirst().name, u"Lin Xiao"_qs);
}

void TestHouseholdDialog::createHouseholdReturnsNulloptOnCancel()
{
    m_dialog.reset();
    std::function<void()> drive = [&] {
        auto *dialog = qobject_cast<HouseholdDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(10, this, drive);
            return;
        }
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    };
    QTimer::singleShot(0, this, drive);

    QCOMPARE(HouseholdDialog::createHousehold(m_services->services(), nullptr), std::nullopt);
    QCOMPARE(m_services->households().count(), 0);
}

QTEST_MAIN(TestHouseholdDialog)
#include "testhouseholddialog.moc"
