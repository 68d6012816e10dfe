// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>
#include <optional>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QTest>

#include "assessment/assessment.h"
#include "households/areas.h"
#include "households/householdtablemodel.h"
#include "storage/assessmentrepository.h"
#include "storage/database.h"
#include "storage/householdrepository.h"

using namespace Jiuzhu;

namespace {

// Synthetic numbers with correct check characters.
const QString YoungWomanId = QStringLiteral("310105200403150027");
const QString OldManId = QStringLiteral("310105194206110036");

Household makeHousehold(const QString &name, const QString &idNumber, const QString &address)
{
    Household household;
    household.district = QStringLiteral("310105");
    household.street = QStringLiteral("310105102");
    household.committee = QStringLiteral("示例居委会");
    household.address = address;
    Member head;
    head.name = name;
    head.idNumber = idNumber;
    head.relation = QStringLiteral("head");
    head.hukou = QStringLiteral("shanghai");
    household.members << head;
    return household;
}

} // namespace

class TestHouseholdTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsEmpty();
    void listsHouseholdsWithMaskedIdNumbers();
    void namesTheStreetFromTheAreaList();
    void reloadsWhenHouseholdSavedOrRemoved();
    void searchNarrowsTheRows_data();
    void searchNarrowsTheRows();
    void showsLevelOfLatestAssessment();
    void showsLastChangeInShanghaiTime();
    void sortsByRawValues();

private:
    QString addHousehold(const QString &name, const QString &idNumber, const QString &address);

    std::optional<Areas> m_areas;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HouseholdRepository> m_households;
    std::unique_ptr<AssessmentRepository> m_assessments;
    std::unique_ptr<HouseholdTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestHouseholdTableModel::initTestCase()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        QSKIP("The QSQLITE driver is not available");
    }
    Result<Areas> areas = Areas::loadBundled();
    QVERIFY2(areas.isOk(), qPrintable(areas.error()));
    m_areas = std::move(areas).value();
}

void TestHouseholdTableModel::init()
{
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(QStringLiteral(":memory:")), qPrintable(m_database->errorString()));
    m_households = std::make_unique<HouseholdRepository>(*m_database);
    m_assessments = std::make_unique<AssessmentRepository>(*m_database);
    m_model = std::make_unique<HouseholdTableModel>(*m_households, *m_assessments, *m_areas);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestHouseholdTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_assessments.reset();
    m_households.reset();
    m_database.reset();
}

QString TestHouseholdTableModel::addHousehold(const QString &name, const QString &idNumber,
                                              const QString &address)
{
    Household household = makeHousehold(name, idNumber, address);
    if (!m_households->save(household, QDate(2026, 1, 15))) {
        qWarning("save failed: %s", qPrintable(m_households->errorString()));
        return QString();
    }
    return household.sync.uuid;
}

void TestHouseholdTableModel::startsEmpty()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(HouseholdTableModel::Column::Count));
    QCOMPARE(
        m_model->headerData(int(HouseholdTableModel::Column::IdNumber), Qt::Horizontal).toString(),
        u"ID number"_qs);
}

void TestHouseholdTableModel::listsHouseholdsWithMaskedIdNumbers()
{
    const QString uuid = addHousehold(u"林晓"_qs, YoungWomanId, u"示例路 88 弄 6 号"_qs);
    QVERIFY(!uuid.isEmpty());

    QCOMPARE(m_model->rowCount(), 1);
    const auto cell = [this](HouseholdTableModel::Column column, int role = Qt::DisplayRole) {
        return m_model->index(0, int(column)).data(role);
    };
    QCOMPARE(cell(HouseholdTableModel::Column::HeadName).toString(), u"林晓"_qs);
    QCOMPARE(cell(HouseholdTableModel::Column::IdNumber).toString(), u"310105********0027"_qs);
    QCOMPARE(cell(HouseholdTableModel::Column::Address).toString(), u"示例路 88 弄 6 号"_qs);
    QCOMPARE(cell(HouseholdTableModel::Column::Members).toString(), u"1"_qs);
    QCOMPARE(cell(HouseholdTableModel::Column::Level).toString(), u"Not assessed"_qs);
    QCOMPARE(cell(HouseholdTableModel::Column::HeadName, HouseholdTableModel::UuidRole).toString(),
             uuid);
    QCOMPARE(m_model->rowOf(uuid), 0);

    // No role of any cell carries the full number.
    for (int column = 0; column < m_model->columnCount(); ++column) {
        for (int role :
             {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(HouseholdTableModel::RawValueRole)}) {
            QVERIFY(!m_model->index(0, column).data(role).toString().contains(YoungWomanId));
        }
    }
}

void TestHouseholdTableModel::namesTheStreetFromTheAreaList()
{
    addHousehold(u"林晓"_qs, YoungWomanId, u"示例路 1 号"_qs);
    QCOMPARE(m_model->index(0, int(HouseholdTableModel::Column::Street)).data().toString(),
             m_areas->streetName(u"310105102"_qs));
    QVERIFY(!m_areas->streetName(u"310105102"_qs).isEmpty());
}

void TestHouseholdTableModel::reloadsWhenHouseholdSavedOrRemoved()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    const QString first = addHousehold(u"林晓"_qs, YoungWomanId, u"示例路 1 号"_qs);
    const QString second = addHousehold(u"王建国"_qs, OldManId, u"示例路 2 号"_qs);
    QCOMPARE(resets.count(), 2);
    QCOMPARE(m_model->rowCount(), 2);

    QVERIFY(m_households->remove(first));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->uuid(0), second);
    QCOMPARE(m_model->rowOf(first), -1);
}

void TestHouseholdTableModel::searchNarrowsTheRows_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("expectedHead");

    QTest::newRow("by name") << u"建国"_qs << u"王建国"_qs;
    QTest::newRow("by full ID number") << OldManId << u"王建国"_qs;
    QTest::newRow("by ID number digits") << u"20040315"_qs << u"林晓"_qs;
    QTest::newRow("by address") << u"示例路 2"_qs << u"王建国"_qs;
    QTest::newRow("no match") << u"不存在"_qs << QString();
}

void TestHouseholdTableModel::searchNarrowsTheRows()
{
    QFETCH(QString, search);
    QFETCH(QString, expectedHead);
    addHousehold(u"林晓"_qs, YoungWomanId, u"示例路 1 号"_qs);
    addHousehold(u"王建国"_qs, OldManId, u"示例路 2 号"_qs);

    m_model->setSearchText(search);
    QCOMPARE(m_model->rowCount(), expectedHead.isEmpty() ? 0 : 1);
    if (!expectedHead.isEmpty()) {
        QCOMPARE(m_model->index(0, 0).data().toString(), expectedHead);
    }

    m_model->setSearchText(QString());
    QCOMPARE(m_model->rowCount(), 2);
}

void TestHouseholdTableModel::showsLevelOfLatestAssessment()
{
    const QString uuid = addHousehold(u"林晓"_qs, YoungWomanId, u"示例路 1 号"_qs);
    Assessment assessment;
    assessment.householdUuid = uuid;
    assessment.assessedAt = QDateTime::currentDateTimeUtc();
    assessment.score = 70;
    assessment.level = 4;
    assessment.levelLabel = {u"特别困难"_qs, u"Severe hardship"_qs};
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_assessments->save(assessment));

    QCOMPARE(resets.count(), 1);
    const QModelIndex level = m_model->index(0, int(HouseholdTableModel::Column::Level));
    QCOMPARE(level.data().toString(), u"Severe hardship"_qs);
    QCOMPARE(level.data(HouseholdTableModel::RawValueRole).toInt(), 4);
}

void TestHouseholdTableModel::showsLastChangeInShanghaiTime()
{
    const QDateTime utc(QDate(2026, 3, 1), QTime(20, 30), Qt::UTC);
    const QDateTime shown = HouseholdTableModel::toShanghaiTime(utc);
    QCOMPARE(shown.date(), QDate(2026, 3, 2));
    QCOMPARE(shown.time(), QTime(4, 30));
    QCOMPARE(shown.offsetFromUtc(), 8 * 3600);

    addHousehold(u"林晓"_qs, YoungWomanId, u"示例路 1 号"_qs);
    const QModelIndex changed = m_model->index(0, int(HouseholdTableModel::Column::ChangedAt));
    const QDateTime raw = changed.data(HouseholdTableModel::RawValueRole).toDateTime();
    QVERIFY(raw.isValid());
    QCOMPARE(changed.data().toString(),
             QLocale().toString(HouseholdTableModel::toShanghaiTime(raw), QLocale::ShortFormat));
}

void TestHouseholdTableModel::sortsByRawValues()
{
    addHousehold(u"林晓"_qs, YoungWomanId, u"示例路 1 号"_qs);
    Household family = makeHousehold(u"王建国"_qs, OldManId, u"示例路 2 号"_qs);
    Member spouse;
    spouse.name = u"李梅"_qs;
    spouse.idNumber = u"310105194506200025"_qs;
    spouse.relation = u"spouse"_qs;
    family.members << spouse;
    QVERIFY2(m_households->save(family, QDate(2026, 1, 15)),
             qPrintable(m_households->errorString()));

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(HouseholdTableModel::RawValueRole);
    proxy.sort(int(HouseholdTableModel::Column::Members), Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"王建国"_qs);
    proxy.sort(int(HouseholdTableModel::Column::Members), Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"林晓"_qs);
}

QTEST_GUILESS_MAIN(TestHouseholdTableModel)
#include "testhouseholdtablemodel.moc"
