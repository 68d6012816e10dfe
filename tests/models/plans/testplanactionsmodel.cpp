// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "catalogue/catalogue.h"
#include "households/vocabulary.h"
#include "plans/planactionsmodel.h"

using namespace Jiuzhu;
using Column = PlanActionsModel::Column;

namespace {

PlanAction makeAction(const QString &title, const QString &kind = QStringLiteral("other"))
{
    PlanAction action;
    action.stage = QStringLiteral("plan");
    action.kind = kind;
    action.title = title;
    action.owner = QStringLiteral("王芳");
    action.due = QDate(2026, 3, 15);
    action.status = QStringLiteral("todo");
    return action;
}

QStringList titles(const PlanActionsModel &model)
{
    QStringList result;
    for (const PlanAction &action : model.actions()) {
        result << action.title;
    }
    return result;
}

} // namespace

class TestPlanActionsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsLabelsAndGivesCodes();
    void edits_data();
    void edits();
    void choosingPolicyMakesAnApplication();
    void clearsDueDate();
    void insertsAndRemovesRows();
    void readOnlyRefusesEdits();
    void reportsModified();

private:
    std::optional<Catalogue> m_catalogue;
};

void TestPlanActionsModel::initTestCase()
{
    Result<Catalogue> catalogue = Catalogue::loadBundled();
    QVERIFY2(catalogue.isOk(), qPrintable(catalogue.error()));
    m_catalogue = std::move(catalogue).value();
}

void TestPlanActionsModel::showsLabelsAndGivesCodes()
{
    PlanActionsModel model(*m_catalogue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PlanAction apply = makeAction(QStringLiteral("申请低保"), QStringLiteral("apply"));
    apply.policyCode = QStringLiteral("dibao");
    model.setActions({apply});

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(Column::Count));
    const QModelIndex stage = model.index(0, int(Column::Stage));
    QCOMPARE(stage.data().toString(),
             Vocabulary::label(Vocabulary::List::PlanStage, QStringLiteral("plan")));
    QCOMPARE(stage.data(Qt::EditRole).toString(), QStringLiteral("plan"));
    const QModelIndex policy = model.index(0, int(Column::Policy));
    QCOMPARE(policy.data().toString(),
             m_catalogue->policy(QStringLiteral("dibao"))->name.text(QLocale()));
    QCOMPARE(policy.data(PlanActionsModel::RawRole).toString(), QStringLiteral("dibao"));
    QCOMPARE(model.index(0, int(Column::Due)).data(Qt::EditRole).toDate(), QDate(2026, 3, 15));
    QVERIFY(model.flags(stage) & Qt::ItemIsEditable);
    QVERIFY(!model.isModified());
}

void TestPlanActionsModel::edits_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("stage code") << int(Column::Stage) << QVariant(QStringLiteral("followup"))
                                << true;
    QTest::newRow("stage outside vocabulary")
        << int(Column::Stage) << QVariant(QStringLiteral("later")) << false;
    QTest::newRow("status code") << int(Column::Status) << QVariant(QStringLiteral("done")) << true;
    QTest::newRow("status label instead of code")
        << int(Column::Status) << QVariant(QStringLiteral("Done")) << false;
    QTest::newRow("kind code") << int(Column::Kind) << QVariant(QStringLiteral("refer")) << true;
    QTest::newRow("unknown policy")
        << int(Column::Policy) << QVariant(QStringLiteral("no_such_policy")) << false;
    QTest::newRow("title") << int(Column::Title) << QVariant(QStringLiteral("联系就业援助员"))
                           << true;
    QTest::newRow("blank title") << int(Column::Title) << QVariant(QStringLiteral("   ")) << false;
    QTest::newRow("due date") << int(Column::Due) << QVariant(QDate(2026, 4, 1)) << true;
    QTest::newRow("due date as ISO text")
        << int(Column::Due) << QVariant(QStringLiteral("2026-04-01")) << true;
    QTest::newRow("due date garbage")
        << int(Column::Due) << QVariant(QStringLiteral("soon")) << false;
    QTest::newRow("owner") << int(Column::Owner) << QVariant(QStringLiteral("李强")) << true;
}

void TestPlanActionsModel::edits()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);

    PlanActionsModel model(*m_catalogue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActions({makeAction(QStringLiteral("入户走访"))});
    const PlanAction before = model.actionAt(0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QCOMPARE(model.setData(model.index(0, column), value), accepted);
    QCOMPARE(model.isModified(), accepted);
    QCOMPARE(changed.isEmpty(), !accepted);
    if (!accepted) {
        QCOMPARE(model.actionAt(0).title, before.title);
        QCOMPARE(model.actionAt(0).status, before.status);
        QCOMPARE(model.actionAt(0).due, before.due);
        return;
    }
    const QVariant stored = model.index(0, column).data(PlanActionsModel::RawRole);
    if (column == int(Column::Due)) {
        QCOMPARE(stored.toDate(), QDate(2026, 4, 1));
    } else {
        QCOMPARE(stored.toString(), value.toString());
    }
}

void TestPlanActionsModel::choosingPolicyMakesAnApplication()
{
    PlanActionsModel model(*m_catalogue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActions({makeAction(QStringLiteral("了解就医情况"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(
        model.setData(model.index(0, int(Column::Policy)), QStringLiteral("medical_assistance")));
    QCOMPARE(model.actionAt(0).kind, QStringLiteral("apply"));
    QCOMPARE(changed.count(), 2);
}

void TestPlanActionsModel::clearsDueDate()
{
    PlanActionsModel model(*m_catalogue);
    model.setActions({makeAction(QStringLiteral("电话回访"))});

    QVERIFY(model.setData(model.index(0, int(Column::Due)), QDate()));
    QVERIFY(!model.actionAt(0).due.isValid());
    QCOMPARE(model.index(0, int(Column::Due)).data().toString(), QString());
}

void TestPlanActionsModel::insertsAndRemovesRows()
{
    PlanActionsModel model(*m_catalogue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActions({makeAction(QStringLiteral("A")), makeAction(QStringLiteral("B")),
                      makeAction(QStringLiteral("C"))});

    QCOMPARE(model.insertAction(1, makeAction(QStringLiteral("new"))), 1);
    QCOMPARE(model.insertAction(99, makeAction(QStringLiteral("last"))), 4);
    QCOMPARE(titles(model),
             (QStringList{QStringLiteral("A"), QStringLiteral("new"), QStringLiteral("B"),
                          QStringLiteral("C"), QStringLiteral("last")}));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeActions({0, 3, 3, 7});
    QCOMPARE(titles(model),
             (QStringList{QStringLiteral("new"), QStringLiteral("B"), QStringLiteral("last")}));
    QCOMPARE(removed.count(), 2);
    // Back to front: the higher row goes first.
    QCOMPARE(removed.at(0).at(1).toInt(), 3);
    QCOMPARE(removed.at(1).at(1).toInt(), 0);
}

void TestPlanActionsModel::readOnlyRefusesEdits()
{
    PlanActionsModel model(*m_catalogue);
    model.setReadOnly(true);
    model.setActions({makeAction(QStringLiteral("入户走访"))});

    const QModelIndex title = model.index(0, int(Column::Title));
    QVERIFY(!(model.flags(title) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(title, QStringLiteral("改过")));
    QCOMPARE(model.actionAt(0).title, QStringLiteral("入户走访"));
}

void TestPlanActionsModel::reportsModified()
{
    PlanActionsModel model(*m_catalogue);
    QSignalSpy modified(&model, &PlanActionsModel::modifiedChanged);
    model.setActions({makeAction(QStringLiteral("入户走访"))});
    QCOMPARE(modified.count(), 0);

    QVERIFY(model.setData(model.index(0, int(Column::Owner)), QStringLiteral("李强")));
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().at(0).toBool(), true);
    QVERIFY(model.setData(model.index(0, int(Column::Owner)), QStringLiteral("李强")));
    QCOMPARE(modified.count(), 1);

    model.setActions(model.actions());
    QCOMPARE(modified.count(), 2);
    QVERIFY(!model.isModified());
}

QTEST_GUILESS_MAIN(TestPlanActionsModel)
#include "testplanactionsmodel.moc"
