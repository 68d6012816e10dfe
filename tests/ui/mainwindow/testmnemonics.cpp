// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include "appfixture.h"
#include "households/householddialog.h"
#include "mainwindow/mainwindow.h"

using namespace Jiuzhu;

// Alt+letter must reach one control: two visible labels or buttons with the same mnemonic make
// the key cycle between them (or do nothing), which an advisor working from the keyboard
// cannot tell. Checked for every page of the window and every tab of the household dialog, in
// English and in Chinese, whose translations carry their own (&X) letters.
class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void uniqueOnEveryPage_data();
    void uniqueOnEveryPage();
    void uniqueOnEveryDialogTab_data();
    void uniqueOnEveryDialogTab();

private:
    void setLanguage(bool chinese);

    std::unique_ptr<AppFixture> m_fixture;
    std::unique_ptr<QTranslator> m_translator;
};

namespace {

// The mnemonic letter of a text ("P&olicy" -> 'O'), or a null char when there is none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// Letters that more than one visible control of `window` answers to, with the texts.
QStringList clashes(QWidget *window)
{
    QMultiHash<QChar, QString> owners;
    const auto note = [&owners](const QString &text) {
        const QChar letter = mnemonic(text);
        if (!letter.isNull())
            owners.insert(letter, text);
    };
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            note(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            note(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget); box && box->isCheckable())
            note(box->title());
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs->tabText(i));
        }
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (const QAction *action : main->menuBar()->actions())
            note(action->text());
    }
    QStringList found;
    for (const QChar letter : owners.uniqueKeys()) {
        const QStringList texts = owners.values(letter);
        if (texts.size() > 1)
            found << QStringLiteral("%1: %2").arg(letter, texts.join(QStringLiteral(" | ")));
    }
    return found;
}

} // namespace

void TestMnemonics::init()
{
    m_fixture = std::make_unique<AppFixture>();
    QVERIFY2(m_fixture->isReady(), qPrintable(m_fixture->errorString()));
}

void TestMnemonics::cleanup()
{
    setLanguage(false);
    m_fixture.reset();
}

void TestMnemonics::setLanguage(bool chinese)
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    if (chinese) {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QStringLiteral(":/i18n/jiuzhu_zh_CN.qm")));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCoreApplication::installTranslator(m_translator.get());
    }
}

void TestMnemonics::uniqueOnEveryPage_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("chinese");
    const char *names[] = {"households", "policies", "plans", "visits", "screening"};
    for (int page = 0; page < int(MainWindow::Page::Count); ++page) {
        QTest::addRow("%s, English", names[page]) << page << false;
        QTest::addRow("%s, Chinese", names[page]) << page << true;
    }
}

void TestMnemonics::uniqueOnEveryPage()
{
    QFETCH(int, page);
    QFETCH(bool, chinese);
    setLanguage(chinese);
    MainWindow window(m_fixture->services());
    window.resize(1400, 900);
    window.show();
    window.showPage(MainWindow::Page(page));
    QCoreApplication::processEvents();
    const QStringList found = clashes(&window);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
}

void TestMnemonics::uniqueOnEveryDialogTab_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::addRow("English") << false;
    QTest::addRow("Chinese") << true;
}

void TestMnemonics::uniqueOnEveryDialogTab()
{
    QFETCH(bool, chinese);
    setLanguage(chinese);
    HouseholdDialog dialog(m_fixture->services());
    dialog.show();
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        const QStringList found = clashes(&dialog);
        QVERIFY2(found.isEmpty(), qPrintable(tabs->tabText(tab) + QStringLiteral(": ") +
                                             found.join(QStringLiteral("; "))));
    }
}

QTEST_MAIN(TestMnemonics)
#include "testmnemonics.moc"
