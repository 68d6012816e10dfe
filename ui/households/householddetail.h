// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include "assessment/assessment.h"
#include "households/household.h"
#include "matching/matchresult.h"

namespace Jiuzhu {

struct DecisionReview;

class Areas;
class Catalogue;

// The detail pane of the households page as rich text: where the household lives, its members
// (ID numbers masked), the latest assessment with its factors and tags, and the policy matching
// result grouped by status with amounts, reasons and the facts still to collect.
class HouseholdDetail
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdDetail)

public:
    HouseholdDetail(const Areas &areas, const Catalogue &catalogue,
                    const QLocale &locale = QLocale());

    QString toHtml(const Household &household, const std::optional<Assessment> &assessment,
                   const MatchResult *match, const QString &matchError,
                   const QList<DecisionReview> &decisions = {}) const;
    static QString placeholderHtml(const QString &text);

private:
    QString headerHtml(const Household &household) const;
    QString membersHtml(const Household &household) const;
    QString assessmentHtml(const std::optional<Assessment> &assessment) const;
    QString matchHtml(const MatchResult &match) const;
    QString staleDecisionsHtml(const QList<DecisionReview> &decisions) const;
    QString staleHtml(const QList<DecisionReview> &decisions, const QString &purpose,
                      const QString &title, const QString &changedSince) const;
    QString policyHtml(const PolicyMatch &policy) const;
    QString reasonsHtml(const PolicyMatch &policy) const;
    QString text(const QString &zh, const QString &en) const;

    const Areas &m_areas;
    const Catalogue &m_catalogue;
    QLocale m_locale;
};

} // namespace Jiuzhu
