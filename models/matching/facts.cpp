// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "facts.h"

#include <QJsonArray>

#include "catalogue/catalogue.h"
#include "households/household.h"
#include "households/vocabulary.h"

namespace Jiuzhu::Facts {

namespace {

template <typename T>
QJsonValue optionalValue(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

bool isWorkingAge(const Member &member, int age)
{
    const int limit = member.sex == QLatin1String("female") ? 55 : 60;
    return age >= 16 && age < limit;
}

bool hasCondition(const Member &member, bool ConditionEntry::*flag)
{
    return std::any_of(member.conditions.cbegin(), member.conditions.cend(),
                       [flag](const QString &code) {
                           const ConditionEntry *entry = Vocabulary::condition(code);
                           return entry && entry->*flag;
                       });
}

bool isSevereDisability(const Member &member)
{
    if (member.disabilityGrade == 1 || member.disabilityGrade == 2) {
        return true;
    }
    return member.disabilityGrade == 3 && (member.disabilityType == QLatin1String("intellectual") ||
                                           member.disabilityType == QLatin1String("mental"));
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

} // namespace

QJsonObject household(const Household &h, const QDate &asOf)
{
    const int size = int(h.members.size());
    const qint64 income = h.monthlyIncomeFen();
    const double perCapita = size > 0 ? double(income) / size : 0;
    const Member *head = h.head();

    bool hasMinor = false;
    bool hasElderly = false;
    int ableAdults = 0;
    for (const Member &member : h.members) {
        const int age = member.ageOn(asOf);
        if (isWorkingAge(member, age) && !isSevereDisability(member) &&
            !hasCondition(member, &ConditionEntry::isMajorIllness)) {
            ++ableAdults;
        }
        hasMinor = hasMinor || (age >= 0 && age < 18);
        hasElderly = hasElderly || age >= 65;
    }

    QJsonValue assetsPerCapita(QJsonValue::Null);
    if (h.financialAssetsFen && size > 0) {
        assetsPerCapita = double(*h.financialAssetsFen) / size;
    }
    QJsonValue areaPerCapita(QJsonValue::Null);
    if (h.livingAreaM2 && size > 0) {
        areaPerCapita = *h.livingAreaM2 / size;
    }

    const qint64 medical = h.medicalOutOfPocket12mFen();
    const QStringList receiving = receivedBy(h, QString());
    const bool isTekun = h.receives(QStringLiteral("tekun"));
    return QJsonObject{
        {QStringLiteral("size"), size},
        {QStringLiteral("income_monthly"), double(income)},
        {QStringLiteral("income_pc_monthly"), perCapita},
        {QStringLiteral("income_annual"), double(income * 12)},
        {QStringLiteral("income_pc_annual"), perCapita * 12},
        {QStringLiteral("assets_financial"), optionalValue(h.financialAssetsFen)},
        {QStringLiteral("assets_pc"), assetsPerCapita},
        {QStringLiteral("vehicles"), optionalValue(h.vehicleCount)},
        {QStringLiteral("properties"), optionalValue(h.propertyCount)},
        {QStringLiteral("living_area_pc"), areaPerCapita},
        {QStringLiteral("hukou_shanghai"), head && head->hukou == QLatin1String("shanghai")},
        {QStringLiteral("hukou_years"), optionalValue(h.hukouYears)},
        {QStringLiteral("has_supporter"),
         h.hasSupporter ? QJsonValue(*h.hasSupporter) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("able_adults"), ableAdults},
        {QStringLiteral("disaster_affected"),
         h.isDisasterAffected ? QJsonValue(*h.isDisasterAffected) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sudden_hardship"),
         h.hasSuddenHardship ? QJsonValue(*h.hasSuddenHardship) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("lives_alone"), size == 1},
        {QStringLiteral("has_minor"), hasMinor},
        {QStringLiteral("has_elderly"), hasElderly},
        {QStringLiteral("medical_oop_12m"), double(medical)},
        {QStringLiteral("education_spending_12m"), double(h.educationSpending12mFen)},
        {QStringLiteral("rigid_spending_12m"),
         double(medical + h.educationSpending12mFen + h.otherRigidSpending12mFen)},
        {QStringLiteral("receiving"), QJsonArray::fromStringList(receiving)},
        {QStringLiteral("is_dibao"), isTekun || h.receives(QStringLiteral("dibao"))},
        {QStringLiteral("is_lowincome"), h.receives(QStringLiteral("low_income"))},
        {QStringLiteral("is_tekun"), isTekun},
        {QStringLiteral("is_expenditure_poor"), h.receives(QStringLiteral("expenditure_poverty"))},
    };
}

namespace {

// Who looks after a child, as far as the household's relations tell: a child of the head
// with the head or spouse present lives with a parent. Anything else (a grandchild, a child
// living with other relatives) is left unknown for the advisor to find out, except adults.
QJsonValue guardianStatus(const Household &h, const Member &m, int age)
{
    if (age >= 18) {
        return QStringLiteral("other");
    }
    const bool parentPresent =
        std::any_of(h.members.cbegin(), h.members.cend(), [](const Member &other) {
            return other.relation == QLatin1String("head") ||
                   other.relation == QLatin1String("spouse");
        });
    if (m.relation == QLatin1String("child") && parentPresent) {
        return QStringLiteral("parents");
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject member(const Household &h, const Member &m, const QDate &asOf)
{
    const int age = m.ageOn(asOf);
    const bool workingAge = isWorkingAge(m, age);
    const bool severe = isSevereDisability(m);
    const bool majorIllness = hasCondition(m, &ConditionEntry::isMajorIllness);
    const int fortyFifty = m.sex == QLatin1String("female") ? 40 : 45;
    return QJsonObject{
        {QStringLiteral("age"), age >= 0 ? QJsonValue(age) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sex"), m.sex},
        {QStringLiteral("is_minor"), age >= 0 && age < 18},
        {QStringLiteral("hukou_shanghai"), m.hukou == QLatin1String("shanghai")},
        {QStringLiteral("employment"), m.employment},
        {QStringLiteral("is_unemployed"), m.employment == QLatin1String("unemployed")},
        {QStringLiteral("unemployment_registered"), m.isUnemploymentRegistered},
        {QStringLiteral("employment_difficulty"), m.isEmploymentDifficultyRecognised},
        {QStringLiteral("working_age"), workingAge},
        {QStringLiteral("is_4050"), workingAge && age >= fortyFifty},
        {QStringLiteral("disability_grade"), m.disabilityGrade},
        {QStringLiteral("disability_type"), m.disabilityType},
        {QStringLiteral("has_disability"), m.disabilityGrade > 0},
        {QStringLiteral("severe_disability"), severe},
        {QStringLiteral("major_illness"), majorIllness},
        {QStringLiteral("mental_illness"), hasCondition(m, &ConditionEntry::isMentalHealth)},
        {QStringLiteral("medical_oop_12m"), double(m.medicalOutOfPocket12mFen)},
        {QStringLiteral("income_monthly"), double(m.monthlyIncomeFen())},
        {QStringLiteral("is_student"), m.employment == QLatin1String("student")},
        {QStringLiteral("able_to_work"), workingAge && !severe && !majorIllness},
        {QStringLiteral("receiving"), QJsonArray::fromStringList(receivedBy(h, m.sync.uuid))},
        {QStringLiteral("guardian_status"), guardianStatus(h, m, age)},
    };
}

QJsonObject parameters(const Catalogue &catalogue, const QDate &asOf)
{
    QJsonObject values;
    for (auto it = catalogue.parameters().cbegin(); it != catalogue.parameters().cend(); ++it) {
        if (const ParameterValue *value = it.value().valueOn(asOf)) {
            values.insert(it.key(), value->value);
        }
    }
    return values;
}

} // namespace Jiuzhu::Facts
