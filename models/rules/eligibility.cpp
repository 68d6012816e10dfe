// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eligibility.h"

#include <cmath>

#include "core/logging.h"
#include "rules/trievaluator.h"

namespace Jiuzhu::JsonLogic {

namespace {

TriValue exact(QJsonValue value)
{
    return TriValue{std::move(value), Certainty::Exact, {}};
}

TriValue unknown(QStringList missing)
{
    return TriValue{QJsonValue(), Certainty::Unknown, std::move(missing)};
}

// Two branches of an "if" whose condition is unknown: the result is known only where they
// agree, exactly or at least in truthiness.
TriValue mergeBranches(const TriValue &a, const TriValue &b, QStringList missing)
{
    if (!a.isUnknown() && !b.isUnknown()) {
        if (a.certainty == Certainty::Exact && b.certainty == Certainty::Exact &&
            sameValue(a.value, b.value)) {
            return a;
        }
        if (isTruthy(a.value) == isTruthy(b.value))
            return TriValue{a.value, Certainty::TruthOnly, {}};
    }
    appendUnique(missing, a.missing);
    appendUnique(missing, b.missing);
    return unknown(std::move(missing));
}

} // namespace

TriEvaluator::TriEvaluator(const QJsonValue &data)
    : m_data(data)
{
    m_context.frames.append(Frame{Frame::Kind::Data, &m_data, nullptr, 0});
}

TriValue TriEvaluator::evaluate(const Node &node)
{
    switch (node.op) {
    case Op::And:
    case Op::Or:
        return evaluateAndOr(node);
    case Op::Not:
    case Op::DoubleNot: {
        const bool negate = node.op == Op::Not;
        if (node.args.empty())
            return exact(negate);
        TriValue inner = evaluate(node.args.front());
        if (inner.isUnknown())
            return inner;
        return exact(isTruthy(inner.value) != negate);
    }
    case Op::If:
        return evaluateIf(node, 0);
    default:
        return evaluatePlain(node);
    }
}

TriValue TriEvaluator::evaluatePlain(const Node &node)
{
    QStringList missing;
    QStringList *outer = m_context.missing;
    m_context.missing = &missing;
    QJsonValue value;
    try {
        value = evaluateNode(node, m_context);
    } catch (const EvalError &) {
        m_context.missing = outer;
        if (!missing.isEmpty())
            return unknown(std::move(missing));
        throw;
    }
    m_context.missing = outer;
    if (!missing.isEmpty())
        return unknown(std::move(missing));
    return exact(value.isUndefined() ? QJsonValue() : value);
}

// "and" stops at the first known falsy clause and "or" at the first known truthy one, as the
// plain evaluator does; unknown clauses are stepped over and decide only if nothing else does.
TriValue TriEvaluator::evaluateAndOr(const Node &node)
{
    if (node.args.empty())
        return exact(false);

    const bool stopWhenTruthy = node.op == Op::Or;
    QStringList missing;
    TriValue last;
    for (const Node &arg : node.args) {
        TriValue clause = evaluate(arg);
        if (clause.isUnknown()) {
            appendUnique(missing, clause.missing);
            continue;
        }
        if (isTruthy(clause.value) == stopWhenTruthy) {
            if (!missing.isEmpty())
                clause.certainty = Certainty::TruthOnly;
            return clause;
        }
        last = std::move(clause);
    }
    if (!missing.isEmpty())
        return unknown(std::move(missing));
    return last;
}

TriValue TriEvaluator::evaluateIf(const Node &node, size_t first)
{
    const size_t count = node.args.size();
    size_t i = first;
    for (; i + 1 < count; i += 2) {
        const TriValue condition = evaluate(node.args[i]);
        if (condition.isUnknown()) {
            const TriValue thenValue = evaluate(node.args[i + 1]);
            const TriValue elseValue = evaluateIf(node, i + 2);
            return mergeBranches(thenValue, elseValue, condition.missing);
        }
        if (isTruthy(condition.value))
            return evaluate(node.args[i + 1]);
    }
    return i < count ? evaluate(node.args[i]) : exact(QJsonValue());
}

Outcome outcomeOf(const TriValue &value)
{
    if (value.isUnknown())
        return Outcome::Unknown;
    return isTruthy(value.value) ? Outcome::Met : Outcome::NotMet;
}

void appendUnique(QStringList &list, const QStringList &items)
{
    for (const QString &item : items) {
        if (!list.contains(item))
            list.append(item);
    }
}

Outcome evaluateOutcome(const CompiledRule &rule, const QJsonValue &data, QStringList *missingFacts)
{
    if (missingFacts)
        missingFacts->clear();
    if (rule.isNull())
        return Outcome::NotMet;

    TriEvaluator evaluator(data);
    try {
        const TriValue value = evaluator.evaluate(*rule.root());
        if (missingFacts && value.isUnknown())
            *missingFacts = value.missing;
        return outcomeOf(value);
    } catch (const EvalError &error) {
        qCDebug(lcRules) << "eligibility rule raised" << toCompactJson(error.value);
        return Outcome::NotMet;
    }
}

EligibilityResult evaluateEligibility(const CompiledRule &rule, const QJsonObject &data,
                                      const FactLabels &labels)
{
    EligibilityResult result;
    result.outcome = Outcome::NotMet;
    if (rule.isNull())
        return result;

    TriEvaluator evaluator(data);
    result.explanation = explainRule(*rule.root(), evaluator, labels);
    result.outcome = result.explanation.outcome;
    if (result.outcome == Outcome::Unknown)
        result.missingFacts = result.explanation.missingFacts;
    return result;
}

QJsonValue evaluateAmount(const CompiledRule &formula, const QJsonObject &data, bool *isUnknown)
{
    if (isUnknown)
        *isUnknown = false;
    if (formula.isNull())
        return QJsonValue();

    TriEvaluator evaluator(data);
    try {
        const TriValue value = evaluator.evaluate(*formula.root());
        if (value.certainty != Certainty::Exact) {
            if (isUnknown)
                *isUnknown = true;
            return QJsonValue();
        }
        if (value.value.isDouble())
            return double(std::llround(value.value.toDouble()));
        return value.value;
    } catch (const EvalError &error) {
        qCWarning(lcRules) << "benefit formula raised" << toCompactJson(error.value);
        return QJsonValue();
    }
}

} // namespace Jiuzhu::JsonLogic
