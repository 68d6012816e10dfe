// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include "core/money.h"
#include "screening/coveragegapmodel.h"

using namespace Jiuzhu;

class TestCoverageGapModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void isEmptyBeforeTheFirstRun();
    void showsOneRowPerGapWithMaskedIdNumber();
    void sortRoleGivesRawAmountsAndLevels();
    void unknownAmountSortsBelowZero();
    void newRunResetsTheList();

private:
    static QList<CoverageGapRow> twoGaps();

    std::unique_ptr<CoverageGapModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QList<CoverageGapRow> TestCoverageGapModel::twoGaps()
{
    CoverageGapRow dibao;
    dibao.householdUuid = QStringLiteral("11111111-aaaa");
    dibao.headName = QStringLiteral("小林");
    dibao.headIdNumber = QStringLiteral("310105200403150027");
    dibao.streetCode = QStringLiteral("310105001");
    dibao.streetName = QStringLiteral("华阳路街道");
    dibao.policyCode = QStringLiteral("dibao");
    dibao.policyName = QStringLiteral("最低生活保障");
    dibao.status = MatchStatus::Eligible;
    dibao.amountFen = 165000;
    dibao.monthlyFen = 165000;
    dibao.level = 3;

    CoverageGapRow medical = dibao;
    medical.policyCode = QStringLiteral("medical_assistance");
    medical.policyName = QStringLiteral("医疗救助");
    medical.status = MatchStatus::PossiblyEligible;
    medical.amountFen.reset();
    medical.monthlyFen = 0;
    medical.level = 0;
    return {dibao, medical};
}

void TestCoverageGapModel::init()
{
    m_model = std::make_unique<CoverageGapModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCoverageGapModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestCoverageGapModel::isEmptyBeforeTheFirstRun()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(CoverageGapModel::Column::Count));
    QVERIFY(!m_model->headerData(int(CoverageGapModel::Column::MonthlyAmount), Qt::Horizontal)
                 .toString()
                 .isEmpty());
}

void TestCoverageGapModel::showsOneRowPerGapWithMaskedIdNumber()
{
    m_model->setRows(twoGaps());

    QCOMPARE(m_model->rowCount(), 2);
    const auto cell = [this](int row, CoverageGapModel::Column column, int role) {
        return m_model->index(row, int(column)).data(role);
    };
    QCOMPARE(cell(0, CoverageGapModel::Column::Head, Qt::DisplayRole).toString(),
             QStringLiteral("小林"));
    QCOMPARE(cell(0, CoverageGapModel::Column::IdNumber, Qt::DisplayRole).toString(),
             QStringLiteral("310105********0027"));
    QCOMPARE(cell(0, CoverageGapModel::Column::Street, Qt::DisplayRole).toString(),
             QStringLiteral("华阳路街道"));
    QCOMPARE(cell(1, CoverageGapModel::Column::Policy, Qt::DisplayRole).toString(),
             QStringLiteral("医疗救助"));
    QCOMPARE(cell(1, CoverageGapModel::Column::Status, Qt::DisplayRole).toString(),
             matchStatusLabel(MatchStatus::PossiblyEligible));
    QCOMPARE(cell(1, CoverageGapModel::Column::Head, CoverageGapModel::PolicyCodeRole).toString(),
             QStringLiteral("medical_assistance"));
    QCOMPARE(
        cell(1, CoverageGapModel::Column::Level, CoverageGapModel::HouseholdUuidRole).toString(),
        QStringLiteral("11111111-aaaa"));
    QCOMPARE(cell(0, CoverageGapModel::Column::MonthlyAmount, Qt::DisplayRole).toString(),
             Money::formatYuan(165000, QLocale(), false));
}

void TestCoverageGapModel::sortRoleGivesRawAmountsAndLevels()
{
    m_model->setRows(twoGaps());

    QCOMPARE(m_model->index(0, int(CoverageGapModel::Column::MonthlyAmount))
                 .data(CoverageGapModel::SortRole)
                 .toLongLong(),
             165000);
    QCOMPARE(
        m_model->index(0, int(CoverageGapModel::Column::Level)).data(CoverageGapModel::SortRole),
        QVariant(3));
    QCOMPARE(m_model->index(0, int(CoverageGapModel::Column::Street))
                 .data(CoverageGapModel::SortRole)
                 .toString(),
             QStringLiteral("华阳路街道"));
}

void TestCoverageGapModel::unknownAmountSortsBelowZero()
{
    m_model->setRows(twoGaps());

    QCOMPARE(m_model->index(1, int(CoverageGapModel::Column::MonthlyAmount))
                 .data(CoverageGapModel::SortRole)
                 .toLongLong(),
             -1);
    QVERIFY(!m_model->index(1, int(CoverageGapModel::Column::MonthlyAmount))
                 .data()
                 .toString()
                 .isEmpty());
}

void TestCoverageGapModel::newRunResetsTheList()
{
    m_model->setRows(twoGaps());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->setRows(twoGaps().mid(1));

    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->row(0).policyCode, QStringLiteral("medical_assistance"));
}

QTEST_GUILESS_MAIN(TestCoverageGapModel)
#include "testcoveragegapmodel.moc"
