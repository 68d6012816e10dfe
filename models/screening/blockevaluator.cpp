// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockevaluator.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "screening/facttable.h"

namespace Jiuzhu {

namespace {

using Op = BatchRule::Op;
using Type = BatchRule::Type;

constexpr quint8 False = quint8(BatchRule::State::False);
constexpr quint8 True = quint8(BatchRule::State::True);
constexpr quint8 Unknown = quint8(BatchRule::State::Unknown);
constexpr quint8 Raised = quint8(BatchRule::State::Raised);

// While "and"/"or" runs over its arguments, a row holds the state it stopped at (with Stopped)
// or whether an argument so far was unknown.
constexpr quint8 SeenUnknown = 4;
constexpr quint8 Stopped = 8;

// Reads a column for each row, directly or (households is not null) through each member's
// household. The loops are kept apart so that the direct one vectorizes.
template <typename T, typename Read>
void readRows(const T *column, const int *households, int rows, double *values, quint8 *isMissing,
              Read read)
{
    if (households) {
        for (int k = 0; k < rows; ++k)
            read(column[households[k]], values[k], isMissing[k]);
    } else {
        for (int k = 0; k < rows; ++k)
            read(column[k], values[k], isMissing[k]);
    }
}

// A comparison with a missing operand is unknown whatever it compares.
template <typename Compare>
void compareRows(const double *a, const quint8 *aMissing, const double *b, const quint8 *bMissing,
                 quint8 *out, int rows, Compare compare)
{
    for (int k = 0; k < rows; ++k)
        out[k] = (aMissing[k] | bMissing[k]) ? Unknown : quint8(compare(a[k], b[k]));
}

// The common comparison of a column with a constant, in one pass without operand arrays.
template <typename T, typename IsMissing, typename Compare>
void compareColumn(const T *column, const int *households, int rows, double constant, quint8 *out,
                   IsMissing isMissing, Compare compare)
{
    const auto state = [&](T v) {
        return isMissing(v) ? Unknown : quint8(compare(double(v), constant));
    };
    if (households) {
        for (int k = 0; k < rows; ++k)
            out[k] = state(column[households[k]]);
    } else {
        for (int k = 0; k < rows; ++k)
            out[k] = state(column[k]);
    }
}

template <typename F>
void withComparison(Op op, F &&f)
{
    switch (op) {
    case Op::Equal:
        f(std::equal_to<double>());
        break;
    case Op::NotEqual:
        f(std::not_equal_to<double>());
        break;
    case Op::Greater:
        f(std::greater<double>());
        break;
    case Op::GreaterEqual:
        f(std::greater_equal<double>());
        break;
    case Op::Less:
        f(std::less<double>());
        break;
    default:
        f(std::less_equal<double>());
        break;
    }
}

// The comparison that holds with its operands swapped.
Op mirrored(Op op)
{
    switch (op) {
    case Op::Greater:
        return Op::Less;
    case Op::GreaterEqual:
        return Op::LessEqual;
    case Op::Less:
        return Op::Greater;
    case Op::LessEqual:
        return Op::GreaterEqual;
    default:
        return op;
    }
}

bool isConstant(const BatchRule::Node &n)
{
    return n.op == Op::VarParam || n.op == Op::Literal;
}

double constantOf(const BatchRule::Node &n)
{
    return n.op == Op::VarParam ? n.constant : n.literal.number;
}

} // namespace

BlockEvaluator::BlockEvaluator(const FactTable &table, const BatchStrings &strings)
    : m_table(table)
    , m_strings(strings)
{
}

void BlockEvaluator::setBlock(int begin, int end)
{
    m_begin = begin;
    m_end = end;
    m_memberBegin = m_table.firstMember(begin);
    m_memberHouseholds.clear();
    for (int h = begin; h < end; ++h) {
        const size_t members = size_t(m_table.endMember(h) - m_table.firstMember(h));
        m_memberHouseholds.insert(m_memberHouseholds.end(), members, h - begin);
    }

    const size_t rows = std::max(size_t(end - begin), m_memberHouseholds.size());
    if (m_left.size() < rows) {
        m_left.resize(rows);
        m_right.resize(rows);
        m_leftMissing.resize(rows);
        m_rightMissing.resize(rows);
    }
}

int BlockEvaluator::subjectCount(bool isMemberScope) const
{
    return isMemberScope ? memberCount() : householdCount();
}

BatchRule::Row BlockEvaluator::row(bool isMemberScope, int subject) const
{
    if (isMemberScope) {
        return BatchRule::Row{m_begin + m_memberHouseholds[size_t(subject)],
                              m_memberBegin + subject};
    }
    return BatchRule::Row{m_begin + subject, -1};
}

int BlockEvaluator::arg(const BatchRule::Node &n, int i) const
{
    return m_rule->m_args[size_t(n.first + i)];
}

void BlockEvaluator::evaluate(const BatchRule &rule, BatchRule::Memo *memo,
                              std::vector<quint8> &ranks, std::vector<quint64> &missing)
{
    m_rule = &rule;
    m_memo = memo;
    const int subjects = subjectCount(rule.isMemberScope());
    if (ranks.size() < size_t(subjects))
        ranks.resize(size_t(subjects));
    if (missing.size() < size_t(subjects))
        missing.resize(size_t(subjects));
    if (!rule.isBlockwise()) {
        evaluateByRow(ranks, missing);
        return;
    }

    if (m_states.size() < rule.m_nodes.size()) {
        m_states.resize(rule.m_nodes.size());
        m_wide.resize(rule.m_nodes.size());
    }
    const quint8 *root = states(rule.m_root, rule.isMemberScope());
    static constexpr quint8 RankOf[] = {0, 2, 1, 0}; // False, True, Unknown, Raised
    for (int s = 0; s < subjects; ++s)
        ranks[size_t(s)] = RankOf[root[s]];
    for (int s = 0; s < subjects; ++s) {
        if (root[s] != Unknown)
            continue;
        const JsonLogic::Outcome outcome = rule.outcome(
            m_table, m_strings, row(rule.isMemberScope(), s), &missing[size_t(s)], memo);
        Q_ASSERT(outcome == JsonLogic::Outcome::Unknown);
        Q_UNUSED(outcome);
    }
}

void BlockEvaluator::evaluateByRow(std::vector<quint8> &ranks, std::vector<quint64> &missing)
{
    const BatchRule &rule = *m_rule;
    if (!rule.isMemberScope()) {
        for (int s = 0; s < householdCount(); ++s) {
            const JsonLogic::Outcome outcome = rule.outcome(
                m_table, m_strings, row(rule.isMemberScope(), s), &missing[size_t(s)], m_memo);
            ranks[size_t(s)] = quint8(JsonLogic::outcomeRank(outcome));
        }
        return;
    }

    int s = 0;
    for (int h = m_begin; h < m_end; ++h) {
        const int members = m_table.endMember(h) - m_table.firstMember(h);
        if (members > 0 && rule.rejectsHousehold(m_table, m_strings, h, m_memo)) {
            std::fill_n(ranks.begin() + s, members, quint8(0));
            s += members;
            continue;
        }
        for (int end = s + members; s < end; ++s) {
            const JsonLogic::Outcome outcome = rule.outcome(
                m_table, m_strings, row(rule.isMemberScope(), s), &missing[size_t(s)], m_memo);
            ranks[size_t(s)] = quint8(JsonLogic::outcomeRank(outcome));
        }
    }
}

// The states of one node over the block, in its own domain (members if it reads a member fact
// of a member-scope rule, households otherwise), spread over the members when asked.
const quint8 *BlockEvaluator::states(int index, bool isMemberDomain)
{
    const BatchRule::Node &n = m_rule->m_nodes[size_t(index)];
    const bool isMember = m_rule->isMemberScope() && !n.isHouseholdOnly;
    const int rows = isMember ? memberCount() : householdCount();
    std::vector<quint8> &buffer = m_states[size_t(index)];
    if (buffer.size() < size_t(rows))
        buffer.resize(size_t(rows));
    quint8 *out = buffer.data();

    switch (n.op) {
    case Op::And:
    case Op::Or:
        andOr(n, isMember, out, rows);
        break;
    case Op::Not:
    case Op::DoubleNot:
        negation(n, isMember, out, rows);
        break;
    case Op::If:
        ifChain(n, isMember, out, rows);
        break;
    case Op::Literal:
        if (n.literal.type == Type::Bool || n.literal.type == Type::Null)
            std::fill_n(out, rows, n.literal.number != 0 ? True : False);
        else
            byRow(index, isMember, out, rows);
        break;
    default:
        if (n.isNumeric)
            numericCompare(n, isMember, out, rows);
        else if (!codeCompare(n, isMember, out, rows))
            byRow(index, isMember, out, rows);
        break;
    }

    if (!isMemberDomain || isMember)
        return out;
    std::vector<quint8> &wide = m_wide[size_t(index)];
    if (wide.size() < m_memberHouseholds.size())
        wide.resize(m_memberHouseholds.size());
    for (size_t k = 0; k < m_memberHouseholds.size(); ++k)
        wide[k] = out[m_memberHouseholds[k]];
    return wide.data();
}

// Kleene "and"/"or" from the left: an argument that decides it (false for "and", true for
// "or") or raises stops it; otherwise any unknown argument leaves it unknown.
void BlockEvaluator::andOr(const BatchRule::Node &n, bool isMember, quint8 *out, int rows)
{
    if (n.count == 0) {
        std::fill_n(out, rows, False);
        return;
    }
    const bool isOr = n.op == Op::Or;
    const quint8 stop = isOr ? True : False;
    std::fill_n(out, rows, quint8(0));
    for (int i = 0; i < n.count; ++i) {
        const quint8 *clause = states(arg(n, i), isMember);
        for (int k = 0; k < rows; ++k) {
            const quint8 running = out[k];
            const quint8 s = clause[k];
            const quint8 next = (s == stop || s == Raised)
                                    ? quint8(Stopped | s)
                                    : quint8(running | (s == Unknown ? SeenUnknown : 0));
            out[k] = (running & Stopped) ? running : next;
        }
    }

    const quint8 otherwise = isOr ? False : True;
    for (int k = 0; k < rows; ++k) {
        const quint8 running = out[k];
        out[k] = (running & Stopped) ? quint8(running & 3)
                                     : ((running & SeenUnknown) ? Unknown : otherwise);
    }
}

void BlockEvaluator::negation(const BatchRule::Node &n, bool isMember, quint8 *out, int rows)
{
    const bool isNot = n.op == Op::Not;
    if (n.count == 0) {
        std::fill_n(out, rows, isNot ? True : False);
        return;
    }
    const quint8 *inner = states(arg(n, 0), isMember);
    const quint8 flip = isNot ? 1 : 0;
    for (int k = 0; k < rows; ++k)
        out[k] = inner[k] <= True ? quint8(inner[k] ^ flip) : inner[k];
}

// Built from the last branch backwards: out holds the value of the rest of the chain. With an
// unknown condition the result is known only where both ways agree; the branches give true or
// false only (BatchRule::isBlockwise), so agreeing in truth is agreeing in value.
void BlockEvaluator::ifChain(const BatchRule::Node &n, bool isMember, quint8 *out, int rows)
{
    int i = n.count % 2 == 1 ? n.count - 1 : n.count;
    if (i < n.count) {
        const quint8 *otherwise = states(arg(n, i), isMember);
        std::copy_n(otherwise, rows, out);
    } else {
        std::fill_n(out, rows, False);
    }

    for (i -= 2; i >= 0; i -= 2) {
        const quint8 *condition = states(arg(n, i), isMember);
        const quint8 *then = states(arg(n, i + 1), isMember);
        for (int k = 0; k < rows; ++k) {
            const quint8 a = then[k];
            const quint8 b = out[k];
            const quint8 c = condition[k];
            const quint8 open =
                (a == Raised || b == Raised) ? Raised : ((a == b && a <= True) ? a : Unknown);
            out[k] = c == True ? a : (c == False ? b : (c == Unknown ? open : Raised));
        }
    }
}

void BlockEvaluator::numericCompare(const BatchRule::Node &n, bool isMember, quint8 *out, int rows)
{
    const BatchRule::Node &left = m_rule->m_nodes[size_t(arg(n, 0))];
    const BatchRule::Node &right = m_rule->m_nodes[size_t(arg(n, 1))];
    if (isConstant(right) && columnCompare(left, n.op, constantOf(right), isMember, out, rows))
        return;
    if (isConstant(left) &&
        columnCompare(right, mirrored(n.op), constantOf(left), isMember, out, rows)) {
        return;
    }

    load(left, isMember, m_left.data(), m_leftMissing.data(), rows);
    load(right, isMember, m_right.data(), m_rightMissing.data(), rows);
    const double *a = m_left.data();
    const double *b = m_right.data();
    const quint8 *aMissing = m_leftMissing.data();
    const quint8 *bMissing = m_rightMissing.data();
    withComparison(
        n.op, [&](auto compare) { compareRows(a, aMissing, b, bMissing, out, rows, compare); });
}

// A numeric or boolean column compared with a constant; false for any other operand.
bool BlockEvaluator::columnCompare(const BatchRule::Node &n, Op op, double constant, bool isMember,
                                   quint8 *out, int rows)
{
    const bool isHousehold = n.scope == FactScope::Household;
    const int *households = isMember && isHousehold ? m_memberHouseholds.data() : nullptr;
    const int base = isHousehold ? m_begin : m_memberBegin;
    if (n.op == Op::VarNumber) {
        const double *column = m_table.numbers(n.scope, n.column) + base;
        withComparison(op, [&](auto compare) {
            compareColumn(
                column, households, rows, constant, out, [](double v) { return std::isnan(v); },
                compare);
        });
        return true;
    }
    if (n.op == Op::VarFlag) {
        const qint8 *column = m_table.flags(n.scope, n.column) + base;
        withComparison(op, [&](auto compare) {
            compareColumn(
                column, households, rows, constant, out, [](qint8 f) { return f < 0; }, compare);
        });
        return true;
    }
    return false;
}

// An operand of a numeric comparison, read as BatchEvaluator::operand reads it.
void BlockEvaluator::load(const BatchRule::Node &n, bool isMember, double *values,
                          quint8 *isMissing, int rows)
{
    const bool isHousehold = n.scope == FactScope::Household;
    const int *households = isMember && isHousehold ? m_memberHouseholds.data() : nullptr;
    const int base = isHousehold ? m_begin : m_memberBegin;
    switch (n.op) {
    case Op::VarNumber:
        readRows(m_table.numbers(n.scope, n.column) + base, households, rows, values, isMissing,
                 [](double v, double &value, quint8 &missing) {
                     value = v;
                     missing = std::isnan(v);
                 });
        return;
    case Op::VarFlag:
        readRows(m_table.flags(n.scope, n.column) + base, households, rows, values, isMissing,
                 [](qint8 f, double &value, quint8 &missing) {
                     value = f;
                     missing = f < 0;
                 });
        return;
    case Op::VarParam:
        std::fill_n(values, rows, n.constant);
        std::fill_n(isMissing, rows, quint8(0));
        return;
    case Op::Literal:
        std::fill_n(values, rows, n.literal.number);
        std::fill_n(isMissing, rows, quint8(0));
        return;
    default:
        std::fill_n(values, rows, 0.0);
        std::fill_n(isMissing, rows, quint8(1));
        return;
    }
}

// A code compared for (in)equality with a literal text: equal exactly when the ids are, and
// unknown when the code is missing (the comparison may raise then, but a missing fact wins).
bool BlockEvaluator::codeCompare(const BatchRule::Node &n, bool isMember, quint8 *out, int rows)
{
    bool negate = false;
    switch (n.op) {
    case Op::Equal:
    case Op::StrictEqual:
        break;
    case Op::NotEqual:
    case Op::StrictNotEqual:
        negate = true;
        break;
    default:
        return false;
    }
    if (n.count != 2)
        return false;
    const BatchRule::Node *code = &m_rule->m_nodes[size_t(arg(n, 0))];
    const BatchRule::Node *text = &m_rule->m_nodes[size_t(arg(n, 1))];
    if (code->op != Op::VarCode)
        std::swap(code, text);
    if (code->op != Op::VarCode || code->hasDefault || text->op != Op::Literal ||
        text->literal.type != Type::Text) {
        return false;
    }

    const qint32 id = m_strings.literalId(text->literal.text);
    const bool isHousehold = code->scope == FactScope::Household;
    const qint32 *column =
        m_table.codes(code->scope, code->column) + (isHousehold ? m_begin : m_memberBegin);
    const auto state = [id, negate](qint32 c) {
        return c < 0 ? Unknown : quint8((c == id) != negate);
    };
    if (isMember && isHousehold) {
        for (int k = 0; k < rows; ++k)
            out[k] = state(column[m_memberHouseholds[size_t(k)]]);
    } else {
        for (int k = 0; k < rows; ++k)
            out[k] = state(column[k]);
    }
    return true;
}

void BlockEvaluator::byRow(int index, bool isMember, quint8 *out, int rows)
{
    for (int k = 0; k < rows; ++k) {
        out[k] = quint8(m_rule->state(m_table, m_strings, index, row(isMember, k), m_memo));
    }
}

} // namespace Jiuzhu
