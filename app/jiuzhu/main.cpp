// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include "assessment/assessor.h"
#include "catalogue/catalogue.h"
#include "core/translations.h"
#include "households/areas.h"
#include "mainwindow/mainwindow.h"
#include "matching/matcher.h"
#include "storage/assessmentrepository.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/householdrepository.h"
#include "storage/planrepository.h"
#include "storage/visitrepository.h"
#include "workflow/caseworkflow.h"

namespace {

int fatal(const QString &message)
{
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Jiuzhu cannot start"),
                          message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Jiuzhu"));
    QCoreApplication::setApplicationName(QStringLiteral("jiuzhu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIUZHU_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Use FILE as the store."), QStringLiteral("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Language: zh or en."), QStringLiteral("LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);
    Jiuzhu::installTranslations(app, parser.value(langOption));

    Jiuzhu::Result<Jiuzhu::Catalogue> catalogue = Jiuzhu::Catalogue::loadBundled();
    if (!catalogue) {
        return fatal(catalogue.error());
    }
    Jiuzhu::Result<Jiuzhu::Areas> areas = Jiuzhu::Areas::loadBundled();
    if (!areas) {
        return fatal(areas.error());
    }
    Jiuzhu::Result<Jiuzhu::Assessor> assessor = Jiuzhu::Assessor::loadBundled();
    if (!assessor) {
        return fatal(assessor.error());
    }
    const Jiuzhu::Matcher matcher(catalogue.value());

    Jiuzhu::Database database;
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : Jiuzhu::Database::defaultPath();
    if (!database.open(path)) {
        return fatal(database.errorString());
    }
    Jiuzhu::HouseholdRepository households(database);
    QStringList policyCodes;
    for (const Jiuzhu::Policy &policy : catalogue->policies()) {
        policyCodes << policy.code;
    }
    households.setReferenceData({&areas.value(), policyCodes});
    Jiuzhu::AssessmentRepository assessments(database);
    Jiuzhu::PlanRepository plans(database);
    Jiuzhu::VisitRepository visits(database);
    Jiuzhu::DecisionRepository decisions(database);
    Jiuzhu::CaseWorkflow workflow(households, assessments, plans, catalogue.value(),
                                  assessor.value(), matcher, areas.value());
    workflow.setDecisionLog(&decisions);

    Jiuzhu::MainWindow window({database, households, assessments, plans, visits, workflow,
                               catalogue.value(), areas.value(), decisions});
    window.show();
    return app.exec();
}
