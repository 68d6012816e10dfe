// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "catalogue/catalogue.h"

namespace Jiuzhu {

// One dimension's part of an assessment: its value from 0 (no hardship) to 1 (most severe),
// the points it adds (value × weight) and the factors behind it as translated sentences with
// the real values.
struct DimensionScore
{
    QString code;
    LocalizedText label;
    double weight = 0;
    double value = 0;
    QStringList factors;

    double points() const { return value * weight; }
};

// A hardship assessment of one household at one moment: a score from 0 to 100, the level it
// falls in (1 stable … 4 severe hardship), the dimensions behind it and tags such as 独居 or
// 因病致贫风险. Kept as history; a re-assessment is compared with the previous one.
struct Assessment
{
    QString uuid;
    QString householdUuid;
    QDateTime assessedAt;
    QString assessedBy;
    QString modelVersion;
    double score = 0;
    int level = 0;
    LocalizedText levelLabel;
    QList<DimensionScore> dimensions;
    QStringList tags; // codes, see tagLabel()

    QJsonObject toJson() const;
    static Assessment fromJson(const QJsonObject &object);
};

// Translated label of a tag code ("lives_alone" → 独居).
QString tagLabel(const QString &code);
QStringList tagCodes();

// What changed between two assessments of the same household, for the re-assessment view.
struct AssessmentChange
{
    QString dimension;
    LocalizedText label;
    double pointsBefore = 0;
    double pointsAfter = 0;
};
QList<AssessmentChange> compare(const Assessment &before, const Assessment &after);

} // namespace Jiuzhu
