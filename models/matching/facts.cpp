// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "facts.h"

#include <QJsonArray>

#include "catalogue/catalogue.h"
#include "households/household.h"
#include "households/memberreadings.h"
#include "households/vocabulary.h"

namespace Jiuzhu::Facts {

namespace {

template <typename T>
QJsonValue optionalValue(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject household(const Household &h, const QDate &asOf)
{
    const int size = int(h.members.size());
    const qint64 income = h.monthlyIncomeFen();
    const double perCapita = size > 0 ? double(income) / size : 0;
    const Member *head = h.head();

    const Readings::Composition composition = Readings::composition(h, asOf);
    const bool hasMinor = composition.hasMinor;
    const bool hasElderly = composition.hasElderly;
    const int ableAdults = composition.ableAdults;

    QJsonValue assetsPerCapita(QJsonValue::Null);
    if (h.financialAssetsFen && size > 0) {
        assetsPerCapita = double(*h.financialAssetsFen) / size;
    }
    QJsonValue areaPerCapita(QJsonValue::Null);
    if (h.livingAreaM2 && size > 0) {
        areaPerCapita = *h.livingAreaM2 / size;
    }

    const qint64 medical = h.medicalOutOfPocket12mFen();
    const QStringList receiving = Readings::receivedBy(h, QString());
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

QJsonObject member(const Household &h, const Member &m, const QDate &asOf)
{
    const int age = m.ageOn(asOf);
    const QString guardian = Readings::guardianStatus(h, m, age);
    const bool workingAge = Readings::isWorkingAge(m, age);
    const bool severe = Readings::isSevereDisability(m);
    const bool majorIllness = Readings::hasMajorIllness(m);
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
        {QStringLiteral("mental_illness"), Readings::hasMentalHealthCondition(m)},
        {QStringLiteral("medical_oop_12m"), double(m.medicalOutOfPocket12mFen)},
        {QStringLiteral("income_monthly"), double(m.monthlyIncomeFen())},
        {QStringLiteral("is_student"), m.employment == QLatin1String("student")},
        {QStringLiteral("able_to_work"), workingAge && !severe && !majorIllness},
        {QStringLiteral("receiving"),
         QJsonArray::fromStringList(Readings::receivedBy(h, m.sync.uuid))},
        {QStringLiteral("guardian_status"),
         guardian.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(guardian)},
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
