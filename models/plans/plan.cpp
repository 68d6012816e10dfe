// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan.h"

#include <QJsonArray>

namespace Jiuzhu {

QJsonObject Plan::toJson() const
{
    QJsonArray items;
    for (const PlanAction &a : actions) {
        items.append(QJsonObject{{QStringLiteral("id"), a.sync.uuid},
                                 {QStringLiteral("stage"), a.stage},
                                 {QStringLiteral("kind"), a.kind},
                                 {QStringLiteral("goal"), a.goal},
                                 {QStringLiteral("title"), a.title},
                                 {QStringLiteral("policy"), a.policyCode},
                                 {QStringLiteral("owner"), a.owner},
                                 {QStringLiteral("due"), a.due.toString(Qt::ISODate)},
                                 {QStringLiteral("status"), a.status}});
    }
    return QJsonObject{{QStringLiteral("id"), sync.uuid},
                       {QStringLiteral("version"), sync.version},
                       {QStringLiteral("household"), householdUuid},
                       {QStringLiteral("stage"), stage},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("advisor"), advisor},
                       {QStringLiteral("advisorPhone"), advisorPhone},
                       {QStringLiteral("actions"), items}};
}

Plan Plan::fromJson(const QJsonObject &object)
{
    Plan plan;
    plan.sync.uuid = object.value(QStringLiteral("id")).toString();
    plan.sync.version = object.value(QStringLiteral("version")).toInt();
    plan.householdUuid = object.value(QStringLiteral("household")).toString();
    plan.stage = object.value(QStringLiteral("stage")).toString();
    plan.summary = object.value(QStringLiteral("summary")).toString();
    plan.advisor = object.value(QStringLiteral("advisor")).toString();
    plan.advisorPhone = object.value(QStringLiteral("advisorPhone")).toString();
    const QJsonArray items = object.value(QStringLiteral("actions")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject o = value.toObject();
        PlanAction a;
        a.sync.uuid = o.value(QStringLiteral("id")).toString();
        a.stage = o.value(QStringLiteral("stage")).toString();
        a.kind = o.value(QStringLiteral("kind")).toString();
        a.goal = o.value(QStringLiteral("goal")).toString();
        a.title = o.value(QStringLiteral("title")).toString();
        a.policyCode = o.value(QStringLiteral("policy")).toString();
        a.owner = o.value(QStringLiteral("owner")).toString();
        a.due = QDate::fromString(o.value(QStringLiteral("due")).toString(), Qt::ISODate);
        a.status = o.value(QStringLiteral("status")).toString();
        plan.actions << a;
    }
    return plan;
}

bool Plan::hasActionFor(const QString &policyCode) const
{
    return std::any_of(actions.cbegin(), actions.cend(), [&policyCode](const PlanAction &a) {
        return a.kind == QLatin1String("apply") && a.policyCode == policyCode &&
               a.status != QLatin1String("cancelled");
    });
}

} // namespace Jiuzhu
