// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>

#include "assessment/assessment.h"
#include "core/result.h"

namespace Jiuzhu {

struct Household;
struct Member;

// Scores a household's hardship over the eight dimensions of the assessment model
// (resources/assessment/model.json: weights, level bounds and thresholds are data). Each
// dimension's value is computed from the household's facts by a small, named function here;
// the factors it reports quote the values it used, so the score is never a black box. Income
// is measured against the dibao standard of the catalogue on the assessment date.
class Assessor
{
    Q_DECLARE_TR_FUNCTIONS(Assessor)

public:
    static Result<Assessor> loadBundled();
    static Result<Assessor> fromJson(const QByteArray &model);

    Assessment assess(const Household &household, const Catalogue &catalogue,
                      const QDate &asOf) const;

    QString modelVersion() const { return m_version; }

private:
    struct Level
    {
        int level;
        double minScore;
        LocalizedText label;
    };

    double threshold(const char *name, double fallback) const;
    double incomeValue(const Household &h, qint64 standardFen, QStringList &factors) const;
    double healthValue(const Household &h, QStringList &factors) const;
    double disabilityValue(const Household &h, QStringList &factors) const;
    double housingValue(const Household &h, QStringList &factors) const;
    double employmentValue(const Household &h, const QDate &asOf, QStringList &factors) const;
    double careValue(const Household &h, const QDate &asOf, QStringList &factors) const;
    double isolationValue(const Household &h, const QDate &asOf, QStringList &factors) const;
    double educationValue(const Household &h, const QDate &asOf, qint64 standardFen,
                          QStringList &factors) const;
    QStringList tags(const Household &h, const QDate &asOf, qint64 standardFen) const;

    QString m_version;
    QList<DimensionScore> m_dimensions; // weights and labels, values zero
    QList<Level> m_levels;
    QHash<QString, double> m_thresholds;
};

} // namespace Jiuzhu
