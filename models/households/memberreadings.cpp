// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberreadings.h"

#include "households/household.h"
#include "households/vocabulary.h"

namespace Jiuzhu::Readings {

namespace {

bool hasCondition(const Member &member, bool ConditionEntry::*flag)
{
    return std::any_of(member.conditions.cbegin(), member.conditions.cend(),
                       [flag](const QString &code) {
                           const ConditionEntry *entry = Vocabulary::condition(code);
                           return entry && entry->*flag;
                       });
}

} // namespace

bool isWorkingAge(const Member &member, int age)
{
    const int limit = member.sex == QLatin1String("female") ? 55 : 60;
    return age >= 16 && age < limit;
}

bool hasMajorIllness(const Member &member)
{
    return hasCondition(member, &ConditionEntry::isMajorIllness);
}

bool hasMentalHealthCondition(const Member &member)
{
    return hasCondition(member, &ConditionEntry::isMentalHealth);
}

bool isSevereDisability(const Member &member)
{
    if (member.disabilityGrade == 1 || member.disabilityGrade == 2) {
        return true;
    }
    return member.disabilityGrade == 3 && (member.disabilityType == QLatin1String("intellectual") ||
                                           member.disabilityType == QLatin1String("mental"));
}

QString guardianStatus(const Household &household, const Member &member, int age)
{
    if (age >= 18) {
        return QStringLiteral("other");
    }
    // A child of the head lives with a parent when the head or the spouse is in the household;
    // a grandchild or a child living with other relatives is for the advisor to find out.
    const bool parentPresent =
        std::any_of(household.members.cbegin(), household.members.cend(), [](const Member &other) {
            return other.relation == QLatin1String("head") ||
                   other.relation == QLatin1String("spouse");
        });
    if (member.relation == QLatin1String("child") && parentPresent) {
        return QStringLiteral("parents");
    }
    return QString();
}

Composition composition(const Household &household, const QDate &asOf)
{
    Composition result;
    for (const Member &member : household.members) {
        const int age = member.ageOn(asOf);
        if (isWorkingAge(member, age) && !isSevereDisability(member) && !hasMajorIllness(member)) {
            ++result.ableAdults;
        }
        result.hasMinor = result.hasMinor || (age >= 0 && age < 18);
        result.hasElderly = result.hasElderly || age >= 65;
    }
    return result;
}

QStringList receivedBy(const Household &household, const QString &memberUuid)
{
    QStringList codes;
    for (const Benefit &benefit : household.benefits) {
        if ((benefit.memberUuid.isEmpty() || benefit.memberUuid == memberUuid) &&
            !codes.contains(benefit.policyCode)) {
            codes << benefit.policyCode;
        }
    }
    return codes;
}

} // namespace Jiuzhu::Readings
