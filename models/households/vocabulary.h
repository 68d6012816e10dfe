// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Jiuzhu {

// A stable code stored in the database and the JSON formats, with the English source of its
// label (translated through the "Vocabulary" context when shown).
struct VocabularyEntry
{
    const char *code;
    const char *label;
};

// A health condition code with what the assessment and the rules need to know about it.
struct ConditionEntry
{
    const char *code;
    const char *label;
    bool isMajorIllness; // counted as 大病 for medical assistance and poverty-by-illness risk
    bool isMentalHealth;
    bool isChronic;
};

// The fixed code lists of intake, plans and visits. Codes never change once shipped; labels
// are translated.
namespace Vocabulary {

enum class List
{
    Relation,
    Hukou,
    MaritalStatus,
    Education,
    Employment,
    DisabilityType,
    IncomeKind,
    HousingType,
    VisitKind,
    PlanStage,
    ActionKind,
    ActionStatus,
    Sex,
};

QList<VocabularyEntry> entries(List list);
bool contains(List list, const QString &code);
QString label(List list, const QString &code);
// The list's name for error messages ("relation", "hukou", ...).
QString listName(List list);

QList<ConditionEntry> conditions();
const ConditionEntry *condition(const QString &code);
QString conditionLabel(const QString &code);

} // namespace Vocabulary
} // namespace Jiuzhu
