// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QtGlobal>

#include "screening/batchrule.h"

namespace Jiuzhu {

class BatchStrings;
class FactTable;

// Evaluates BatchRules over a block of consecutive households, or over all their members for a
// member-scope rule, one node at a time: a comparison is one pass over the block's rows of its
// columns, and and/or/!/!!/if combine the per-row states (false, true, unknown, raised) of their
// arguments. The outcome of every row equals BatchRule::outcome. The missing facts of an
// Unknown row are found by evaluating that row on its own, since few rows are unknown. Rules
// that are not BatchRule::isBlockwise() are evaluated row by row. One per thread and table.
class BlockEvaluator
{
public:
    BlockEvaluator(const FactTable &table, const BatchStrings &strings);

    // Households begin .. end - 1 and their members.
    void setBlock(int begin, int end);
    int householdCount() const { return m_end - m_begin; }
    int memberCount() const { return int(m_memberHouseholds.size()); }
    // Subjects of a rule: the block's households, or its members (in row order).
    int subjectCount(bool isMemberScope) const;
    BatchRule::Row row(bool isMemberScope, int subject) const;

    // For each subject a rank in the order Matcher folds members by: 0 NotMet, 1 Unknown,
    // 2 Met. missing[subject] is written for Unknown subjects only.
    void evaluate(const BatchRule &rule, BatchRule::Memo *memo, std::vector<quint8> &ranks,
                  std::vector<quint64> &missing);

private:
    using State = BatchRule::State;

    void evaluateByRow(std::vector<quint8> &ranks, std::vector<quint64> &missing);
    const quint8 *states(int index, bool isMemberDomain);
    void andOr(const BatchRule::Node &n, bool isMember, quint8 *out, int rows);
    void negation(const BatchRule::Node &n, bool isMember, quint8 *out, int rows);
    void ifChain(const BatchRule::Node &n, bool isMember, quint8 *out, int rows);
    void numericCompare(const BatchRule::Node &n, bool isMember, quint8 *out, int rows);
    bool columnCompare(const BatchRule::Node &n, BatchRule::Op op, double constant, bool isMember,
                       quint8 *out, int rows);
    bool codeCompare(const BatchRule::Node &n, bool isMember, quint8 *out, int rows);
    void load(const BatchRule::Node &n, bool isMember, double *values, quint8 *isMissing, int rows);
    void byRow(int index, bool isMember, quint8 *out, int rows);
    int arg(const BatchRule::Node &n, int i) const;

    const FactTable &m_table;
    const BatchStrings &m_strings;
    int m_begin = 0;
    int m_end = 0;
    int m_memberBegin = 0;
    std::vector<int> m_memberHouseholds; // block-relative household of each member
    const BatchRule *m_rule = nullptr;
    BatchRule::Memo *m_memo = nullptr;
    std::vector<std::vector<quint8>> m_states; // by node, in the node's own domain
    std::vector<std::vector<quint8>> m_wide;   // household-domain nodes spread over members
    std::vector<double> m_left;
    std::vector<double> m_right;
    std::vector<quint8> m_leftMissing;
    std::vector<quint8> m_rightMissing;
};

} // namespace Jiuzhu
