// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "rules/jsonlogic.h"

namespace Jiuzhu::JsonLogic {

// Eligibility rules are read three-valued over data {"household":…, "member":…, "param":…}:
// a var/val path that resolves to null or nothing, with no default, is a missing fact, and
// whatever depends on it is Unknown rather than false. and/or/!/if combine outcomes the
// Kleene way. When no fact is missing the outcome is exactly the truthiness of
// CompiledRule::evaluate. An evaluation error counts as NotMet, as its null result would.
enum class Outcome
{
    Met,
    NotMet,
    Unknown
};

// Outcomes in the order a member-scope policy folds its members by (the household takes the
// best): NotMet 0 < Unknown 1 < Met 2.
constexpr int outcomeRank(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Met:
        return 2;
    case Outcome::Unknown:
        return 1;
    case Outcome::NotMet:
        return 0;
    }
    return 0;
}

// How a fact or parameter is shown: labels in both languages and its unit (fen, count, years,
// m2, ratio, bool, code). Money facts are integer fen and are shown in yuan.
struct FactLabel
{
    QString zh;
    QString en;
    QString unit;
    // Labels of a code fact's values: code -> {zh, en}. A code not listed is shown as it is.
    QHash<QString, std::pair<QString, QString>> values;
};

using FactLabels = std::function<std::optional<FactLabel>(const QString &path)>;

// One sentence of an explanation, with the real values ("家庭月人均收入 1,200 元，低于 最低生活
// 保障标准 1,650 元 — 符合"). and/or nodes carry their clauses as children. missingFacts lists
// the paths that left this clause Unknown; it is empty when the clause is decided.
struct Clause
{
    Outcome outcome = Outcome::Unknown;
    QString textZh;
    QString textEn;
    QStringList missingFacts;
    QList<Clause> children;
};

// missingFacts holds the facts to collect to decide the rule: empty unless the outcome is
// Unknown, and then only the facts the undecided clauses need.
struct EligibilityResult
{
    Outcome outcome = Outcome::Unknown;
    QStringList missingFacts;
    Clause explanation;
};

// Outcome and explanation. Building the sentences costs far more than deciding; screening many
// households should call evaluateOutcome and explain only what it shows.
EligibilityResult evaluateEligibility(const CompiledRule &rule, const QJsonObject &data,
                                      const FactLabels &labels);

// The outcome alone, for screening. missingFacts as in EligibilityResult.
Outcome evaluateOutcome(const CompiledRule &rule, const QJsonValue &data,
                        QStringList *missingFacts = nullptr);

// Evaluates a benefit formula in fen, rounded to whole fen when it gives a number. Sets
// *isUnknown and returns null when the formula needs a missing fact; an evaluation error
// returns null with *isUnknown false.
QJsonValue evaluateAmount(const CompiledRule &formula, const QJsonObject &data, bool *isUnknown);

} // namespace Jiuzhu::JsonLogic
