// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Jiuzhu {

namespace {

struct TagEntry
{
    const char *code;
    const char *label;
};

const TagEntry Tags[] = {
    {"lives_alone", QT_TRANSLATE_NOOP("Assessment", "Lives alone")},
    {"illness_poverty_risk", QT_TRANSLATE_NOOP("Assessment", "Risk of poverty through illness")},
    {"employment_difficulty", QT_TRANSLATE_NOOP("Assessment", "Employment difficulty")},
    {"severe_disability", QT_TRANSLATE_NOOP("Assessment", "Severe disability")},
    {"disability", QT_TRANSLATE_NOOP("Assessment", "Disability")},
    {"very_old", QT_TRANSLATE_NOOP("Assessment", "Aged 80 or over")},
    {"elderly_only", QT_TRANSLATE_NOOP("Assessment", "Elderly-only household")},
    {"has_children", QT_TRANSLATE_NOOP("Assessment", "Children in the household")},
    {"mental_health", QT_TRANSLATE_NOOP("Assessment", "Mental-health concern")},
    {"dibao_family", QT_TRANSLATE_NOOP("Assessment", "Dibao family")},
};

QJsonObject localizedJson(const LocalizedText &text)
{
    return {{QStringLiteral("zh"), text.zh}, {QStringLiteral("en"), text.en}};
}

LocalizedText localizedFrom(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(QStringLiteral("zh")).toString(),
            object.value(QStringLiteral("en")).toString()};
}

} // namespace

QString tagLabel(const QString &code)
{
    for (const TagEntry &tag : Tags) {
        if (code == QLatin1String(tag.code)) {
            return QCoreApplication::translate("Assessment", tag.label);
        }
    }
    return code;
}

QStringList tagCodes()
{
    QStringList codes;
    for (const TagEntry &tag : Tags) {
        codes << QLatin1String(tag.code);
    }
    return codes;
}

QJsonObject Assessment::toJson() const
{
    QJsonArray dims;
    for (const DimensionScore &d : dimensions) {
        dims.append(
            QJsonObject{{QStringLiteral("code"), d.code},
                        {QStringLiteral("label"), localizedJson(d.label)},
                        {QStringLiteral("weight"), d.weight},
                        {QStringLiteral("value"), d.value},
                        {QStringLiteral("points"), d.points()},
                        {QStringLiteral("factors"), QJsonArray::fromStringList(d.factors)}});
    }
    return QJsonObject{
        {QStringLiteral("id"), uuid},
        {QStringLiteral("household"), householdUuid},
        {QStringLiteral("assessedAt"), assessedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("assessedBy"), assessedBy},
        {QStringLiteral("modelVersion"), modelVersion},
        {QStringLiteral("score"), score},
        {QStringLiteral("level"), level},
        {QStringLiteral("levelLabel"), localizedJson(levelLabel)},
        {QStringLiteral("dimensions"), dims},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
    };
}

Assessment Assessment::fromJson(const QJsonObject &object)
{
    Assessment a;
    a.uuid = object.value(QStringLiteral("id")).toString();
    a.householdUuid = object.value(QStringLiteral("household")).toString();
    a.assessedAt =
        QDateTime::fromString(object.value(QStringLiteral("assessedAt")).toString(), Qt::ISODate);
    a.assessedBy = object.value(QStringLiteral("assessedBy")).toString();
    a.modelVersion = object.value(QStringLiteral("modelVersion")).toString();
    a.score = object.value(QStringLiteral("score")).toDouble();
    a.level = object.value(QStringLiteral("level")).toInt();
    a.levelLabel = localizedFrom(object.value(QStringLiteral("levelLabel")));
    const QJsonArray dims = object.value(QStringLiteral("dimensions")).toArray();
    for (const QJsonValue &value : dims) {
        const QJsonObject d = value.toObject();
        DimensionScore score;
        score.code = d.value(QStringLiteral("code")).toString();
        score.label = localizedFrom(d.value(QStringLiteral("label")));
        score.weight = d.value(QStringLiteral("weight")).toDouble();
        score.value = d.value(QStringLiteral("value")).toDouble();
        const QJsonArray factors = d.value(QStringLiteral("factors")).toArray();
        for (const QJsonValue &factor : factors) {
            score.factors << factor.toString();
        }
        a.dimensions << score;
    }
    const QJsonArray tags = object.value(QStringLiteral("tags")).toArray();
    for (const QJsonValue &tag : tags) {
        a.tags << tag.toString();
    }
    return a;
}

QList<AssessmentChange> compare(const Assessment &before, const Assessment &after)
{
    QList<AssessmentChange> changes;
    for (const DimensionScore &now : after.dimensions) {
        AssessmentChange change{now.code, now.label, 0, now.points()};
        for (const DimensionScore &then : before.dimensions) {
            if (then.code == now.code) {
                change.pointsBefore = then.points();
            }
        }
        changes << change;
    }
    return changes;
}

} // namespace Jiuzhu
