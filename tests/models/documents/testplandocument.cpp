// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include "documents/plandocument.h"
#include "documents/planreport.h"
#include "documents/printfont.h"

using namespace Jiuzhu;

namespace {

// Characters that Noto CJK and similar fonts extract as Kangxi radicals, with full-width
// punctuation and digits, as one paragraph the document must give back unchanged.
const QString TrickyText = QStringLiteral(
    "一方长黄龙齐门马见言走：近一年（2025年3月至今）门诊、住院自付约12,600元；“长期失眠”，"
    "子女在外地，见面少。");

PlanReport sampleReport()
{
    PlanReport r;
    r.district = QStringLiteral("长宁区");
    r.street = QStringLiteral("华阳路街道");
    r.committee = QStringLiteral("示例居委会");
    r.address = QStringLiteral("示例路 100 弄 8 号 302 室");
    r.housing = QStringLiteral("公有住房，约 28 平方米，无电梯");
    r.members = {
        {QStringLiteral("测试甲"), QStringLiteral("310105********0022"), QStringLiteral("户主"),
         58},
        {QStringLiteral("测试乙"), QStringLiteral("310105********0035"), QStringLiteral("子女"),
         24},
    };

    r.level = 2;
    r.levelLabel = QStringLiteral("特别困难");
    r.score = 78;
    r.factors = {
        {QStringLiteral("收入与资产"), QStringLiteral("人均月收入约 980 元，低于本市低保标准。")},
        {QStringLiteral("健康状况"), TrickyText},
        {QStringLiteral("孤独与心理"), QStringLiteral("独自居住，少与邻里来往，情绪低落。")},
    };
    r.tags = {QStringLiteral("独居"), QStringLiteral("因病致贫风险")};

    PlanReport::PolicyRow dibao;
    dibao.name = QStringLiteral("最低生活保障");
    dibao.status = QStringLiteral("可能符合");
    dibao.reasons = {QStringLiteral("家庭人均收入低于低保标准"),
                     QStringLiteral("家庭财产未超过规定限额")};
    dibao.amount = QStringLiteral("约 1,650 元/月");
    dibao.isAmountUnconfirmed = true;
    dibao.documents = {QStringLiteral("户口簿、身份证"), QStringLiteral("收入证明"),
                       QStringLiteral("家庭财产申报表")};
    dibao.channel = QStringLiteral("华阳路街道社区事务受理服务中心");
    dibao.onlineService = QStringLiteral("“一网通办”社会救助申请");

    PlanReport::PolicyRow medical;
    medical.name = QStringLiteral("医疗救助");
    medical.status = QStringLiteral("可能符合");
    medical.reasons = {QStringLiteral("近一年自付医疗费用较高")};
    medical.amount = QStringLiteral("按自付费用的一定比例报销");
    medical.documents = {QStringLiteral("医疗费用发票"), QStringLiteral("出院小结")};
    medical.channel = QStringLiteral("华阳路街道社区事务受理服务中心");
    r.policies = {dibao, medical};
    r.receivedPolicies = {QStringLiteral("城乡居民基本医疗保险")};

    r.actions = {
        {QStringLiteral("评估"), QStringLiteral("上门核实收入与财产"), QStringLiteral("救助顾问"),
         QDate(2026, 3, 10), QStringLiteral("进行中")},
        {QStringLiteral("计划"), QStringLiteral("协助递交低保申请"), QStringLiteral("救助顾问"),
         QDate(2026, 3, 20), QStringLiteral("未开始")},
        {QStringLiteral("跟进"), QStringLiteral("电话回访，了解审批进度"), QStringLiteral("居委会"),
         QDate(2026, 4, 15), QStringLiteral("未开始")},
    };
    r.planVersion = 3;
    r.planDate = QDate(2026, 3, 1);
    r.advisorName = QStringLiteral("顾问丙");
    r.advisorPhone = QStringLiteral("021-0000 0000");
    r.stationName = QStringLiteral("华阳路街道社区救助服务站");
    r.printedDate = QDate(2026, 3, 2);
    return r;
}

QString run(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace

class TestPlanDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesPdf();
    void pageIsA4();
    void extractedTextContains_data();
    void extractedTextContains();
    void extractedTextHasNoRadicals_data();
    void extractedTextHasNoRadicals();
    void longChineseTextRoundTrips();
    void embedsPrintFont();
    void printFontIsRoundTripSafe();
    void printFontRejectsRadicalMappingFonts();
    void escapesHtmlInReportText_data();
    void escapesHtmlInReportText();
    void masksFullIdNumbers();
    void followsReportLanguage_data();
    void followsReportLanguage();
    void failsForMissingFolderWithoutLeavingFiles();

private:
    QTemporaryDir m_dir;
    QString m_pdf;
    QString m_plainText;
    QString m_layoutText;
};

void TestPlanDocument::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext not found: install poppler-utils (scripts/setup does)");
    QVERIFY(m_dir.isValid());

    m_pdf = m_dir.filePath(QStringLiteral("plan.pdf"));
    const Result<Done> written = PlanDocument::writePdf(sampleReport(), m_pdf);
    QVERIFY2(written.isOk(), qPrintable(written.error()));

    m_plainText = run(QStringLiteral("pdftotext"), {m_pdf, QStringLiteral("-")});
    m_layoutText =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), m_pdf, QStringLiteral("-")});
    QVERIFY2(!m_plainText.isEmpty(), "pdftotext gave no text");
    QVERIFY2(!m_layoutText.isEmpty(), "pdftotext -layout gave no text");
}

void TestPlanDocument::writesPdf()
{
    QFile file(m_pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));

    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files);
    QCOMPARE(left, QStringList{QStringLiteral("plan.pdf")});
}

void TestPlanDocument::pageIsA4()
{
    const QString info = run(QStringLiteral("pdfinfo"), {m_pdf});
    if (info.isEmpty())
        QFAIL("pdfinfo not found or failed: install poppler-utils");

    static const QRegularExpression pageSize(
        QStringLiteral("Page size:\\s+(\\d+(?:\\.\\d+)?) x (\\d+(?:\\.\\d+)?) pts"));
    const QRegularExpressionMatch match = pageSize.match(info);
    QVERIFY2(match.hasMatch(), qPrintable(info));
    QCOMPARE(qRound(match.captured(1).toDouble()), 595);
    QCOMPARE(qRound(match.captured(2).toDouble()), 842);
}

void TestPlanDocument::extractedTextContains_data()
{
    QTest::addColumn<QString>("expected");

    QTest::newRow("template title") << QStringLiteral("一户一方案");
    QTest::newRow("section heading with 方") << QStringLiteral("四、建议申请的救助政策");
    QTest::newRow("district 长宁区") << QStringLiteral("长宁区");
    QTest::newRow("first policy name") << QStringLiteral("最低生活保障");
    QTest::newRow("second policy name") << QStringLiteral("医疗救助");
    QTest::newRow("received policy name") << QStringLiteral("城乡居民基本医疗保险");
    QTest::newRow("masked ID number") << QStringLiteral("310105********0022");
    QTest::newRow("estimated amount") << QStringLiteral("约 1,650 元/月");
    QTest::newRow("unconfirmed amount flag") << QStringLiteral("【待核实】");
    QTest::newRow("hardship tag") << QStringLiteral("因病致贫风险");
    QTest::newRow("advisor signature line") << QStringLiteral("救助顾问 签名");
    QTest::newRow("family signature line") << QStringLiteral("户主/家庭代表 签名");
    QTest::newRow("page footer") << QStringLiteral("第 1 页，共");
}

void TestPlanDocument::extractedTextContains()
{
    QFETCH(QString, expected);
    QVERIFY2(m_plainText.contains(expected), qPrintable(expected));
}

void TestPlanDocument::extractedTextHasNoRadicals_data()
{
    QTest::addColumn<bool>("isLayout");

    QTest::newRow("pdftotext plain") << false;
    QTest::newRow("pdftotext -layout") << true;
}

void TestPlanDocument::extractedTextHasNoRadicals()
{
    QFETCH(bool, isLayout);
    const QString &text = isLayout ? m_layoutText : m_plainText;

    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool isRadical = (u >= 0x2E80 && u <= 0x2EFF) || (u >= 0x2F00 && u <= 0x2FDF);
        QVERIFY2(!isRadical, qPrintable(QStringLiteral("radical U+%1 in extracted text")
                                            .arg(int(u), 4, 16, QLatin1Char('0'))));
    }
}

void TestPlanDocument::longChineseTextRoundTrips()
{
    QVERIFY2(withoutSpaces(m_plainText).contains(withoutSpaces(TrickyText)),
             qPrintable(m_plainText));
}

void TestPlanDocument::embedsPrintFont()
{
    const QString fonts = run(QStringLiteral("pdffonts"), {m_pdf});
    if (fonts.isEmpty())
        QFAIL("pdffonts not found or failed: install poppler-utils");

    const QString family = withoutSpaces(PrintFont::family());
    const QStringList lines = fonts.split(QLatin1Char('\n'));
    bool isEmbedded = false;
    for (const QString &line : lines) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        if (line.contains(family, Qt::CaseInsensitive) && columns.size() > 4)
            isEmbedded = columns.at(columns.size() - 5) == QLatin1String("yes");
    }
    QVERIFY2(isEmbedded, qPrintable(fonts));
}

void TestPlanDocument::printFontIsRoundTripSafe()
{
    QVERIFY(!PrintFont::family().isEmpty());
    QVERIFY2(PrintFont::isRoundTripSafe(PrintFont::family()), qPrintable(PrintFont::family()));
}

void TestPlanDocument::printFontRejectsRadicalMappingFonts()
{
    const QString noto = QStringLiteral("Noto Sans CJK SC");
    if (!QFontDatabase::families().contains(noto))
        QSKIP("Noto Sans CJK SC is not installed");
    QVERIFY(!PrintFont::isRoundTripSafe(noto));
}

void TestPlanDocument::escapesHtmlInReportText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("tag-like name") << QStringLiteral("<b>测试</b>");
    QTest::newRow("script in address") << QStringLiteral("<script>x</script>路");
    QTest::newRow("ampersand and quotes") << QStringLiteral("A & B \"站\" 'x'");
    QTest::newRow("entity text") << QStringLiteral("&lt;不是标签&gt;");
}

void TestPlanDocument::escapesHtmlInReportText()
{
    QFETCH(QString, text);
    PlanReport report = sampleReport();
    report.members[0].name = text;
    report.address = text;
    report.policies[0].name = text;
    report.policies[0].documents << text;
    report.actions[0].title = text;
    report.stationName = text;

    const QString html = PlanDocument::html(report);
    QVERIFY(!html.contains(text) || text.toHtmlEscaped() == text);

    // Six fields, the station name printed twice (header and contact).
    const std::unique_ptr<QTextDocument> doc = PlanDocument::build(report);
    QCOMPARE(doc->toPlainText().count(text), 7);
}

void TestPlanDocument::masksFullIdNumbers()
{
    PlanReport report = sampleReport();
    report.members[0].maskedId = QStringLiteral("11010519491231002X");

    const QString plain = PlanDocument::build(report)->toPlainText();
    QVERIFY(!plain.contains(QStringLiteral("11010519491231002X")));
    QVERIFY(plain.contains(QStringLiteral("110105********002X")));
}

void TestPlanDocument::followsReportLanguage_data()
{
    QTest::addColumn<PlanReport::Language>("language");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");

    QTest::newRow("Chinese template")
        << PlanReport::Language::Chinese << QStringLiteral("一、家庭基本情况")
        << QStringLiteral("1. The household");
    QTest::newRow("English template")
        << PlanReport::Language::English << QStringLiteral("1. The household")
        << QStringLiteral("一、家庭基本情况");
    QTest::newRow("Chinese dates")
        << PlanReport::Language::Chinese << QStringLiteral("2026年3月20日")
        << QStringLiteral("20 March 2026");
    QTest::newRow("English dates")
        << PlanReport::Language::English << QStringLiteral("20 March 2026")
        << QStringLiteral("2026年3月20日");
}

void TestPlanDocument::followsReportLanguage()
{
    QFETCH(PlanReport::Language, language);
    QFETCH(QString, expected);
    QFETCH(QString, absent);

    PlanReport report = sampleReport();
    report.language = language;
    const QString plain = PlanDocument::build(report)->toPlainText();
    QVERIFY2(plain.contains(expected), qPrintable(expected));
    QVERIFY2(!plain.contains(absent), qPrintable(absent));
}

void TestPlanDocument::failsForMissingFolderWithoutLeavingFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("missing/plan.pdf"));
    const Result<Done> written = PlanDocument::writePdf(sampleReport(), path);
    QVERIFY(!written.isOk());
    QVERIFY(!written.error().isEmpty());
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestPlanDocument)
#include "testplandocument.moc"
