// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "catalogue.h"

class QTextStream;

namespace Jiuzhu {

// The outcome of checking a catalogue file against a fact dictionary: every problem found, and
// what could be read. `Unreadable` means a file could not be opened or is not JSON at all, so
// nothing inside it could be checked.
struct CatalogueCheckResult
{
    enum class Status
    {
        Valid,
        Invalid,
        Unreadable
    };

    Status status = Status::Unreadable;
    QList<CatalogueProblem> problems; // for Unreadable, the one reason
    QString version;
    int policyCount = 0;
    int parameterCount = 0;
};

// Checks a policies file; an empty `factsPath` checks against the bundled fact dictionary.
CatalogueCheckResult checkCatalogueFiles(const QString &policiesPath, const QString &factsPath);

// `jiuzhu-cli policies check FILE [FACTS]`: prints every problem to `out`, one line each
// ("error: " and a sentence naming the policy or parameter and the field), then one summary
// line. Returns 0 when the catalogue is valid, 2 when it has problems, 3 when a file cannot be
// read or is not JSON (the reason goes to `err`).
int runPoliciesCheckCommand(const QString &policiesPath, const QString &factsPath, QTextStream &out,
                            QTextStream &err);

} // namespace Jiuzhu
