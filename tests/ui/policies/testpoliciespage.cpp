// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

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
    void detailFlagsUnconfirmedValues();
    void detailShowsConditionsAndWhereToApply();
    void noMatchSaysSo();

private:
    std::unique_ptr<AppFixture> m_fixture;
    std::unique_ptr<PoliciesPage> m_page;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QTextBrowser *m_detail = nullptr;
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
    QVERIFY(m_table && m_search && m_detail);
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
