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
