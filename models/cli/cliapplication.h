// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace Jiuzhu {

class Areas;
class Assessor;
class AssessmentRepository;
class CaseWorkflow;
class Catalogue;
class Database;
class DecisionRepository;
class HouseholdRepository;
class Matcher;
class PlanRepository;
struct Policy;
class VisitRepository;

// jiuzhu-cli: the same core as the window, without one. Parses the command line, opens the
// store and the catalogue, runs one command and returns the exit code: 0 success, 1 usage
// error, 2 invalid input (the message names the field), 3 a failure of the store or a file,
// 4 test cases that failed (rules test).
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    enum ExitCode
    {
        Success = 0,
        UsageError = 1,
        InvalidInput = 2,
        Failure = 3,
        TestsFailed = 4,
    };

    CliApplication(QTextStream &out, QTextStream &err);
    ~CliApplication();

    int run(const QStringList &arguments);

private:
    int dispatch(const QStringList &command);
    // How a command uses the store: not at all (the catalogue commands), only reading it, or
    // adding to it. Only a command that adds data may create a store that is not there yet, so
    // a mistyped --db path is an error instead of an empty store.
    enum class StoreUse
    {
        None,
        Reads,
        Writes
    };
    bool openServices(StoreUse use);
    QString requireHousehold(const QString &reference, int *exitCode);
    // For commands whose only argument is a household: parses and resolves it, or sets the
    // exit code and returns an empty string.
    QString householdArgument(const QStringList &args, const QString &command, int *exitCode);
    QDate parseDate(const QString &text, const QString &option, int *exitCode);
    int usage(const QString &message = QString());
    int fail(int code, const QString &message);
    int failField(int code, const QString &field, const QString &message);
    void printJson(const QJsonValue &value);
    QString targetGroupList(const Policy &policy) const;
    int unknownTargetGroup(const QString &code);

    int householdsAdd(const QStringList &args);
    int householdsShow(const QStringList &args);
    int householdsList(const QStringList &args);
    int assess(const QStringList &args);
    int match(const QStringList &args);
    int planDraft(const QStringList &args);
    int planPrint(const QStringList &args);
    int visitsAdd(const QStringList &args);
    int visitsList(const QStringList &args);
    int policiesList(const QStringList &args);
    int policiesSearch(const QStringList &args);
    int policiesShow(const QStringList &args);
    int rulesTest(const QStringList &args);
    int policiesCheck(const QStringList &args);
    int stationShow(const QStringList &args);
    int decisionsList(const QStringList &args);
    int stationSetName(const QStringList &args);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dbPath;
    bool m_json = false;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<Areas> m_areas;
    std::unique_ptr<Assessor> m_assessor;
    std::unique_ptr<Matcher> m_matcher;
    std::unique_ptr<HouseholdRepository> m_households;
    std::unique_ptr<AssessmentRepository> m_assessments;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<VisitRepository> m_visits;
    std::unique_ptr<DecisionRepository> m_decisions;
    std::unique_ptr<CaseWorkflow> m_workflow;
};

} // namespace Jiuzhu
