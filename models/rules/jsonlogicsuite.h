// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include "core/result.h"

class QTextStream;

namespace Jiuzhu::JsonLogic {

// The outcome of running one conformance suite file: a JSON array of comment strings and
// cases {description, rule, data, result} or {…, error}. Each failure line names the case and
// shows the expected and the actual value.
struct SuiteReport
{
    int passed = 0;
    int failed = 0;
    QStringList failures;
};

struct SuiteFileReport
{
    QString name; // as listed in index.json, e.g. "arithmetic/plus.json"
    SuiteReport report;
};

enum class SuiteSelection
{
    All,
    CoreOnly, // names without ".extra"
    ExtraOnly
};

// Fails (with a message naming the file) when the file cannot be read or is not a JSON array.
Result<SuiteReport> runSuiteFile(const QString &path);

// The suite file names an index.json lists, filtered by selection.
Result<QStringList> suiteFileNames(const QString &indexPath, SuiteSelection selection);

// Runs every selected file of an index.json, paths taken relative to the index. Fails on the
// first file that cannot be read.
Result<QList<SuiteFileReport>> runSuiteIndex(const QString &indexPath, SuiteSelection selection);

// `jiuzhu-cli rules test FILE`: prints each failure, then "N passed, M failed". Returns 0
// without failures, 1 with failures, 2 when the file cannot be read or parsed.
int runRulesTestCommand(const QString &path, QTextStream &out, QTextStream &err);

} // namespace Jiuzhu::JsonLogic
