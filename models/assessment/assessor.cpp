// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessor.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include "core/money.h"
#include "households/household.h"
#include "households/memberreadings.h"
#include "households/vocabulary.h"

namespace Jiuzhu {

namespace {

QString yuan(qint64 fen)
{
    return Money::formatYuan(fen, QLocale());
}

LocalizedText localized(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(QStringLiteral("zh")).toString(),
            object.value(QStringLiteral("en")).toString()};
}

bool receivesBasicAid(const Household &h)
{
    return h.receives(QStringLiteral("dibao")) || h.receives(QStringLiteral("tekun"));
}

qint64 dibaoStandard(const Catalogue &catalogue, const QDate &asOf)
{
    const Parameter *parameter = catalogue.parameter(QStringLiteral("dibao_standard"));
    if (!parameter) {
        return 0;
    }
    if (const ParameterValue *value = parameter->valueOn(asOf)) {
        return qint64(value->value);
    }
    // In a gap between known values, the latest earlier value is the best measure of need.
    qint64 latest = 0;
    for (const ParameterValue &value : parameter->values) {
        if (value.from <= asOf) {
            latest = qint64(value.value);
        }
    }
    return latest;
}

} // namespace

Result<Assessor> Assessor::loadBundled()
{
    QFile file(QStringLiteral(":/assessment/model.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<Assessor>::failure(tr("Cannot read the assessment model"));
    }
    return fromJson(file.readAll());
}

Result<Assessor> Assessor::fromJson(const QByteArray &model)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(model, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        return Result<Assessor>::failure(
            tr("The assessment model is not valid JSON: %1").arg(parseError.errorString()));
    }

    Assessor assessor;
    assessor.m_version = root.value(QStringLiteral("version")).toString();
    const QJsonArray dimensions = root.value(QStringLiteral("dimensions")).toArray();
    for (const QJsonValue &value : dimensions) {
        const QJsonObject object = value.toObject();
        DimensionScore dimension;
        dimension.code = object.value(QStringLiteral("code")).toString();
        dimension.label = localized(object.value(QStringLiteral("label")));
        dimension.weight = object.value(QStringLiteral("weight")).toDouble();
        assessor.m_dimensions << dimension;
    }
    const QJsonArray levels = root.value(QStringLiteral("levels")).toArray();
    for (const QJsonValue &value : levels) {
        const QJsonObject object = value.toObject();
        assessor.m_levels << Level{object.value(QStringLiteral("level")).toInt(),
                                   object.value(QStringLiteral("minScore")).toDouble(),
                                   localized(object.value(QStringLiteral("label")))};
    }
    const QJsonObject thresholds = root.value(QStringLiteral("thresholds")).toObject();
    for (auto it = thresholds.constBegin(); it != thresholds.constEnd(); ++it) {
        assessor.m_thresholds.insert(it.key(), it.value().toDouble());
    }

    double total = 0;
    for (const DimensionScore &dimension : std::as_const(assessor.m_dimensions)) {
        total += dimension.weight;
    }
    if (assessor.m_dimensions.isEmpty() || assessor.m_levels.isEmpty() ||
        qAbs(total - 100) > 1e-6) {
        return Result<Assessor>::failure(
            tr("The assessment model needs dimensions whose weights add up to 100, and levels"));
    }
    std::sort(assessor.m_levels.begin(), assessor.m_levels.end(),
              [](const Level &a, const Level &b) { return a.minScore < b.minScore; });
    return assessor;
}

double Assessor::threshold(const char *name, double fallback) const
{
    return m_thresholds.value(QLatin1String(name), fallback);
}

Assessment Assessor::assess(const Household &h, const Catalogue &catalogue, const QDate &asOf) const
{
    const qint64 standard = dibaoStandard(catalogue, asOf);
    Assessment result;
    result.householdUuid = h.sync.uuid;
    result.modelVersion = m_version;
    result.assessedAt = QDateTime::currentDateTimeUtc();

    for (DimensionScore dimension : m_dimensions) {
        QStringList &f = dimension.factors;
        if (dimension.code == QLatin1String("income")) {
            dimension.value = incomeValue(h, standard, f);
        } else if (dimension.code == QLatin1String("health")) {
            dimension.value = healthValue(h, f);
        } else if (dimension.code == QLatin1String("disability")) {
            dimension.value = disabilityValue(h, f);
        } else if (dimension.code == QLatin1String("housing")) {
            dimension.value = housingValue(h, f);
        } else if (dimension.code == QLatin1String("employment")) {
            dimension.value = employmentValue(h, asOf, f);
        } else if (dimension.code == QLatin1String("care")) {
            dimension.value = careValue(h, asOf, f);
        } else if (dimension.code == QLatin1String("isolation")) {
            dimension.value = isolationValue(h, asOf, f);
        } else if (dimension.code == QLatin1String("education")) {
            dimension.value = educationValue(h, asOf, standard, f);
        }
        dimension.value = std::clamp(dimension.value, 0.0, 1.0);
        result.score += dimension.points();
        result.dimensions << dimension;
    }
    result.score = qRound(result.score * 10) / 10.0;

    for (const Level &level : m_levels) {
        if (result.score >= level.minScore) {
            result.level = level.level;
            result.levelLabel = level.label;
        }
    }
    result.tags = tags(h, asOf, standard);
    return result;
}

double Assessor::incomeValue(const Household &h, qint64 standard, QStringList &factors) const
{
    const qsizetype size = std::max<qsizetype>(1, h.members.size());
    const qint64 perCapita = h.monthlyIncomeFen() / size;
    double value = 0;
    if (standard > 0) {
        const double ratio = double(perCapita) / double(standard);
        if (ratio < threshold("incomeRatioSevere", 0.5)) {
            value = 1.0;
        } else if (ratio < threshold("incomeRatioBelow", 1.0)) {
            value = 0.8;
        } else if (ratio < threshold("incomeRatioEdge", 1.5)) {
            value = 0.5;
        } else if (ratio < threshold("incomeRatioNear", 2.0)) {
            value = 0.25;
        }
        factors << tr("Monthly income per person %1 yuan against the dibao standard %2 yuan")
                       .arg(yuan(perCapita), yuan(standard));
    }
    if (receivesBasicAid(h)) {
        value = std::max(value, 0.9);
        factors << tr("Already receives dibao or extreme-poverty support");
    }
    if (h.financialAssetsFen && standard > 0 && *h.financialAssetsFen < standard * size) {
        value = std::min(1.0, value + 0.1);
        factors << tr("Savings %1 yuan, less than one month of the standard for the household")
                       .arg(yuan(*h.financialAssetsFen));
    }
    return value;
}

double Assessor::healthValue(const Household &h, QStringList &factors) const
{
    double value = 0;
    for (const Member &m : h.members) {
        QStringList labels;
        for (const QString &code : m.conditions) {
            labels << Vocabulary::conditionLabel(code);
        }
        if (labels.isEmpty()) {
            continue;
        }
        const double memberValue =
            Readings::hasMajorIllness(m) ? 1.0 : std::min(1.0, 0.35 * double(labels.size()));
        value = std::max(value, memberValue);
        factors << tr("%1: %2").arg(m.name, labels.join(tr(", ")));
    }
    const qint64 annualIncome = h.monthlyIncomeFen() * 12;
    const qint64 medical = h.medicalOutOfPocket12mFen();
    if (medical > 0) {
        factors << tr("Own-paid medical costs in the last 12 months: %1 yuan").arg(yuan(medical));
        if (annualIncome == 0 ||
            double(medical) / double(annualIncome) >= threshold("medicalShareOfIncomeRisk", 0.3)) {
            value = std::min(1.0, value + 0.3);
        }
    }
    return value;
}

double Assessor::disabilityValue(const Household &h, QStringList &factors) const
{
    double value = 0;
    for (const Member &m : h.members) {
        if (m.disabilityGrade <= 0) {
            continue;
        }
        value = std::max(value, Readings::isSevereDisability(m) ? 1.0 : 0.5);
        factors << tr("%1: %2 disability, grade %3")
                       .arg(m.name,
                            Vocabulary::label(Vocabulary::List::DisabilityType, m.disabilityType))
                       .arg(m.disabilityGrade);
    }
    return value;
}

double Assessor::housingValue(const Household &h, QStringList &factors) const
{
    double value = 0;
    if (h.housingType == QLatin1String("none")) {
        value = 1.0;
        factors << tr("No stable housing");
    } else if (h.housingType == QLatin1String("private_rental")) {
        value = 0.4;
        factors << tr("Rents privately");
    }
    if (h.livingAreaM2 && !h.members.isEmpty()) {
        const double perPerson = *h.livingAreaM2 / double(h.members.size());
        if (perPerson <= threshold("crowdedAreaPerPersonM2", 7)) {
            value = std::max(value, 0.7);
            factors << tr("Living area %L1 m² per person").arg(perPerson, 0, 'f', 1);
        }
    }
    return value;
}

double Assessor::employmentValue(const Household &h, const QDate &asOf, QStringList &factors) const
{
    int workingAge = 0;
    int jobless = 0;
    for (const Member &m : h.members) {
        if (!Readings::isWorkingAge(m, m.ageOn(asOf)) || m.employment == QLatin1String("student")) {
            continue;
        }
        ++workingAge;
        if (m.employment == QLatin1String("unemployed") ||
            m.employment == QLatin1String("unable")) {
            ++jobless;
            factors << tr("%1 is of working age and has no job").arg(m.name);
        }
    }
    if (workingAge == 0) {
        return 0;
    }
    return double(jobless) / double(workingAge);
}

double Assessor::careValue(const Household &h, const QDate &asOf, QStringList &factors) const
{
    int dependants = 0;
    int carers = 0;
    for (const Member &m : h.members) {
        const int age = m.ageOn(asOf);
        const bool needsCare = (age >= 0 && age < 16) || age >= threshold("oldAge", 80) ||
                               Readings::isSevereDisability(m) || Readings::hasMajorIllness(m);
        if (needsCare) {
            ++dependants;
        } else if (age >= 16) {
            ++carers;
        }
    }
    if (dependants == 0) {
        return 0;
    }
    if (carers == 0) {
        factors << tr("%n member(s) need care and nobody in the household can give it", nullptr,
                      dependants);
        return h.members.size() == 1 ? 0.6 : 1.0;
    }
    factors << tr("%n member(s) need care", nullptr, dependants);
    return std::min(1.0, 0.4 * double(dependants) / double(carers));
}

double Assessor::isolationValue(const Household &h, const QDate &asOf, QStringList &factors) const
{
    double value = 0;
    if (h.members.size() == 1) {
        const int age = h.members.first().ageOn(asOf);
        value += age >= 65 ? 0.7 : 0.5;
        factors << tr("Lives alone");
    } else if (std::all_of(h.members.cbegin(), h.members.cend(),
                           [&asOf](const Member &m) { return m.ageOn(asOf) >= 65; })) {
        value += 0.4;
        factors << tr("All members are 65 or older");
    }
    for (const Member &m : h.members) {
        if (Readings::hasMentalHealthCondition(m)) {
            value += 0.5;
            factors << tr("%1 has a mental-health condition").arg(m.name);
            break;
        }
    }
    if (h.hasSupporter && !*h.hasSupporter) {
        value += 0.2;
        factors << tr("No relative able to support");
    }
    return value;
}

double Assessor::educationValue(const Household &h, const QDate &asOf, qint64 standard,
                                QStringList &factors) const
{
    int children = 0;
    for (const Member &m : h.members) {
        const int age = m.ageOn(asOf);
        if ((age >= 0 && age < 18) || m.employment == QLatin1String("student")) {
            ++children;
        }
    }
    if (children == 0) {
        return 0;
    }
    const qint64 perCapita = h.monthlyIncomeFen() / std::max<qsizetype>(1, h.members.size());
    double value = 0.3;
    factors << tr("%n child(ren) or student(s) in the household", nullptr, children);
    if (standard > 0 && perCapita < qint64(standard * threshold("incomeRatioEdge", 1.5))) {
        value += 0.4;
    }
    if (h.educationSpending12mFen > 0) {
        value += 0.3;
        factors << tr("Education costs in the last 12 months: %1 yuan")
                       .arg(yuan(h.educationSpending12mFen));
    }
    return value;
}

QStringList Assessor::tags(const Household &h, const QDate &asOf, qint64 standard) const
{
    QStringList result;
    const qsizetype size = std::max<qsizetype>(1, h.members.size());
    const qint64 perCapita = h.monthlyIncomeFen() / size;
    const qint64 annualIncome = h.monthlyIncomeFen() * 12;
    const qint64 medical = h.medicalOutOfPocket12mFen();

    if (h.members.size() == 1) {
        result << QStringLiteral("lives_alone");
    }
    const bool majorIllness =
        std::any_of(h.members.cbegin(), h.members.cend(),
                    [](const Member &m) { return Readings::hasMajorIllness(m); });
    const bool heavyMedical =
        medical > 0 && (annualIncome == 0 || double(medical) / double(annualIncome) >=
                                                 threshold("medicalShareOfIncomeRisk", 0.3));
    const bool lowIncome = standard > 0 && perCapita < qint64(standard * 2);
    if ((majorIllness && lowIncome) || heavyMedical) {
        result << QStringLiteral("illness_poverty_risk");
    }
    for (const Member &m : h.members) {
        const int age = m.ageOn(asOf);
        if (Readings::isWorkingAge(m, age) &&
            (m.employment == QLatin1String("unemployed") || m.isEmploymentDifficultyRecognised)) {
            result << QStringLiteral("employment_difficulty");
            break;
        }
    }
    if (std::any_of(h.members.cbegin(), h.members.cend(),
                    [](const Member &m) { return Readings::isSevereDisability(m); })) {
        result << QStringLiteral("severe_disability");
    } else if (std::any_of(h.members.cbegin(), h.members.cend(),
                           [](const Member &m) { return m.disabilityGrade > 0; })) {
        result << QStringLiteral("disability");
    }
    if (std::any_of(h.members.cbegin(), h.members.cend(),
                    [&asOf](const Member &m) { return m.ageOn(asOf) >= 80; })) {
        result << QStringLiteral("very_old");
    }
    if (h.members.size() > 0 &&
        std::all_of(h.members.cbegin(), h.members.cend(),
                    [&asOf](const Member &m) { return m.ageOn(asOf) >= 65; })) {
        result << QStringLiteral("elderly_only");
    }
    if (std::any_of(h.members.cbegin(), h.members.cend(), [&asOf](const Member &m) {
            const int age = m.ageOn(asOf);
            return age >= 0 && age < 18;
        })) {
        result << QStringLiteral("has_children");
    }
    if (std::any_of(h.members.cbegin(), h.members.cend(),
                    [](const Member &m) { return Readings::hasMentalHealthCondition(m); })) {
        result << QStringLiteral("mental_health");
    }
    if (receivesBasicAid(h)) {
        result << QStringLiteral("dibao_family");
    }
    return result;
}

} // namespace Jiuzhu
