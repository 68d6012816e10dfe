// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QTest>

#include "catalogue/catalogue.h"
#include "catalogue/policysearchindex.h"

using namespace Jiuzhu;

namespace {

// A policy with no keywords, so every pinyin hit comes from ICU.
Policy bare(const QString &code, const QString &nameZh, const QString &nameEn)
{
    Policy policy;
    policy.code = code;
    policy.name = {nameZh, nameEn};
    policy.category = QStringLiteral("basic");
    return policy;
}

} // namespace

class TestPolicySearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void hanLatinIsAvailable();
    void normalizeFoldsWidthAndCase_data();
    void normalizeFoldsWidthAndCase();
    void findsWithoutKeywords_data();
    void findsWithoutKeywords();
    void emptyQueryGivesAllInOrder();
    void indexIsSharedUntilTheListChanges();
    void buildsBundledCatalogueIndex();
};

void TestPolicySearchIndex::hanLatinIsAvailable()
{
    QCOMPARE(PolicySearchIndex::pinyinSyllables(QStringLiteral("最低生活保障")),
             (QStringList{QStringLiteral("zui"), QStringLiteral("di"), QStringLiteral("sheng"),
                          QStringLiteral("huo"), QStringLiteral("bao"), QStringLiteral("zhang")}));
}

void TestPolicySearchIndex::normalizeFoldsWidthAndCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full-width letters") << QStringLiteral("ＤＩＢＡＯ") << QStringLiteral("dibao");
    QTest::newRow("full-width digits") << QStringLiteral("４０５０") << QStringLiteral("4050");
    QTest::newRow("ideographic space")
        << QStringLiteral("老年\u3000津贴") << QStringLiteral("老年 津贴");
    QTest::newRow("Chinese unchanged") << QStringLiteral("低保") << QStringLiteral("低保");
}

void TestPolicySearchIndex::normalizeFoldsWidthAndCase()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(PolicySearchIndex::normalize(text), expected);
}

void TestPolicySearchIndex::findsWithoutKeywords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qsizetype>>("expected");
    QTest::newRow("pinyin of the start of the name")
        << QStringLiteral("zuidi") << QList<qsizetype>{0};
    QTest::newRow("pinyin inside the name") << QStringLiteral("baozhang") << QList<qsizetype>{0};
    QTest::newRow("initials") << QStringLiteral("zdsh") << QList<qsizetype>{0};
    QTest::newRow("initials yl") << QStringLiteral("yl") << QList<qsizetype>{1};
    QTest::newRow("full-width pinyin") << QStringLiteral("ＹＩＬＩＡＯ") << QList<qsizetype>{1};
    QTest::newRow("Chinese substring") << QStringLiteral("保障") << QList<qsizetype>{0};
    QTest::newRow("name beats pinyin") << QStringLiteral("medical") << QList<qsizetype>{1};
    QTest::newRow("single letter only at the start") << QStringLiteral("y") << QList<qsizetype>{1};
    QTest::newRow("unrelated") << QStringLiteral("qqq") << QList<qsizetype>();
}

void TestPolicySearchIndex::findsWithoutKeywords()
{
    QFETCH(QString, text);
    QFETCH(QList<qsizetype>, expected);
    const PolicySearchIndex index(
        {bare(QStringLiteral("a"), QStringLiteral("最低生活保障"),
              QStringLiteral("Minimum living")),
         bare(QStringLiteral("b"), QStringLiteral("医疗救助"), QStringLiteral("Medical aid"))});
    QCOMPARE(index.search(text), expected);
}

void TestPolicySearchIndex::emptyQueryGivesAllInOrder()
{
    const PolicySearchIndex index({bare(QStringLiteral("a"), QStringLiteral("甲"), QString()),
                                   bare(QStringLiteral("b"), QStringLiteral("乙"), QString())});
    QCOMPARE(index.search(QString()), (QList<qsizetype>{0, 1}));
    QCOMPARE(index.search(QStringLiteral(" \u3000 ")), (QList<qsizetype>{0, 1}));
}

void TestPolicySearchIndex::indexIsSharedUntilTheListChanges()
{
    QList<Policy> policies = {bare(QStringLiteral("a"), QStringLiteral("低保"), QString())};
    const auto first = PolicySearchIndex::forPolicies(policies);
    const QList<Policy> copy = policies;
    QCOMPARE(PolicySearchIndex::forPolicies(copy).get(), first.get());

    policies.append(bare(QStringLiteral("b"), QStringLiteral("医疗"), QString()));
    const auto changed = PolicySearchIndex::forPolicies(policies);
    QVERIFY(changed.get() != first.get());
    QCOMPARE(changed->size(), 2);
    QCOMPARE(changed->search(QStringLiteral("yiliao")), QList<qsizetype>{1});
}

void TestPolicySearchIndex::buildsBundledCatalogueIndex()
{
    const Result<Catalogue> loaded = Catalogue::loadBundled();
    QVERIFY(loaded.isOk());
    const QList<Policy> &policies = loaded.value().policies();
    // The first build in a process also makes ICU compile its Han-Latin rules; later builds
    // reuse them.
    for (const char *when : {"first", "second"}) {
        QElapsedTimer timer;
        timer.start();
        const PolicySearchIndex index(policies);
        const qint64 elapsed = timer.nsecsElapsed();
        QCOMPARE(index.size(), policies.size());
        qInfo("%s index of %lld policies built in %.2f ms", when,
              static_cast<long long>(index.size()), static_cast<double>(elapsed) / 1e6);
    }
}

QTEST_GUILESS_MAIN(TestPolicySearchIndex)
#include "testpolicysearchindex.moc"
