// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "households/household.h"
#include "mainwindow/savefiledialog.h"
#include "storage/database.h"
#include "storage/householdrepository.h"
#include "testsupport.h"

using namespace Jiuzhu;

// SQLite keeps its WAL locks as POSIX locks, which a process loses on a file as soon as it
// closes any descriptor of that file. A file dialog that looks inside the store's -wal and
// -shm files (to guess their type) would drop the window's locks; the next jiuzhu-cli to close
// would then think itself the last user, delete the WAL under the window, and the store would
// be corrupted. The window's dialogs must only list such files, never open them.
class TestFileDialog : public QObject
{
    Q_OBJECT

private slots:
    void listingTheStoreFolderKeepsTheStoreLocks();
};

void TestFileDialog::listingTheStoreFolderKeepsTheStoreLocks()
{
    const QString cli = qEnvironmentVariable("JIUZHU_CLI");
    QVERIFY2(QFile::exists(cli), "JIUZHU_CLI must name the jiuzhu-cli binary");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    Database database(QStringLiteral("testfiledialog"));
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    HouseholdRepository households(database);
    Household household = JiuzhuTest::loadExample(QStringLiteral("xinjing-young-woman"));
    QVERIFY2(households.save(household), qPrintable(households.errorString()));
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(path + QStringLiteral("-shm")));

    {
        SaveFileDialog save(nullptr, QStringLiteral("Export"),
                            dir.filePath(QStringLiteral("gaps.csv")),
                            QStringLiteral("All files (*)"));
        QFileDialog *dialog = &save.dialog();
        dialog->setViewMode(QFileDialog::Detail);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The listing (names, sizes, types, icons) is gathered on a thread of its own.
        auto *model = dialog->findChild<QFileSystemModel *>();
        QVERIFY(model);
        QTRY_VERIFY(model->rowCount(model->index(dir.path())) >= 3);
        for (int row = 0; row < model->rowCount(model->index(dir.path())); ++row) {
            const QModelIndex index = model->index(row, 2, model->index(dir.path()));
            (void)model->data(index, Qt::DisplayRole);
            (void)model->data(index.siblingAtColumn(0), Qt::DecorationRole);
        }
        QTest::qWait(500);
        dialog->reject();
    }

    QProcess other;
    other.start(
        cli, {QStringLiteral("--db"), path, QStringLiteral("households"), QStringLiteral("list")});
    QVERIFY(other.waitForFinished(30000));
    QCOMPARE(other.exitCode(), 0);
    // Had the window lost its locks, the other process would have checkpointed and removed
    // the WAL on closing, as the last one using the store.
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(path + QStringLiteral("-shm")));

    // And the window's connection still reads and writes the same store.
    household.address = QStringLiteral("长宁区新泾镇示例路 90 号");
    QVERIFY2(households.save(household), qPrintable(households.errorString()));
    QSqlQuery check(database.connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

QTEST_MAIN(TestFileDialog)
#include "testfiledialog.moc"
