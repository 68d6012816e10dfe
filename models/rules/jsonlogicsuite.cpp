// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlogicsuite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "core/logging.h"
#include "rules/jsonlogic.h"

namespace Jiuzhu::JsonLogic {

namespace {

Result<QJsonArray> readJsonArray(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QJsonArray>::failure(
            QCoreApplication::translate("Rules", "Cannot read %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<QJsonArray>::failure(
            QCoreApplication::translate("Rules", "%1 is not valid JSON: %2 at offset %3")
                .arg(QDir::toNativeSeparators(path), parseError.errorString())
                .arg(parseError.offset));
    }
    if (!document.isArray()) {
        return Result<QJsonArray>::failure(
            QCoreApplication::translate("Rules", "%1 does not hold a JSON array.")
                .arg(QDir::toNativeSeparators(path)));
    }
    return document.array();
}

// Runs one case; returns an empty string when it passes, else the failure line.
QString runCase(const QJsonObject &testCase)
{
    const QString description = testCase.value(QStringLiteral("description")).toString();
    // A case without a rule or without an expected result tests nothing; it fails rather
    // than counting as passed.
    if (!testCase.contains(QStringLiteral("rule")) ||
        (!testCase.contains(QStringLiteral("result")) &&
         !testCase.contains(QStringLiteral("error")))) {
        return QStringLiteral("%1: not a test case (it needs \"rule\" and \"result\" or "
                              "\"error\")")
            .arg(description.isEmpty() ? toCompactJson(testCase) : description);
    }
    const QJsonValue data = testCase.value(QStringLiteral("data"));
    const bool expectsError = testCase.contains(QStringLiteral("error"));
    const QJsonValue expected = expectsError ? testCase.value(QStringLiteral("error"))
                                             : testCase.value(QStringLiteral("result"));
    const QString expectedText =
        expectsError ? QStringLiteral("error ") + toCompactJson(expected) : toCompactJson(expected);

    const Result<CompiledRule> rule = CompiledRule::compile(testCase.value(QStringLiteral("rule")));
    if (!rule) {
        return QStringLiteral("%1: expected %2, but the rule does not compile: %3")
            .arg(description, expectedText, rule.error());
    }

    QJsonValue error;
    const QJsonValue actual = rule->evaluate(data.isUndefined() ? QJsonValue() : data, &error);
    const bool raised = !error.isNull();
    const bool passed = expectsError ? raised && sameValue(error, expected)
                                     : !raised && sameValue(actual, expected);
    if (passed)
        return QString();

    const QString actualText =
        raised ? QStringLiteral("error ") + toCompactJson(error) : toCompactJson(actual);
    return QStringLiteral("%1: expected %2, got %3").arg(description, expectedText, actualText);
}

} // namespace

Result<SuiteReport> runSuiteFile(const QString &path)
{
    const Result<QJsonArray> cases = readJsonArray(path);
    if (!cases)
        return Result<SuiteReport>::failure(cases.error());

    SuiteReport report;
    for (const QJsonValue entry : *cases) {
        if (!entry.isObject())
            continue; // comments and section titles
        const QString failure = runCase(entry.toObject());
        if (failure.isEmpty()) {
            ++report.passed;
        } else {
            ++report.failed;
            report.failures.append(failure);
        }
    }
    if (report.passed + report.failed == 0) {
        return Result<SuiteReport>::failure(
            QCoreApplication::translate("Rules", "%1 holds no test cases.")
                .arg(QDir::toNativeSeparators(path)));
    }
    qCDebug(lcRules) << "suite" << QFileInfo(path).fileName() << report.passed << "passed"
                     << report.failed << "failed";
    return report;
}

Result<QStringList> suiteFileNames(const QString &indexPath, SuiteSelection selection)
{
    const Result<QJsonArray> index = readJsonArray(indexPath);
    if (!index)
        return Result<QStringList>::failure(index.error());

    QStringList names;
    for (const QJsonValue entry : *index) {
        const QString name = entry.toString();
        if (name.isEmpty())
            continue;
        const bool isExtra = name.contains(QStringLiteral(".extra"));
        if ((selection == SuiteSelection::CoreOnly && isExtra) ||
            (selection == SuiteSelection::ExtraOnly && !isExtra)) {
            continue;
        }
        names.append(name);
    }
    return names;
}

Result<QList<SuiteFileReport>> runSuiteIndex(const QString &indexPath, SuiteSelection selection)
{
    const Result<QStringList> names = suiteFileNames(indexPath, selection);
    if (!names)
        return Result<QList<SuiteFileReport>>::failure(names.error());

    const QDir directory = QFileInfo(indexPath).absoluteDir();
    QList<SuiteFileReport> reports;
    for (const QString &name : *names) {
        const Result<SuiteReport> report = runSuiteFile(directory.filePath(name));
        if (!report)
            return Result<QList<SuiteFileReport>>::failure(report.error());
        reports.append(SuiteFileReport{name, *report});
    }
    return reports;
}

int runRulesTestCommand(const QString &path, QTextStream &out, QTextStream &err)
{
    const Result<SuiteReport> report = runSuiteFile(path);
    if (!report) {
        err << report.error() << Qt::endl;
        return 2;
    }

    for (const QString &failure : report->failures)
        out << failure << '\n';
    out << report->passed << " passed, " << report->failed << " failed" << Qt::endl;
    return report->failed == 0 ? 0 : 1;
}

} // namespace Jiuzhu::JsonLogic
