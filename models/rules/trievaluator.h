// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/rules: three-valued evaluation shared by eligibility and explanations.

#include <QJsonValue>
#include <QStringList>

#include "rules/eligibility.h"
#include "rules/jsonlogicnode.h"

namespace Jiuzhu::JsonLogic {

// Exact: the value plain evaluation would give. TruthOnly: only its truthiness is certain (an
// "or" decided by a later clause after an unknown one). Unknown: depends on missing facts.
enum class Certainty : quint8
{
    Exact,
    TruthOnly,
    Unknown
};

struct TriValue
{
    QJsonValue value;
    Certainty certainty = Certainty::Exact;
    QStringList missing; // set only when Unknown

    bool isUnknown() const { return certainty == Certainty::Unknown; }
};

// Evaluates nodes at the top scope of one data object. and, or, !, !! and if combine their
// clauses three-valued; every other node runs the plain evaluator and is Unknown when that run
// looked up a missing fact. Control flow matches the plain evaluator whenever nothing is
// missing, which is what makes the two agree. Raises EvalError like the plain evaluator.
class TriEvaluator
{
public:
    explicit TriEvaluator(const QJsonValue &data);
    TriEvaluator(const TriEvaluator &) = delete;
    TriEvaluator &operator=(const TriEvaluator &) = delete;

    TriValue evaluate(const Node &node);

private:
    TriValue evaluatePlain(const Node &node);
    TriValue evaluateAndOr(const Node &node);
    TriValue evaluateIf(const Node &node, size_t first);

    QJsonValue m_data;
    Context m_context;
};

Outcome outcomeOf(const TriValue &value);
void appendUnique(QStringList &list, const QStringList &items);

// Builds the clause tree for a rule; defined in explanation.cpp.
Clause explainRule(const Node &root, TriEvaluator &evaluator, const FactLabels &labels);

} // namespace Jiuzhu::JsonLogic
