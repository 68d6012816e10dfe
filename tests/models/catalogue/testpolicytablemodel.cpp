// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "catalogue/catalogue.h"
#include "catalogue/policytablemodel.h"

using namespace Jiuzhu;

class TestPolicyTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryPolicyWithoutFilter();
    void filters_data();
    void filters();
    void showsLabelsAndCodes();
    void unknownCategoryShowsItsCode();
    void sameFilterDoesNotReset();

private:
    std::optional<Catalogue> m_catalogue;
};

void TestPolicyTableModel::initTestCase()
{
    Result<Catalogue> catalogue = Catalogue::loadBundled();
    QVERIFY2(catalogue.isOk(), qPrintable(catalogue.error()));
    m_catalogue = std::move(catalogue).value();
}

void TestPolicyTableModel::listsEveryPolicyWithoutFilter()
{
    PolicyTableModel model(*m_catalogue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), m_catalogue->policies().size());
    QCOMPARE(model.columnCount(), int(PolicyTableModel::Column::Count));
    QCOMPARE(model.policyAt(0)->code, m_catalogue->policies().first().code);
    QCOMPARE(model.policyAt(model.rowCount()), nullptr);
}

void TestPolicyTableModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("targetGroup");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<bool>("expectFewer");

    QTest::newRow("two-character Chinese word")
        << QStringLiteral("低保") << QString() << QString() << QStringLiteral("dibao") << true;
    QTest::newRow("pinyin keyword")
        << QStringLiteral("dibao") << QString() << QString() << QStringLiteral("dibao") << true;
    QTest::newRow("category only") << QString() << QStringLiteral("disability") << QString()
                                   << QStringLiteral("disability_living_subsidy") << true;
    QTest::newRow("text within category") << QStringLiteral("低保") << QStringLiteral("basic")
                                          << QString() << QStringLiteral("dibao") << true;
    QTest::newRow("target group only") << QString() << QString() << QStringLiteral("elderly")
                                       << QStringLiteral("elderly_allowance") << true;
    QTest::newRow("target group within category")
        << QString() << QStringLiteral("education") << QStringLiteral("children")
        << QStringLiteral("compulsory_education_aid") << true;
    QTest::newRow("text within target group")
        << QStringLiteral("医疗") << QString() << QStringLiteral("low_income")
        << QStringLiteral("medical_assistance") << true;
    QTest::newRow("target group no policy in the category is for")
        << QString() << QStringLiteral("elderly") << QStringLiteral("students") << QString()
        << true;
    QTest::newRow("nothing matches")
        << QStringLiteral("zzqqxx") << QString() << QString() << QString() << true;
}

void TestPolicyTableModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, category);
    QFETCH(QString, targetGroup);
    QFETCH(QString, expectedCode);
    QFETCH(bool, expectFewer);

    PolicyTableModel model(*m_catalogue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFilter(text, category, targetGroup);

    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.filterText(), text);
    QCOMPARE(model.filterTargetGroup(), targetGroup);
    if (expectFewer) {
        QVERIFY(model.rowCount() < m_catalogue->policies().size());
    }
    if (expectedCode.isEmpty()) {
        QCOMPARE(model.rowCount(), 0);
        return;
    }
    QVERIFY(model.rowOf(expectedCode) >= 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!category.isEmpty()) {
            QCOMPARE(model.policyAt(row)->category, category);
        }
        if (!targetGroup.isEmpty()) {
            QVERIFY(model.policyAt(row)->targetGroups.contains(targetGroup));
        }
        const QModelIndex index = model.index(row, int(PolicyTableModel::Column::Name));
        QCOMPARE(index.data(PolicyTableModel::CodeRole).toString(), model.policyAt(row)->code);
    }
}

void TestPolicyTableModel::showsLabelsAndCodes()
{
    PolicyTableModel model(*m_catalogue);
    const int row = model.rowOf(QStringLiteral("dibao"));
    QVERIFY(row >= 0);

    const QModelIndex category = model.index(row, int(PolicyTableModel::Column::Category));
    QCOMPARE(category.data().toString(), PolicyTableModel::categoryLabel(QStringLiteral("basic")));
    QCOMPARE(category.data(PolicyTableModel::RawRole).toString(), QStringLiteral("basic"));
    QVERIFY(category.data().toString() != QLatin1String("basic"));

    const QModelIndex name = model.index(row, int(PolicyTableModel::Column::Name));
    QVERIFY(!name.data().toString().isEmpty());
    const QModelIndex target = model.index(row, int(PolicyTableModel::Column::Target));
    QVERIFY(!target.data().toString().isEmpty());
    QVERIFY(!model.headerData(0, Qt::Horizontal).toString().isEmpty());
}

void TestPolicyTableModel::unknownCategoryShowsItsCode()
{
    QCOMPARE(PolicyTableModel::categoryLabel(QStringLiteral("not_a_category")),
             QStringLiteral("not_a_category"));
    QVERIFY(PolicyTableModel::categories().contains(QStringLiteral("medical")));
}

void TestPolicyTableModel::sameFilterDoesNotReset()
{
    PolicyTableModel model(*m_catalogue);
    model.setFilter(QStringLiteral("低保"), QString(), QStringLiteral("low_income"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFilter(QStringLiteral("低保"), QString(), QStringLiteral("low_income"));
    QCOMPARE(reset.count(), 0);
}

QTEST_GUILESS_MAIN(TestPolicyTableModel)
#include "testpolicytablemodel.moc"
