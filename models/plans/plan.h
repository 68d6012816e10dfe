// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "households/household.h"

namespace Jiuzhu {

// One action of a plan: what to do (apply for a policy, refer to an organisation, visit,
// other), in which stage, towards which goal, who does it and by when.
struct PlanAction
{
    SyncStamp sync;
    QString stage; // assessment, plan, followup
    QString kind;  // apply, refer, visit, other
    QString goal;
    QString title;
    QString policyCode; // for kind "apply"
    QString owner;
    QDate due;
    QString status; // todo, in_progress, done, cancelled
};

// The one plan of a household (一户一方案): its current stage and its actions. Every save
// keeps a snapshot, so earlier versions can be read back.
struct Plan
{
    SyncStamp sync;
    QString householdUuid;
    QString stage = QStringLiteral("assessment");
    QString summary;
    QString advisor;
    QString advisorPhone;
    QList<PlanAction> actions;

    QJsonObject toJson() const;
    static Plan fromJson(const QJsonObject &object);
    bool hasActionFor(const QString &policyCode) const;
};

struct PlanVersion
{
    int version = 0;
    QDateTime savedAt;
    QString savedBy;
    Plan plan;
};

} // namespace Jiuzhu
