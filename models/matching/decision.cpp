// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision.h"

#include "catalogue/catalogue.h"
#include "households/household.h"
#include "matching/facts.h"
#include "matching/matchresult.h"

namespace Jiuzhu {

namespace {

QJsonObject policyParameters(const Policy &policy, const Catalogue &catalogue, const QDate &asOf)
{
    QJsonObject values;
    for (const QString &name : policy.parameters) {
        const Parameter *parameter = catalogue.parameter(name);
        const ParameterValue *value = parameter ? parameter->valueOn(asOf) : nullptr;
        values.insert(name, value ? QJsonValue(value->value) : QJsonValue());
    }
    return values;
}

QJsonObject inputsFor(const Policy &policy, const Household &household, const Catalogue &catalogue,
                      const QDate &asOf)
{
    QJsonObject inputs{{QStringLiteral("household"), Facts::household(household, asOf)},
                       {QStringLiteral("param"), policyParameters(policy, catalogue, asOf)}};
    if (policy.scope == QLatin1String("member")) {
        QJsonObject members;
        for (const Member &member : household.members) {
            QJsonObject facts = Facts::member(household, member, asOf);
            facts.insert(QStringLiteral("name"), member.name);
            members.insert(member.sync.uuid, facts);
        }
        inputs.insert(QStringLiteral("members"), members);
    }
    return inputs;
}

void compareObjects(const QJsonObject &before, const QJsonObject &after, const QString &prefix,
                    const QString &memberName, QList<DecisionChange> &changes)
{
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!keys.contains(key)) {
            keys << key;
        }
    }
    for (const QString &key : std::as_const(keys)) {
        if (key == QLatin1String("name")) {
            continue;
        }
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (a != b) {
            changes << DecisionChange{prefix + key, memberName, a, b};
        }
    }
}

} // namespace

QList<Decision> DecisionLog::fromMatch(const Household &household, const MatchResult &result,
                                       const Catalogue &catalogue, const QString &purpose)
{
    QList<Decision> decisions;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const PolicyMatch &match : result.policies) {
        const Policy *policy = catalogue.policy(match.policyCode);
        if (!policy) {
            continue;
        }
        Decision d;
        d.householdUuid = household.sync.uuid;
        d.householdVersion = household.sync.version;
        d.policyCode = match.policyCode;
        d.purpose = purpose;
        d.decidedAt = now;
        d.asOf = result.asOf;
        d.catalogueVersion = result.catalogueVersion;
        d.rule = policy->eligibility;
        d.inputs = inputsFor(*policy, household, catalogue, result.asOf);
        d.status = matchStatusCode(match.status);
        d.amountFen = match.amountFen;
        decisions << d;
    }
    return decisions;
}

QString DecisionLog::purposeLabel(const QString &purpose)
{
    if (purpose == QLatin1String("shown"))
        return tr("shown", "decision purpose: the match was shown on screen");
    if (purpose == QLatin1String("printed"))
        return tr("printed", "decision purpose: the match went into a printed plan");
    if (purpose == QLatin1String("exported"))
        return tr("exported",
                  "decision purpose: the match went into an exported coverage-gap list");
    return purpose;
}

QString DecisionLog::statusLabel(const QString &status)
{
    for (const MatchStatus known : {MatchStatus::Receiving, MatchStatus::Eligible,
                                    MatchStatus::PossiblyEligible, MatchStatus::NotEligible}) {
        if (matchStatusCode(known) == status)
            return matchStatusLabel(known);
    }
    return status;
}

DecisionReview DecisionLog::review(const Decision &decision, const Household &household,
                                   const Catalogue &catalogue)
{
    DecisionReview review;
    review.decision = decision;
    if (household.sync.version != decision.householdVersion) {
        review.reasons << tr("The household was changed (version %1, now %2)")
                              .arg(decision.householdVersion)
                              .arg(household.sync.version);
    }
    if (catalogue.version() != decision.catalogueVersion) {
        review.reasons << tr("The policy catalogue was updated (%1, now %2)")
                              .arg(decision.catalogueVersion, catalogue.version());
    }
    const Policy *policy = catalogue.policy(decision.policyCode);
    if (!policy) {
        review.reasons << tr("The policy is no longer in the catalogue");
        review.isStale = true;
        return review;
    }
    if (policy->eligibility != decision.rule) {
        review.reasons << tr("The policy's conditions changed");
    }

    // Facts are compared as of the decision's date, so that a birthday alone does not count
    // as a change in the household.
    const QJsonObject now = inputsFor(*policy, household, catalogue, decision.asOf);
    compareObjects(decision.inputs.value(QStringLiteral("household")).toObject(),
                   now.value(QStringLiteral("household")).toObject(), QStringLiteral("household."),
                   QString(), review.changes);
    compareObjects(decision.inputs.value(QStringLiteral("param")).toObject(),
                   now.value(QStringLiteral("param")).toObject(), QStringLiteral("param."),
                   QString(), review.changes);
    const QJsonObject beforeMembers = decision.inputs.value(QStringLiteral("members")).toObject();
    const QJsonObject nowMembers = now.value(QStringLiteral("members")).toObject();
    for (auto it = nowMembers.constBegin(); it != nowMembers.constEnd(); ++it) {
        const QString name = it.value().toObject().value(QStringLiteral("name")).toString();
        if (!beforeMembers.contains(it.key())) {
            review.changes << DecisionChange{QStringLiteral("member"), name, QJsonValue(),
                                             QJsonValue(name)};
            continue;
        }
        compareObjects(beforeMembers.value(it.key()).toObject(), it.value().toObject(),
                       QStringLiteral("member."), name, review.changes);
    }
    for (auto it = beforeMembers.constBegin(); it != beforeMembers.constEnd(); ++it) {
        if (!nowMembers.contains(it.key())) {
            const QString name = it.value().toObject().value(QStringLiteral("name")).toString();
            review.changes << DecisionChange{QStringLiteral("member"), name, QJsonValue(name),
                                             QJsonValue()};
        }
    }
    review.isStale = !review.reasons.isEmpty() || !review.changes.isEmpty();
    return review;
}

} // namespace Jiuzhu
