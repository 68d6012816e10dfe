// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QJsonValue;

namespace Jiuzhu {

// What a JsonLogic rule reads: the data paths named by "var", "missing" and "missing_some"
// outside the per-element scope of map, filter, reduce, all, none and some (where paths refer
// to the element, not to the household data). Also reports the first operation that is not
// JsonLogic and whether a variable name is computed rather than written out.
struct RuleVariables
{
    QStringList paths; // in order of first use, no duplicates
    QString unknownOperation;
    bool computedName = false;
};

RuleVariables collectRuleVariables(const QJsonValue &rule);

} // namespace Jiuzhu
