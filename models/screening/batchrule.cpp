// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchrule.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QJsonArray>

#include "rules/jsonlogicnode.h"
#include "screening/facttable.h"

namespace Jiuzhu {

namespace {

using Op = BatchRule::Op;
using Type = BatchRule::Type;
using Value = BatchRule::Value;

constexpr quint64 OverflowBit = quint64(1) << 63;

quint64 bit(int slot)
{
    return slot >= 0 && slot < 63 ? quint64(1) << slot : OverflowBit;
}

} // namespace

// Evaluates one rule for one row. plain() is the JSON evaluator's evaluateNode with missing
// lookups recorded as bits; tri() is TriEvaluator: and/or/!/!!/if combine three-valued and
// every other node is plain() made Unknown by any missing lookup under it. An error the rule
// raises (NaN, division by zero) sets m_raised and unwinds by early returns, where the JSON
// evaluator throws: some rules raise on most rows (a code compared with a missing fact), and
// an exception per row would cost more than the whole evaluation.
class BatchEvaluator
{
public:
    enum class Certainty : quint8
    {
        Exact,
        TruthOnly,
        Unknown
    };
    struct Tri
    {
        Value value;
        Certainty certainty = Certainty::Exact;
        quint64 missing = 0;

        bool isUnknown() const { return certainty == Certainty::Unknown; }
    };

    BatchEvaluator(const BatchRule &rule, const FactTable &table, const BatchStrings &strings,
                   BatchRule::Row row, BatchRule::Memo *memo)
        : m_rule(rule)
        , m_table(table)
        , m_strings(strings)
        , m_row(row)
        , m_memo(memo)
    {
    }

    Tri tri(int index);
    JsonLogic::Outcome rootAnd(const std::vector<int> &clauses, size_t count, quint64 *missing);
    bool hasRaised() const { return m_raised; }
    bool truthy(const Value &v) const;

private:
    const BatchRule::Node &node(int index) const { return m_rule.m_nodes[size_t(index)]; }
    int arg(const BatchRule::Node &n, int i) const { return m_rule.m_args[size_t(n.first + i)]; }

    Tri triPlain(int index);
    Tri triNode(int index);
    Tri triAndOr(const BatchRule::Node &n);
    Tri triIf(const BatchRule::Node &n, int first);

    Value plain(int index, quint64 &missing);
    Value var(const BatchRule::Node &n, quint64 &missing);
    Value missingVar(const BatchRule::Node &n, quint64 &missing);
    Value compare(const BatchRule::Node &n, quint64 &missing);
    Value arithmetic(const BatchRule::Node &n, quint64 &missing);
    Value coalesce(const BatchRule::Node &n, quint64 &missing);
    Value inText(const BatchRule::Node &n, quint64 &missing);
    double operand(int index, quint64 &missing);
    bool numericCompare(const BatchRule::Node &n, quint64 &missing);
    Value raise()
    {
        m_raised = true;
        return Value{};
    }

    double toNumber(const Value &v);
    double finite(double value);
    QString toText(const Value &v) const;
    bool looseEqual(const Value &a, const Value &b);
    static bool strictEqual(const Value &a, const Value &b);
    int order(const Value &a, const Value &b);
    bool comparePair(Op op, const Value &a, const Value &b);

    const BatchRule &m_rule;
    const FactTable &m_table;
    const BatchStrings &m_strings;
    BatchRule::Row m_row;
    BatchRule::Memo *m_memo;
    int m_suppress = 0;
    bool m_raised = false;
};

namespace {

Value boolean(bool b)
{
    return Value{Type::Bool, -1, b ? 1.0 : 0.0};
}

Value number(double n)
{
    return Value{Type::Number, -1, n};
}

bool isNullish(const Value &v)
{
    return v.type == Type::Null;
}

bool sameValue(const Value &a, const Value &b)
{
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case Type::Null:
        return true;
    case Type::Number: {
        const double scale = std::max({1.0, std::abs(a.number), std::abs(b.number)});
        return a.number == b.number || std::abs(a.number - b.number) <= 1e-12 * scale;
    }
    case Type::Bool:
        return a.number == b.number;
    case Type::Text:
        return a.text == b.text;
    }
    return false;
}

} // namespace

bool BatchEvaluator::truthy(const Value &v) const
{
    switch (v.type) {
    case Type::Null:
        return false;
    case Type::Bool:
        return v.number != 0;
    case Type::Number:
        return v.number != 0 && !std::isnan(v.number);
    case Type::Text:
        return !m_strings.text(v.text).isEmpty();
    }
    return false;
}

double BatchEvaluator::toNumber(const Value &v)
{
    double n = 0;
    switch (v.type) {
    case Type::Null:
        break;
    case Type::Bool:
    case Type::Number:
        n = v.number;
        break;
    case Type::Text:
        n = m_strings.number(v.text);
        break;
    }
    if (std::isnan(n)) {
        m_raised = true;
        return 0;
    }
    return n;
}

double BatchEvaluator::finite(double value)
{
    if (!std::isfinite(value))
        m_raised = true;
    return value;
}

QString BatchEvaluator::toText(const Value &v) const
{
    switch (v.type) {
    case Type::Null:
        return QString();
    case Type::Bool:
        return v.number != 0 ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Number:
        return JsonLogic::formatNumber(v.number);
    case Type::Text:
        return m_strings.text(v.text);
    }
    return QString();
}

bool BatchEvaluator::looseEqual(const Value &a, const Value &b)
{
    if (a.type == Type::Text && b.type == Type::Text)
        return a.text == b.text;
    const double x = toNumber(a);
    const double y = toNumber(b);
    return x == y;
}

bool BatchEvaluator::strictEqual(const Value &a, const Value &b)
{
    if (isNullish(a) || isNullish(b))
        return isNullish(a) && isNullish(b);
    if (a.type != b.type)
        return false;
    if (a.type == Type::Text)
        return a.text == b.text;
    return a.number == b.number;
}

int BatchEvaluator::order(const Value &a, const Value &b)
{
    if (a.type == Type::Text && b.type == Type::Text) {
        const int c = m_strings.text(a.text).compare(m_strings.text(b.text));
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    const double x = toNumber(a);
    const double y = toNumber(b);
    return x < y ? -1 : (x > y ? 1 : 0);
}

bool BatchEvaluator::comparePair(Op op, const Value &a, const Value &b)
{
    switch (op) {
    case Op::Equal:
        return looseEqual(a, b);
    case Op::NotEqual:
        return !looseEqual(a, b);
    case Op::StrictEqual:
        return strictEqual(a, b);
    case Op::StrictNotEqual:
        return !strictEqual(a, b);
    case Op::Greater:
        return order(a, b) > 0;
    case Op::GreaterEqual:
        return order(a, b) >= 0;
    case Op::Less:
        return order(a, b) < 0;
    case Op::LessEqual:
        return order(a, b) <= 0;
    default:
        return false;
    }
}

Value BatchEvaluator::missingVar(const BatchRule::Node &n, quint64 &missing)
{
    if (n.hasDefault)
        return plain(arg(n, 0), missing);
    if (m_suppress == 0)
        missing |= bit(n.slot);
    return Value{};
}

Value BatchEvaluator::var(const BatchRule::Node &n, quint64 &missing)
{
    const int row = n.scope == FactScope::Member ? m_row.member : m_row.household;
    switch (n.op) {
    case Op::VarNumber: {
        const double v = m_table.numbers(n.scope, n.column)[row];
        return std::isnan(v) ? missingVar(n, missing) : number(v);
    }
    case Op::VarFlag: {
        const qint8 f = m_table.flags(n.scope, n.column)[row];
        return f < 0 ? missingVar(n, missing) : boolean(f != 0);
    }
    case Op::VarCode: {
        const qint32 id = m_table.codes(n.scope, n.column)[row];
        return id < 0 ? missingVar(n, missing) : Value{Type::Text, id, 0};
    }
    case Op::VarParam:
        return number(n.constant);
    default:
        return missingVar(n, missing);
    }
}

// A numeric operand as toNumber would read it: a missing fact is null, that is 0.
inline double BatchEvaluator::operand(int index, quint64 &missing)
{
    const BatchRule::Node &n = node(index);
    const int row = n.scope == FactScope::Member ? m_row.member : m_row.household;
    switch (n.op) {
    case Op::VarNumber: {
        const double *column = m_memo ? static_cast<const double *>(m_memo->m_bases[size_t(index)])
                                      : m_table.numbers(n.scope, n.column);
        const double v = column[row];
        if (!std::isnan(v))
            return v;
        break;
    }
    case Op::VarFlag: {
        const qint8 *column = m_memo ? static_cast<const qint8 *>(m_memo->m_bases[size_t(index)])
                                     : m_table.flags(n.scope, n.column);
        const qint8 f = column[row];
        if (f >= 0)
            return f;
        break;
    }
    case Op::VarParam:
        return n.constant;
    case Op::Literal:
        return n.literal.number;
    default:
        break;
    }
    if (m_suppress == 0)
        missing |= bit(n.slot);
    return 0;
}

bool BatchEvaluator::numericCompare(const BatchRule::Node &n, quint64 &missing)
{
    const double a = operand(arg(n, 0), missing);
    const double b = operand(arg(n, 1), missing);
    switch (n.op) {
    case Op::Equal:
        return a == b;
    case Op::NotEqual:
        return a != b;
    case Op::Greater:
        return a > b;
    case Op::GreaterEqual:
        return a >= b;
    case Op::Less:
        return a < b;
    default:
        return a <= b;
    }
}

// Chained comparison, lazily from the left, as evaluateComparison does.
Value BatchEvaluator::compare(const BatchRule::Node &n, quint64 &missing)
{
    Value left = plain(arg(n, 0), missing);
    for (int i = 1; i < n.count && !m_raised; ++i) {
        const Value right = plain(arg(n, i), missing);
        if (m_raised)
            break;
        const bool holds = comparePair(n.op, left, right);
        if (m_raised || !holds)
            return boolean(false);
        left = right;
    }
    return boolean(true);
}

Value BatchEvaluator::arithmetic(const BatchRule::Node &n, quint64 &missing)
{
    Value args[8];
    std::vector<Value> many;
    Value *values = args;
    if (n.count > 8) {
        many.resize(size_t(n.count));
        values = many.data();
    }
    // All arguments are evaluated before any is read as a number, as evaluateArgs does.
    for (int i = 0; i < n.count; ++i) {
        values[i] = plain(arg(n, i), missing);
        if (m_raised)
            return Value{};
    }

    const int count = n.count;
    switch (n.op) {
    case Op::Add: {
        double sum = 0;
        for (int i = 0; i < count && !m_raised; ++i)
            sum += toNumber(values[i]);
        return number(finite(sum));
    }
    case Op::Multiply: {
        double product = 1;
        for (int i = 0; i < count && !m_raised; ++i)
            product *= toNumber(values[i]);
        return number(finite(product));
    }
    case Op::Subtract: {
        if (count == 0)
            return raise();
        double result = toNumber(values[0]);
        if (count == 1)
            return number(finite(-result));
        for (int i = 1; i < count && !m_raised; ++i)
            result -= toNumber(values[i]);
        return number(finite(result));
    }
    case Op::Divide: {
        if (count == 0)
            return raise();
        double result = count == 1 ? 1 : toNumber(values[0]);
        for (int i = count == 1 ? 0 : 1; i < count && !m_raised; ++i) {
            const double divisor = toNumber(values[i]);
            if (divisor == 0 && !m_raised)
                return raise();
            result /= divisor;
        }
        return number(finite(result));
    }
    case Op::Modulo: {
        if (count < 2)
            return raise();
        double result = toNumber(values[0]);
        for (int i = 1; i < count && !m_raised; ++i) {
            const double divisor = toNumber(values[i]);
            if (divisor == 0 && !m_raised)
                return raise();
            result = std::fmod(result, divisor);
        }
        return number(finite(result));
    }
    default: {
        if (count == 0)
            return raise();
        double result = toNumber(values[0]);
        for (int i = 1; i < count && !m_raised; ++i) {
            const double v = toNumber(values[i]);
            result = n.op == Op::Max ? std::max(result, v) : std::min(result, v);
        }
        return number(result);
    }
    }
}

// Lookups in all but the last argument may find nothing without that being a missing fact.
Value BatchEvaluator::coalesce(const BatchRule::Node &n, quint64 &missing)
{
    for (int i = 0; i < n.count; ++i) {
        const bool last = i + 1 == n.count;
        if (!last)
            ++m_suppress;
        const Value v = plain(arg(n, i), missing);
        if (!last)
            --m_suppress;
        if (m_raised)
            return Value{};
        if (!isNullish(v))
            return v;
    }
    return Value{};
}

Value BatchEvaluator::inText(const BatchRule::Node &n, quint64 &missing)
{
    // Every argument is evaluated, as evaluateArgs does, even past the haystack.
    Value needle;
    Value haystack;
    for (int i = 0; i < n.count; ++i) {
        const Value v = plain(arg(n, i), missing);
        if (m_raised)
            return Value{};
        if (i == 0)
            needle = v;
        else if (i == 1)
            haystack = v;
    }
    if (n.count < 2 || haystack.type != Type::Text)
        return boolean(false);
    return boolean(m_strings.text(haystack.text).contains(toText(needle)));
}

Value BatchEvaluator::plain(int index, quint64 &missing)
{
    const BatchRule::Node &n = node(index);
    switch (n.op) {
    case Op::Literal:
        if (n.literal.type == Type::Text)
            return Value{Type::Text, m_strings.literalId(n.literal.text), 0};
        return n.literal;
    case Op::VarNumber:
    case Op::VarFlag:
    case Op::VarCode:
    case Op::VarParam:
    case Op::VarMissing:
        return var(n, missing);
    case Op::If: {
        int i = 0;
        for (; i + 1 < n.count; i += 2) {
            const Value condition = plain(arg(n, i), missing);
            if (m_raised)
                return Value{};
            if (truthy(condition))
                return plain(arg(n, i + 1), missing);
        }
        return i < n.count ? plain(arg(n, i), missing) : Value{};
    }
    case Op::Equal:
    case Op::StrictEqual:
    case Op::NotEqual:
    case Op::StrictNotEqual:
    case Op::Greater:
    case Op::GreaterEqual:
    case Op::Less:
    case Op::LessEqual:
        if (n.isNumeric)
            return boolean(numericCompare(n, missing));
        if (n.count < 2)
            return raise();
        return compare(n, missing);
    case Op::Not: {
        if (n.count == 0)
            return boolean(true);
        const Value v = plain(arg(n, 0), missing);
        return m_raised ? Value{} : boolean(!truthy(v));
    }
    case Op::DoubleNot: {
        if (n.count == 0)
            return boolean(false);
        const Value v = plain(arg(n, 0), missing);
        return m_raised ? Value{} : boolean(truthy(v));
    }
    case Op::Or:
    case Op::And: {
        if (n.count == 0)
            return boolean(false);
        const bool stopWhenTruthy = n.op == Op::Or;
        Value v;
        for (int i = 0; i < n.count; ++i) {
            v = plain(arg(n, i), missing);
            if (m_raised || truthy(v) == stopWhenTruthy)
                return v;
        }
        return v;
    }
    case Op::Coalesce:
        return coalesce(n, missing);
    case Op::Max:
    case Op::Min:
    case Op::Add:
    case Op::Subtract:
    case Op::Multiply:
    case Op::Divide:
    case Op::Modulo:
        return arithmetic(n, missing);
    case Op::InSet: {
        const Value needle = plain(arg(n, 0), missing);
        if (m_raised || needle.type != Type::Text || needle.text >= m_table.setWords() * 64)
            return boolean(false);
        const int row = n.scope == FactScope::Member ? m_row.member : m_row.household;
        const quint64 *bits = m_table.codeSet(n.scope, n.column, row);
        return boolean((bits[needle.text / 64] >> (needle.text % 64)) & 1);
    }
    case Op::InList: {
        const Value needle = plain(arg(n, 0), missing);
        if (m_raised)
            return Value{};
        for (const Value &item : m_rule.m_lists[size_t(n.column)]) {
            const Value bound = item.type == Type::Text
                                    ? Value{Type::Text, m_strings.literalId(item.text), 0}
                                    : item;
            if (strictEqual(bound, needle))
                return boolean(true);
        }
        return boolean(false);
    }
    case Op::InText:
        return inText(n, missing);
    }
    return Value{};
}

// An error under a node that also missed a fact makes it Unknown instead of raising.
BatchEvaluator::Tri BatchEvaluator::triPlain(int index)
{
    quint64 missing = 0;
    const Value v = plain(index, missing);
    if (m_raised && missing)
        m_raised = false;
    if (missing)
        return Tri{Value{}, Certainty::Unknown, missing};
    return Tri{v, Certainty::Exact, 0};
}

BatchEvaluator::Tri BatchEvaluator::triAndOr(const BatchRule::Node &n)
{
    if (n.count == 0)
        return Tri{boolean(false), Certainty::Exact, 0};
    const bool stopWhenTruthy = n.op == Op::Or;
    quint64 missing = 0;
    Tri last;
    for (int i = 0; i < n.count; ++i) {
        const int index = arg(n, i);
        const BatchRule::Node &child = node(index);
        if (child.isNumeric && !child.isMemoized) {
            // The common clause, a comparison of facts and parameters, without a Tri.
            quint64 clauseMissing = 0;
            const bool holds = numericCompare(child, clauseMissing);
            if (clauseMissing) {
                missing |= clauseMissing;
                continue;
            }
            if (holds == stopWhenTruthy) {
                return Tri{boolean(holds), missing ? Certainty::TruthOnly : Certainty::Exact, 0};
            }
            last = Tri{boolean(holds), Certainty::Exact, 0};
            continue;
        }
        Tri clause = tri(index);
        if (m_raised)
            return Tri{};
        if (clause.isUnknown()) {
            missing |= clause.missing;
            continue;
        }
        if (truthy(clause.value) == stopWhenTruthy) {
            if (missing)
                clause.certainty = Certainty::TruthOnly;
            return clause;
        }
        last = clause;
    }
    if (missing)
        return Tri{Value{}, Certainty::Unknown, missing};
    return last;
}

BatchEvaluator::Tri BatchEvaluator::triIf(const BatchRule::Node &n, int first)
{
    int i = first;
    for (; i + 1 < n.count; i += 2) {
        const Tri condition = tri(arg(n, i));
        if (m_raised)
            return Tri{};
        if (condition.isUnknown()) {
            const Tri a = tri(arg(n, i + 1));
            if (m_raised)
                return Tri{};
            const Tri b = triIf(n, i + 2);
            if (m_raised)
                return Tri{};
            // Known only where both branches agree, exactly or at least in truthiness.
            if (!a.isUnknown() && !b.isUnknown()) {
                if (a.certainty == Certainty::Exact && b.certainty == Certainty::Exact &&
                    sameValue(a.value, b.value)) {
                    return a;
                }
                if (truthy(a.value) == truthy(b.value))
                    return Tri{a.value, Certainty::TruthOnly, 0};
            }
            return Tri{Value{}, Certainty::Unknown, condition.missing | a.missing | b.missing};
        }
        if (truthy(condition.value))
            return tri(arg(n, i + 1));
    }
    return i < n.count ? tri(arg(n, i)) : Tri{};
}

// Household-only subtrees of member-scope rules are pure functions of the household row, so
// their result, raised error included, is kept for the next member.
BatchEvaluator::Tri BatchEvaluator::tri(int index)
{
    if (!m_memo || !node(index).isMemoized)
        return triNode(index);
    BatchRule::Memo::Entry &entry = m_memo->m_entries[size_t(index)];
    if (entry.household == m_row.household) {
        m_raised = entry.hasRaised;
        return Tri{entry.value, Certainty(entry.certainty), entry.missing};
    }
    const Tri result = triNode(index);
    entry = BatchRule::Memo::Entry{m_row.household, m_raised, quint8(result.certainty),
                                   result.missing, result.value};
    return result;
}

BatchEvaluator::Tri BatchEvaluator::triNode(int index)
{
    const BatchRule::Node &n = node(index);
    switch (n.op) {
    case Op::And:
    case Op::Or:
        return triAndOr(n);
    case Op::Not:
    case Op::DoubleNot: {
        const bool negate = n.op == Op::Not;
        if (n.count == 0)
            return Tri{boolean(negate), Certainty::Exact, 0};
        const Tri inner = tri(arg(n, 0));
        if (m_raised || inner.isUnknown())
            return inner;
        return Tri{boolean(truthy(inner.value) != negate), Certainty::Exact, 0};
    }
    case Op::If:
        return triIf(n, 0);
    default:
        if (n.isNumeric) {
            quint64 missing = 0;
            const bool holds = numericCompare(n, missing);
            if (missing)
                return Tri{Value{}, Certainty::Unknown, missing};
            return Tri{boolean(holds), Certainty::Exact, 0};
        }
        return triPlain(index);
    }
}

// The top-level "and" in any clause order; see BatchRule::m_rootClauses.
JsonLogic::Outcome BatchEvaluator::rootAnd(const std::vector<int> &clauses, size_t count,
                                           quint64 *missing)
{
    quint64 unknown = 0;
    for (size_t i = 0; i < count; ++i) {
        const BatchRule::Node &n = node(clauses[i]);
        if (n.isNumeric && !n.isMemoized) {
            quint64 clauseMissing = 0;
            const bool holds = numericCompare(n, clauseMissing);
            if (clauseMissing)
                unknown |= clauseMissing;
            else if (!holds)
                return JsonLogic::Outcome::NotMet;
            continue;
        }
        const Tri clause = tri(clauses[i]);
        if (m_raised)
            return JsonLogic::Outcome::NotMet;
        if (clause.isUnknown())
            unknown |= clause.missing;
        else if (!truthy(clause.value))
            return JsonLogic::Outcome::NotMet;
    }
    *missing = unknown;
    return unknown ? JsonLogic::Outcome::Unknown : JsonLogic::Outcome::Met;
}

bool BatchRule::rejectsHousehold(const FactTable &table, const BatchStrings &strings, int household,
                                 Memo *memo) const
{
    if (m_householdClauses == 0)
        return false;
    BatchEvaluator evaluator(*this, table, strings, Row{household, -1}, memo);
    quint64 missing = 0;
    return evaluator.rootAnd(m_rootClauses, size_t(m_householdClauses), &missing) ==
           JsonLogic::Outcome::NotMet;
}

BatchRule::State BatchRule::state(const FactTable &table, const BatchStrings &strings, int node,
                                  Row row, Memo *memo) const
{
    BatchEvaluator evaluator(*this, table, strings, row, memo);
    const BatchEvaluator::Tri result = evaluator.tri(node);
    if (evaluator.hasRaised())
        return State::Raised;
    if (result.isUnknown())
        return State::Unknown;
    return evaluator.truthy(result.value) ? State::True : State::False;
}

BatchRule::Memo BatchRule::memo(const FactTable &table) const
{
    Memo memo;
    memo.m_entries.resize(m_nodes.size());
    memo.m_bases.resize(m_nodes.size(), nullptr);
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        if (n.op == Op::VarNumber)
            memo.m_bases[i] = table.numbers(n.scope, n.column);
        else if (n.op == Op::VarFlag)
            memo.m_bases[i] = table.flags(n.scope, n.column);
    }
    return memo;
}

JsonLogic::Outcome BatchRule::outcome(const FactTable &table, const BatchStrings &strings, Row row,
                                      quint64 *missing, Memo *memo) const
{
    *missing = 0;
    BatchEvaluator evaluator(*this, table, strings, row, memo);
    if (!m_rootClauses.empty())
        return evaluator.rootAnd(m_rootClauses, m_rootClauses.size(), missing);
    const BatchEvaluator::Tri result = evaluator.tri(m_root);
    if (evaluator.hasRaised())
        return JsonLogic::Outcome::NotMet;
    if (result.isUnknown()) {
        *missing = result.missing;
        return JsonLogic::Outcome::Unknown;
    }
    return evaluator.truthy(result.value) ? JsonLogic::Outcome::Met : JsonLogic::Outcome::NotMet;
}

std::optional<qint64> BatchRule::amount(const FactTable &table, const BatchStrings &strings,
                                        Row row, bool *isUnknown, Memo *memo) const
{
    *isUnknown = false;
    BatchEvaluator evaluator(*this, table, strings, row, memo);
    const BatchEvaluator::Tri result = evaluator.tri(m_root);
    if (evaluator.hasRaised())
        return std::nullopt;
    if (result.certainty != BatchEvaluator::Certainty::Exact) {
        *isUnknown = true;
        return std::nullopt;
    }
    if (result.value.type != Type::Number || !std::isfinite(result.value.number))
        return std::nullopt;
    return std::max<qint64>(0, qint64(std::llround(result.value.number)));
}

} // namespace Jiuzhu
