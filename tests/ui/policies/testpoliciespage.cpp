// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include "appfixture.h"
#include "catalogue/policytablemodel.h"
#include "policies/policiespage.h"

using namespace Jiuzhu;

class TestPoliciesPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void searchFiltersTheList();
    void categoryNarrowsTheList();
    void targetGroupNarrowsTheList();
    void targetGroupCombinesWithCategoryAndSearch();
    void detailShowsTargetGroups();
    void languageSwitchRelabelsTargetGroups();
    void detailFlagsUnconfirmedValues();
    void detailShowsConditionsAndWhereToApply();
    void noMatchSaysSo();

private:
    QSet<QString> shownCodes() const;
    // What the three filters together should leave, worked out from the catalogue directly.
    QSet<QString> expectedCodes(const QString &text, const QString &category,
                                const QString &group) const;

    std::unique_ptr<AppFixture> m_fixture;
    std::unique_ptr<PoliciesPage> m_page;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QTextBrowser *m_detail = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_group = nullptr;
};

void TestPoliciesPage::init()
{
    m_fixture = std::make_unique<AppFixture>();
    QVERIFY2(m_fixture->isReady(), qPrintable(m_fixture->errorString()));
    m_page = std::make_unique<PoliciesPage>(m_fixture->services());
    m_page->resize(1200, 800);
    m_page->show();
    m_table = m_page->findChild<QTableView *>(QStringLiteral("policyTable"));
    m_search = m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    m_detail = m_page->findChild<QTextBrowser *>(QStringLiteral("policyDetail"));
    m_category = m_page->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    m_group = m_page->findChild<QComboBox *>(QStringLiteral("targetGroupCombo"));
    QVERIFY(m_table && m_search && m_detail && m_category && m_group);
}

QSet<QString> TestPoliciesPage::shownCodes() const
{
    QSet<QString> codes;
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        codes << m_table->model()->index(row, 0).data(PolicyTableModel::CodeRole).toString();
    }
    return codes;
}

QSet<QString> TestPoliciesPage::expectedCodes(const QString &text, const QString &category,
                                              const QString &group) const
{
    QSet<QString> codes;
    for (const Policy *policy : m_fixture->catalogue().search(text)) {
        if ((category.isEmpty() || policy->category == category) &&
            (group.isEmpty() || policy->targetGroups.contains(group))) {
            codes << policy->code;
        }
    }
    return codes;
}

void TestPoliciesPage::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

void TestPoliciesPage::searchFiltersTheList()
{
    const int all = m_table->model()->rowCount();
    QCOMPARE(all, m_fixture->catalogue().policies().size());

    m_search->setFocus();
    QTest::keyClicks(m_search, QStringLiteral("dibao"));
    QTRY_VERIFY(m_table->model()->rowCount() < all);
    QVERIFY(m_table->model()->rowCount() > 0);
    QCOMPARE(m_page->currentPolicy(), QStringLiteral("dibao"));

    m_search->setText(QStringLiteral("低保"));
    QTRY_VERIFY(m_table->model()->rowCount() < all);
    bool found = false;
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        found = found || m_table->model()->index(row, 0).data(PolicyTableModel::CodeRole) ==
                             QStringLiteral("dibao");
    }
    QVERIFY(found);

    m_search->clear();
    QTRY_COMPARE(m_table->model()->rowCount(), all);
}

void TestPoliciesPage::categoryNarrowsTheList()
{
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("elderly")));

    QTRY_VERIFY(m_table->model()->rowCount() > 0);
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        const QString code =
            m_table->model()->index(row, 0).data(PolicyTableModel::CodeRole).toString();
        QCOMPARE(m_fixture->catalogue().policy(code)->category, QStringLiteral("elderly"));
    }
    QVERIFY(m_table->model()->rowCount() < m_fixture->catalogue().policies().size());
}

void TestPoliciesPage::targetGroupNarrowsTheList()
{
    // "All target groups" first, then every group of the catalogue that has a policy.
    QCOMPARE(m_group->currentIndex(), 0);
    QCOMPARE(m_group->itemText(0), QStringLiteral("All target groups"));
    QCOMPARE(m_group->count(), m_fixture->catalogue().targetGroups().size() + 1);
    const TargetGroup *elderly = m_fixture->catalogue().targetGroup(QStringLiteral("elderly"));
    QVERIFY(elderly);

    const int index = m_group->findData(QStringLiteral("elderly"));
    QVERIFY(index > 0);
    QCOMPARE(m_group->itemText(index), elderly->label.en);
    m_group->setCurrentIndex(index);

    QTRY_COMPARE(shownCodes(), expectedCodes(QString(), QString(), QStringLiteral("elderly")));
    QVERIFY(shownCodes().contains(QStringLiteral("elderly_allowance")));
    QVERIFY(shownCodes().contains(QStringLiteral("tekun")));
    QVERIFY(!shownCodes().contains(QStringLiteral("dibao")));
    QVERIFY(m_table->model()->rowCount() < m_fixture->catalogue().policies().size());
    QVERIFY(m_fixture->catalogue()
                .policy(m_page->currentPolicy())
                ->targetGroups.contains(QStringLiteral("elderly")));

    m_group->setCurrentIndex(0);
    QTRY_COMPARE(m_table->model()->rowCount(), m_fixture->catalogue().policies().size());
}

void TestPoliciesPage::targetGroupCombinesWithCategoryAndSearch()
{
    const QString children = QStringLiteral("children");
    const QString education = QStringLiteral("education");
    m_group->setCurrentIndex(m_group->findData(children));
    const QSet<QString> groupOnly = expectedCodes(QString(), QString(), children);
    QTRY_COMPARE(shownCodes(), groupOnly);

    m_category->setCurrentIndex(m_category->findData(education));
    const QSet<QString> both = expectedCodes(QString(), education, children);
    QTRY_COMPARE(shownCodes(), both);
    QVERIFY(!both.isEmpty() && both.size() < groupOnly.size());
    QVERIFY(both.contains(QStringLiteral("compulsory_education_aid")));

    // Typing narrows further; every row still meets all three conditions.
    m_search->setFocus();
    QTest::keyClicks(m_search, QStringLiteral("yiwu"));
    QTRY_COMPARE(shownCodes(), expectedCodes(QStringLiteral("yiwu"), education, children));
    QCOMPARE(m_page->currentPolicy(), QStringLiteral("compulsory_education_aid"));
    m_search->setText(QStringLiteral("义务"));
    QTRY_COMPARE(shownCodes(), expectedCodes(QStringLiteral("义务"), education, children));
    QCOMPARE(m_page->currentPolicy(), QStringLiteral("compulsory_education_aid"));

    // A group no policy of the category is for leaves nothing, and the detail says so.
    m_search->clear();
    m_category->setCurrentIndex(m_category->findData(QStringLiteral("elderly")));
    m_group->setCurrentIndex(m_group->findData(QStringLiteral("students")));
    QTRY_COMPARE(m_table->model()->rowCount(), 0);
    QVERIFY(m_detail->toPlainText().contains(QStringLiteral("No policy matches")));

    // Opening a policy from elsewhere clears the filters that would hide it.
    m_page->showPolicy(QStringLiteral("dibao"));
    QCOMPARE(m_page->currentPolicy(), QStringLiteral("dibao"));
    QCOMPARE(m_group->currentIndex(), 0);
}

void TestPoliciesPage::detailShowsTargetGroups()
{
    m_page->showPolicy(QStringLiteral("tekun"));
    const Policy *tekun = m_fixture->catalogue().policy(QStringLiteral("tekun"));
    QVERIFY(tekun && tekun->targetGroups.size() > 1);

    const QString text = m_detail->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Target groups:")), qPrintable(text));
    for (const QString &code : tekun->targetGroups) {
        const TargetGroup *group = m_fixture->catalogue().targetGroup(code);
        QVERIFY(group);
        QVERIFY2(text.contains(group->label.en), qPrintable(group->label.en));
    }
}

void TestPoliciesPage::languageSwitchRelabelsTargetGroups()
{
    const int index = m_group->findData(QStringLiteral("elderly"));
    m_group->setCurrentIndex(index);
    const int rows = m_table->model()->rowCount();

    // What the language switch of the app does: a new default locale and a translator.
    const QLocale before;
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/jiuzhu_zh_CN.qm")));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY(QCoreApplication::installTranslator(&chinese));

    QTRY_COMPARE(m_group->itemText(0), QStringLiteral("全部人群"));
    QCOMPARE(m_group->itemText(index), QStringLiteral("老年人"));
    QCOMPARE(m_group->currentIndex(), index);
    QCOMPARE(m_table->model()->rowCount(), rows);

    QLocale::setDefault(before);
    QCoreApplication::removeTranslator(&chinese);
    QTRY_COMPARE(m_group->itemText(0), QStringLiteral("All target groups"));
    QCOMPARE(m_group->itemText(index), QStringLiteral("Older people"));
}

void TestPoliciesPage::detailFlagsUnconfirmedValues()
{
    m_page->showPolicy(QStringLiteral("dibao"));
    QCOMPARE(m_page->currentPolicy(), QStringLiteral("dibao"));

    // The dibao standard has inferred and secondary-source values: each carries the flag.
    const QString text = m_detail->toPlainText();
    const Parameter *standard = m_fixture->catalogue().parameter(QStringLiteral("dibao_standard"));
    QVERIFY(standard);
    qsizetype unconfirmed = 0;
    for (const ParameterValue &value : standard->values) {
        unconfirmed += value.isConfirmed() ? 0 : 1;
    }
    QVERIFY(unconfirmed > 0);
    QVERIFY2(text.count(QStringLiteral("[to be verified]")) >= unconfirmed, qPrintable(text));
    QVERIFY(text.contains(standard->label.text(QLocale())));
    QVERIFY(text.contains(QStringLiteral("1,650 yuan")));
    QVERIFY(text.contains(QStringLiteral("S34")));
}

void TestPoliciesPage::detailShowsConditionsAndWhereToApply()
{
    m_page->showPolicy(QStringLiteral("dibao"));
    const Policy *dibao = m_fixture->catalogue().policy(QStringLiteral("dibao"));
    const QString text = m_detail->toPlainText();

    const FactInfo *income =
        m_fixture->catalogue().fact(QStringLiteral("household.income_pc_monthly"));
    QVERIFY(income);
    QVERIFY(text.contains(income->label.text(QLocale())));
    QVERIFY(text.contains(dibao->ruleNote.text(QLocale())));
    QVERIFY(text.contains(dibao->manualChecks.first().text(QLocale())));
    QVERIFY(text.contains(dibao->channel.text(QLocale())));
    QVERIFY(text.contains(dibao->documents.first().text(QLocale())));
    QVERIFY(text.contains(dibao->onlineService));
}

void TestPoliciesPage::noMatchSaysSo()
{
    m_search->setText(QStringLiteral("zzqqxx"));
    QTRY_COMPARE(m_table->model()->rowCount(), 0);
    QVERIFY(m_page->currentPolicy().isEmpty());
    QVERIFY(m_detail->toPlainText().contains(QStringLiteral("No policy matches")));
}

QTEST_MAIN(TestPoliciesPage)
#include "testpoliciespage.moc"
