// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

#include "households/householdspage.h"
#include "plans/planspage.h"
#include "policies/policiespage.h"
#include "screening/screeningpage.h"
#include "storage/database.h"
#include "visits/visitspage.h"

namespace Jiuzhu {

MainWindow::MainWindow(AppServices services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    setupPages();
    setupNavigation();
    setupMenus();
    setupStatusBar();
    retranslateUi();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::setupPages()
{
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_householdsPage = new HouseholdsPage(m_services, m_stack);
    m_policiesPage = new PoliciesPage(m_services, m_stack);
    m_plansPage = new PlansPage(m_services, m_stack);
    m_visitsPage = new VisitsPage(m_services, m_stack);
    m_screeningPage = new ScreeningPage(m_services, m_stack);
    m_stack->addWidget(m_householdsPage);
    m_stack->addWidget(m_policiesPage);
    m_stack->addWidget(m_plansPage);
    m_stack->addWidget(m_visitsPage);
    m_stack->addWidget(m_screeningPage);

    connect(m_householdsPage, &HouseholdsPage::householdActivated, this,
            &MainWindow::handleHouseholdActivated);
    connect(m_householdsPage, &HouseholdsPage::planRequested, this, [this](const QString &uuid) {
        handleHouseholdActivated(uuid);
        showPage(Page::Plans);
    });
    connect(m_householdsPage, &HouseholdsPage::visitsRequested, this, [this](const QString &uuid) {
        handleHouseholdActivated(uuid);
        showPage(Page::Visits);
    });
    connect(m_plansPage, &PlansPage::householdActivated, this,
            &MainWindow::handleHouseholdActivated);
    connect(m_visitsPage, &VisitsPage::householdActivated, this,
            &MainWindow::handleHouseholdActivated);
    connect(m_screeningPage, &ScreeningPage::householdActivated, this,
            &MainWindow::handleHouseholdActivated);
    connect(m_policiesPage, &PoliciesPage::policyScreeningRequested, this,
            [this](const QString &code) {
                showPage(Page::Screening);
                m_screeningPage->showPolicy(code);
            });
}

void MainWindow::setupNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(150);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    for (int i = 0; i < int(Page::Count); ++i) {
        m_navigation->addItem(QString());
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_navigation->setCurrentRow(0);
}

void MainWindow::setupMenus()
{
    auto *quit = new QAction(this);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto *fileMenu = menuBar()->addMenu(QString());
    fileMenu->setObjectName(QStringLiteral("menuFile"));
    fileMenu->addAction(quit);
}

void MainWindow::setupStatusBar()
{
    auto *station = new QLabel(statusBar());
    station->setObjectName(QStringLiteral("stationLabel"));
    statusBar()->addPermanentWidget(station);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Jiuzhu — community assistance advisor"));
    const QStringList names{tr("Households"), tr("Policies"), tr("Plans"), tr("Visits"),
                            tr("Screening")};
    for (int i = 0; i < names.size(); ++i) {
        m_navigation->item(i)->setText(names.at(i));
    }
    if (auto *fileMenu = menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"))) {
        fileMenu->setTitle(tr("&File"));
    }
    if (auto *quit = findChild<QAction *>(QStringLiteral("actionQuit"))) {
        quit->setText(tr("&Quit"));
    }
    if (auto *station = statusBar()->findChild<QLabel *>(QStringLiteral("stationLabel"))) {
        const QString name = m_services.database.stationName();
        station->setText(tr("Station: %1 · store: %2")
                             .arg(name.isEmpty() ? m_services.database.stationId() : name,
                                  m_services.database.path()));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void MainWindow::handleHouseholdActivated(const QString &uuid)
{
    if (uuid == m_currentHousehold) {
        return;
    }
    m_currentHousehold = uuid;
    m_householdsPage->showHousehold(uuid);
    m_plansPage->showHousehold(uuid);
    m_visitsPage->showHousehold(uuid);
}

} // namespace Jiuzhu
