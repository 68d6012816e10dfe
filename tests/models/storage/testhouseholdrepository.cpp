// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include "storage/database.h"
#include "storage/householdrepository.h"
#include "testsupport.h"

using namespace Jiuzhu;

class TestHouseholdRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savesAndLoadsEveryField();
    void bumpsVersionAndLogsOnlyChangedFields();
    void tombstonesRemovedMembers();
    void rejectsDuplicateIdNumberInAnotherHousehold();
    void failedSaveChangesNothing();
    void findsByNameIdNumberAndAddress_data();
    void findsByNameIdNumberAndAddress();
    void resolvesPrefixAndIdNumber();
    void removesAsTombstone();

private:
    int changeLogRows(const QString &field = QString()) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<HouseholdRepository> m_repo;
};

void TestHouseholdRepository::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(QStringLiteral(":memory:")));
    m_repo = std::make_unique<HouseholdRepository>(*m_db);
}

void TestHouseholdRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
}

int TestHouseholdRepository::changeLogRows(const QString &field) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE :field = '' OR field = "
                                 ":field"));
    query.bindValue(QStringLiteral(":field"), field.isNull() ? QStringLiteral("") : field);
    if (!query.exec() || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

void TestHouseholdRepository::savesAndLoadsEveryField()
{
    Household household = JiuzhuTest::loadExample(QStringLiteral("family-unemployed-parent"));
    QSignalSpy saved(m_repo.get(), &HouseholdRepository::householdSaved);
    QVERIFY2(m_repo->save(household, QDate(2026, 12, 4)), qPrintable(m_repo->errorString()));
    QCOMPARE(saved.count(), 1);
    QVERIFY(!household.sync.uuid.isEmpty());
    QCOMPARE(household.sync.version, 1);

    const std::optional<Household> loaded = m_repo->load(household.sync.uuid);
    QVERIFY(loaded);
    QCOMPARE(HouseholdJson::toJson(*loaded), HouseholdJson::toJson(household));
    QCOMPARE(loaded->members.size(), 3);
    QCOMPARE(loaded->members.at(1).incomes.first().monthlyFen, qint64(240000));
    QCOMPARE(loaded->members.at(2).birthDate, QDate(2015, 9, 8));
    QCOMPARE(loaded->members.at(2).sex, QStringLiteral("male"));
    QVERIFY(loaded->financialAssetsFen);
    QCOMPARE(*loaded->financialAssetsFen, qint64(600000));
    QVERIFY(!loaded->hasSupporter.has_value());
    QCOMPARE(loaded->sync.station, m_db->stationId());
    QVERIFY(loaded->sync.changedAt.isValid());
}

void TestHouseholdRepository::bumpsVersionAndLogsOnlyChangedFields()
{
    Household household = JiuzhuTest::loadExample(QStringLiteral("xinjing-young-woman"));
    QVERIFY(m_repo->save(household));
    const int afterInsert = changeLogRows();
    QVERIFY(afterInsert > 10);

    household.address = QStringLiteral("长宁区新泾镇示例路 90 弄 1 号");
    QVERIFY(m_repo->save(household));
    QCOMPARE(household.sync.version, 2);
    QCOMPARE(changeLogRows(), afterInsert + 1);
    QCOMPARE(changeLogRows(QStringLiteral("address")), 2);

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT base_version, new_version, old_value FROM "
                                      "change_log WHERE field = 'address' ORDER BY id DESC")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toInt(), 2);
    QVERIFY(query.value(2).toString().contains(QStringLiteral("88 弄")));

    // Saving again without a change writes nothing.
    QVERIFY(m_repo->save(household));
    QCOMPARE(household.sync.version, 2);
    QCOMPARE(changeLogRows(), afterInsert + 1);
}

void TestHouseholdRepository::tombstonesRemovedMembers()
{
    Household household = JiuzhuTest::loadExample(QStringLiteral("elderly-couple-disability"));
    QVERIFY(m_repo->save(household));
    const QString removed = household.members.takeLast().sync.uuid;
    QVERIFY(m_repo->save(household));

    QCOMPARE(m_repo->load(household.sync.uuid)->members.size(), 1);
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT deleted, version FROM members WHERE uuid = :uuid"));
    query.bindValue(QStringLiteral(":uuid"), removed);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toInt(), 2);
    // The ID number of a removed member can be recorded again elsewhere.
    QVERIFY(m_repo->householdWithIdNumber(QStringLiteral("310105194502230024"), {}).isEmpty());
}

void TestHouseholdRepository::rejectsDuplicateIdNumberInAnotherHousehold()
{
    Household first = JiuzhuTest::loadExample(QStringLiteral("xinjing-young-woman"));
    QVERIFY(m_repo->save(first));

    Household second = JiuzhuTest::loadExample(QStringLiteral("family-unemployed-parent"));
    // The child's number replaced by the young woman's: only the duplicate is wrong, so the
    // birth date and sex derived from the old number go too.
    second.members[2].idNumber = QStringLiteral("310105200403150027");
    second.members[2].birthDate = QDate();
    second.members[2].sex.clear();
    QVERIFY(!m_repo->save(second));
    QCOMPARE(m_repo->fieldErrors().size(), 1);
    QCOMPARE(m_repo->fieldErrors().first().field, QStringLiteral("members[2].idNumber"));
    QCOMPARE(m_repo->count(), 1);
}

void TestHouseholdRepository::failedSaveChangesNothing()
{
    Household household = JiuzhuTest::loadExample(QStringLiteral("family-unemployed-parent"));
    household.members[1].relation = QStringLiteral("head");
    const QJsonObject before = HouseholdJson::toJson(household);

    QVERIFY(!m_repo->save(household));
    QCOMPARE(m_repo->fieldErrors().first().field, QStringLiteral("members"));
    QCOMPARE(m_repo->count(), 0);
    QCOMPARE(changeLogRows(), 0);
    // What the advisor typed is still there, ids not half-assigned.
    QVERIFY(household.sync.uuid.isEmpty());
    QCOMPARE(household.members.at(1).name, before.value(QStringLiteral("members"))
                                               .toArray()
                                               .at(1)
                                               .toObject()
                                               .value(QStringLiteral("name"))
                                               .toString());
}

void TestHouseholdRepository::findsByNameIdNumberAndAddress_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("found");
    QTest::newRow("member name") << QStringLiteral("周女士") << 1;
    QTest::newRow("part of an ID number") << QStringLiteral("19420611") << 1;
    QTest::newRow("address") << QStringLiteral("仙霞新村") << 1;
    QTest::newRow("street shared by all") << QStringLiteral("长宁区") << 3;
    QTest::newRow("nothing") << QStringLiteral("不存在的人") << 0;
    QTest::newRow("empty lists all") << QString() << 3;
}

void TestHouseholdRepository::findsByNameIdNumberAndAddress()
{
    QFETCH(QString, search);
    QFETCH(int, found);
    for (const char *name :
         {"xinjing-young-woman", "elderly-couple-disability", "family-unemployed-parent"}) {
        Household household = JiuzhuTest::loadExample(QLatin1String(name));
        QVERIFY(m_repo->save(household));
    }
    QCOMPARE(m_repo->list(search).size(), found);
}

void TestHouseholdRepository::resolvesPrefixAndIdNumber()
{
    Household household = JiuzhuTest::loadExample(QStringLiteral("xinjing-young-woman"));
    QVERIFY(m_repo->save(household));
    const QString uuid = household.sync.uuid;
    QCOMPARE(m_repo->resolve(uuid), uuid);
    QCOMPARE(m_repo->resolve(uuid.left(8)), uuid);
    QCOMPARE(m_repo->resolve(QStringLiteral("310105200403150027")), uuid);
    QCOMPARE(m_repo->resolve(QStringLiteral("nobody")), QString());
}

void TestHouseholdRepository::removesAsTombstone()
{
    Household household = JiuzhuTest::loadExample(QStringLiteral("xinjing-young-woman"));
    QVERIFY(m_repo->save(household));
    QVERIFY(m_repo->remove(household.sync.uuid));
    QCOMPARE(m_repo->count(), 0);
    QVERIFY(!m_repo->load(household.sync.uuid));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM households WHERE deleted = 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestHouseholdRepository)
#include "testhouseholdrepository.moc"
