// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "matching/decision.h"
#include "screening/coveragegaps.h"

namespace Jiuzhu {

class Catalogue;
class FactTable;
class Screening;

namespace ScreeningDecisions {

// The decisions behind exported coverage gaps: one per gap, with the facts the screening saw
// (the table's household and member rows, the parameters in force) in the same shape
// DecisionLog::fromMatch gives, so that DecisionLog::review can later tell what changed.
// What-if screenings are hypothetical and are not meant to be recorded.
QList<Decision> fromGaps(const QList<CoverageGap> &gaps, const Screening &screening,
                         const FactTable &table, const Catalogue &catalogue,
                         const QString &purpose = QStringLiteral("exported"));

} // namespace ScreeningDecisions
} // namespace Jiuzhu
