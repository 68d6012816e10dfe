// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandrafter.h"

#include <QLocale>

#include "assessment/assessment.h"
#include "matching/matchresult.h"

namespace Jiuzhu {

namespace {

PlanAction action(const QString &stage, const QString &kind, const QString &title,
                  const QString &owner, const QDate &due)
{
    PlanAction a;
    a.stage = stage;
    a.kind = kind;
    a.title = title;
    a.owner = owner;
    a.due = due;
    a.status = QStringLiteral("todo");
    return a;
}

bool hasKind(const Plan &plan, const QString &stage, const QString &kind)
{
    return std::any_of(plan.actions.cbegin(), plan.actions.cend(),
                       [&](const PlanAction &a) { return a.stage == stage && a.kind == kind; });
}

} // namespace

Plan PlanDrafter::draft(const Plan &existing, const MatchResult &matches,
                        const Assessment *assessment, const QDate &today, const QString &owner)
{
    Plan plan = existing;
    plan.householdUuid = matches.householdUuid;
    const QLocale locale;

    if (!hasKind(plan, QStringLiteral("assessment"), QStringLiteral("visit"))) {
        PlanAction visit =
            action(QStringLiteral("assessment"), QStringLiteral("visit"),
                   tr("Home visit to assess the household's situation and needs"), owner, today);
        visit.goal = tr("Understand the household");
        if (assessment) {
            visit.status = QStringLiteral("done");
        }
        plan.actions << visit;
    }

    int offset = 7;
    for (const PolicyMatch &match : matches.policies) {
        if (match.status != MatchStatus::Eligible &&
            match.status != MatchStatus::PossiblyEligible) {
            continue;
        }
        if (plan.hasActionFor(match.policyCode)) {
            continue;
        }
        const QString name = match.policyName.text(locale);
        QString title = tr("Apply for %1").arg(name);
        if (match.status == MatchStatus::PossiblyEligible && !match.missingFactLabels.isEmpty()) {
            title = tr("Collect %1, then apply for %2")
                        .arg(match.missingFactLabels.join(tr(", ")), name);
        }
        PlanAction apply = action(QStringLiteral("plan"), QStringLiteral("apply"), title, owner,
                                  today.addDays(offset));
        apply.policyCode = match.policyCode;
        apply.goal = tr("Secure the assistance the household is entitled to");
        plan.actions << apply;
        offset = std::min(offset + 7, 28);
    }

    if (!hasKind(plan, QStringLiteral("followup"), QStringLiteral("visit"))) {
        PlanAction followUp = action(QStringLiteral("followup"), QStringLiteral("visit"),
                                     tr("Follow-up visit: check applications and how the "
                                        "household is doing"),
                                     owner, today.addDays(30));
        followUp.goal = tr("Stay with the household until it stands on its own");
        plan.actions << followUp;
    }
    if (plan.stage == QLatin1String("assessment") && assessment) {
        plan.stage = QStringLiteral("plan");
    }
    return plan;
}

} // namespace Jiuzhu
