// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>

#include "plans/plan.h"

namespace Jiuzhu {

struct Assessment;
struct MatchResult;

// "Draft from matches": adds to a plan one application action per policy the household is
// eligible or possibly eligible for and does not receive yet (collecting the missing facts
// first where needed), plus the assessment visit and a follow-up visit. Actions already in
// the plan are kept as they are; nothing is removed.
class PlanDrafter
{
    Q_DECLARE_TR_FUNCTIONS(PlanDrafter)

public:
    static Plan draft(const Plan &existing, const MatchResult &matches,
                      const Assessment *assessment, const QDate &today, const QString &owner);
};

} // namespace Jiuzhu
