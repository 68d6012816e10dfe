// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "screening/screeningexport.h"

using namespace Jiuzhu;

class TestScreeningExport : public QObject
{
    Q_OBJECT

private slots:
    void writesCsvWithByteOrderMarkAndQuoting();
    void neutralisesFormulasInCsvTextCells_data();
    void neutralisesFormulasInCsvTextCells();
    void writesXlsxWorkbook();
    void reportsUnwritableFile();

private:
    static QStringList headers();
    static QList<QVariantList> rows();
};

QStringList TestScreeningExport::headers()
{
    return {QStringLiteral("户主"), QStringLiteral("政策"), QStringLiteral("估算金额（元）"),
            QStringLiteral("待补充信息")};
}

QList<QVariantList> TestScreeningExport::rows()
{
    return {{QStringLiteral("王芳"), QStringLiteral("最低生活保障"), 1650.5,
             QStringLiteral("家庭金融资产, 车辆")},
            {QStringLiteral("李\"小\"明"), QStringLiteral("高龄津贴"), QVariant(), QString()}};
}

void TestScreeningExport::writesCsvWithByteOrderMarkAndQuoting()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("gaps.csv"));
    const Result<Done> written = ScreeningExport::writeCsv(path, headers(), rows());
    QVERIFY2(written, qPrintable(written.error()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(data.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 4); // header, two rows, empty after the last CRLF
    QCOMPARE(lines.at(0), QStringLiteral("户主,政策,估算金额（元）,待补充信息"));
    QCOMPARE(lines.at(1), QStringLiteral("王芳,最低生活保障,1650.50,\"家庭金融资产, 车辆\""));
    QCOMPARE(lines.at(2), QStringLiteral("\"李\"\"小\"\"明\",高龄津贴,,"));
}

void TestScreeningExport::neutralisesFormulasInCsvTextCells_data()
{
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<QString>("field");
    QTest::newRow("hyperlink formula as a name")
        << QVariant(QStringLiteral("=HYPERLINK(\"http://127.0.0.1/x\",\"click\")"))
        << QStringLiteral("\"'=HYPERLINK(\"\"http://127.0.0.1/x\"\",\"\"click\"\")\"");
    QTest::newRow("plus sign") << QVariant(QStringLiteral("+86 21 1234"))
                               << QStringLiteral("'+86 21 1234");
    QTest::newRow("minus sign") << QVariant(QStringLiteral("-1+1")) << QStringLiteral("'-1+1");
    QTest::newRow("at sign") << QVariant(QStringLiteral("@SUM(A1)")) << QStringLiteral("'@SUM(A1)");
    QTest::newRow("leading tab") << QVariant(QStringLiteral("\t=1")) << QStringLiteral("'\t=1");
    QTest::newRow("leading carriage return")
        << QVariant(QStringLiteral("\r=1")) << QStringLiteral("\"'\r=1\"");
    QTest::newRow("formula character later in the text")
        << QVariant(QStringLiteral("王=芳")) << QStringLiteral("王=芳");
    QTest::newRow("negative amount stays a number")
        << QVariant(-1650.5) << QStringLiteral("-1650.50");
    QTest::newRow("negative whole number stays a number") << QVariant(-3) << QStringLiteral("-3");
}

void TestScreeningExport::neutralisesFormulasInCsvTextCells()
{
    QFETCH(QVariant, cell);
    QFETCH(QString, field);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("gaps.csv"));
    const Result<Done> written =
        ScreeningExport::writeCsv(path, {QStringLiteral("户主"), QStringLiteral("政策")},
                                  {{cell, QStringLiteral("最低生活保障")}});
    QVERIFY2(written, qPrintable(written.error()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll().mid(3));
    QCOMPARE(text, QStringLiteral("户主,政策\r\n") + field + QStringLiteral(",最低生活保障\r\n"));
}

void TestScreeningExport::writesXlsxWorkbook()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("gaps.xlsx"));
    const Result<Done> written = ScreeningExport::writeXlsx(path, headers(), rows());
    QVERIFY2(written, qPrintable(written.error()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.size() > 1000);
    QVERIFY(data.startsWith("PK\x03\x04"));

    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        return;
    QProcess list;
    list.start(unzip, {QStringLiteral("-l"), path});
    QVERIFY(list.waitForFinished());
    QVERIFY(list.readAllStandardOutput().contains("xl/worksheets/sheet1.xml"));
    QProcess sheet;
    sheet.start(unzip, {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
    QVERIFY(sheet.waitForFinished());
    QVERIFY(QString::fromUtf8(sheet.readAllStandardOutput()).contains(QStringLiteral("王芳")));
}

void TestScreeningExport::reportsUnwritableFile()
{
    const QString path = QStringLiteral("/nonexistent-folder/gaps.csv");
    const Result<Done> csv = ScreeningExport::writeCsv(path, headers(), rows());
    QVERIFY(!csv);
    QVERIFY(csv.error().contains(path));
    const Result<Done> xlsx = ScreeningExport::writeXlsx(
        QStringLiteral("/nonexistent-folder/gaps.xlsx"), headers(), rows());
    QVERIFY(!xlsx);
}

QTEST_GUILESS_MAIN(TestScreeningExport)
#include "testscreeningexport.moc"
