// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QJsonValue;

namespace Jiuzhu {

// What a JsonLogic rule reads: the data paths named by "var", "missing" and "missing_some"
// outside the per-element scope of map, filter, reduce, all, none and some (where paths refer
// to the element, not to the household data). Also reports operations that are not JsonLogic,
// operations given a number of arguments they cannot take, and whether a variable name is
// computed rather than written out.
struct RuleArityProblem
{
    QString operation;
    int argumentCount = 0;
    int minimum = 0;
    int maximum = 0; // -1: no upper limit
};

struct RuleVariables
{
    QStringList paths;             // in order of first use, no duplicates
    QString unknownOperation;      // the first of unknownOperations
    QStringList unknownOperations; // every one, in order of first use, no duplicates
    QList<RuleArityProblem> arityProblems;
    bool computedName = false;
};

RuleVariables collectRuleVariables(const QJsonValue &rule);

} // namespace Jiuzhu
