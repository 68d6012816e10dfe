// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QHash>
#include <QString>
#include <QStringList>

#include "rules/eligibility.h"
#include "screening/factschema.h"

namespace Jiuzhu {

class FactTable;

namespace JsonLogic {
struct Node;
}

// The literal texts of all compiled rules matched to one FactTable's string pool, so that codes
// compare as integers. Texts the table does not hold get ids past the pool. Built once per run,
// before any thread starts.
class BatchStrings
{
public:
    BatchStrings(const FactTable &table, const QStringList &literals);

    qint32 literalId(int literal) const { return m_literalIds[size_t(literal)]; }
    const QString &text(qint32 id) const { return m_texts.at(id); }
    double number(qint32 id) const { return m_numbers[size_t(id)]; } // NaN when not a number

private:
    std::vector<qint32> m_literalIds;
    QStringList m_texts;
    std::vector<double> m_numbers;
};

// One eligibility rule or benefit formula compiled to run over FactTable columns: var nodes are
// column indices, parameters are constants of the as-of date, and values are small unboxed
// scalars, so a row is decided without building any JSON. The three-valued reading is exactly
// that of JsonLogic::evaluateOutcome and evaluateAmount (and/or/!/if Kleene-style, any other
// node Unknown when it looked up a missing fact, errors NotMet). Rules using operators outside
// the supported set do not compile; Screening runs those through the JSON evaluator instead.
// Missing facts are reported as a bit mask; Environment::slot gives each path its bit.
class BatchRule
{
public:
    struct Environment
    {
        bool isMemberScope = false;
        QHash<QString, double> parameters;               // values on the as-of date, by name
        std::function<int(const QString &path)> slot;    // bit 0..63 for a fact that can be missing
        std::function<int(const QString &text)> literal; // index of a literal text
    };

    // Outcome, missing-fact bits (when Unknown) and, for formulas, the amount in fen.
    struct Row
    {
        int household = 0;
        int member = -1; // member row for member-scope rules
    };

    static std::optional<BatchRule> compile(const JsonLogic::Node &root, const Environment &env,
                                            QString *whyNot);

    // Per thread and table: results of the rule's household-only parts for one household,
    // reused for each member of a member-scope rule, and the column data its vars read.
    class Memo;
    Memo memo(const FactTable &table) const;

    JsonLogic::Outcome outcome(const FactTable &table, const BatchStrings &strings, Row row,
                               quint64 *missing, Memo *memo = nullptr) const;
    // Whole fen, not below zero; nullopt when the formula gives no number. *isUnknown is set
    // when a missing fact (or a merely truth-certain branch) leaves it open.
    std::optional<qint64> amount(const FactTable &table, const BatchStrings &strings, Row row,
                                 bool *isUnknown, Memo *memo = nullptr) const;

    // For a member-scope rule whose top is "and": true when a clause that reads only household
    // facts fails (or raises) for this household, so that no member can meet the rule.
    bool rejectsHousehold(const FactTable &table, const BatchStrings &strings, int household,
                          Memo *memo) const;

    bool isMemberScope() const { return m_isMemberScope; }
    // Whether BlockEvaluator can take the rule node by node: its and/or/!/!!/if tree ends in
    // nodes that give true or false (comparisons, "in", boolean literals).
    bool isBlockwise() const { return m_isBlockwise; }

    // A node read three-valued, as "and", "or" and "if" read their arguments; Raised is an
    // error that makes the whole rule NotMet.
    enum class State : quint8
    {
        False,
        True,
        Unknown,
        Raised
    };

    // Unboxed rule values: codes and literal texts are BatchStrings ids.
    enum class Type : quint8
    {
        Null,
        Bool,
        Number,
        Text
    };
    struct Value
    {
        Type type = Type::Null;
        qint32 text = -1;
        double number = 0;
    };

    enum class Op : quint8
    {
        Literal,
        VarNumber,
        VarFlag,
        VarCode,
        VarParam,
        VarMissing,
        If,
        Equal,
        StrictEqual,
        NotEqual,
        StrictNotEqual,
        Greater,
        GreaterEqual,
        Less,
        LessEqual,
        Not,
        DoubleNot,
        Or,
        And,
        Coalesce,
        Max,
        Min,
        Add,
        Subtract,
        Multiply,
        Divide,
        Modulo,
        InSet,
        InList,
        InText
    };

    // Arguments are m_args[first .. first + count); a var default is its only argument.
    struct Node
    {
        Op op = Op::Literal;
        FactScope scope = FactScope::Household;
        bool hasDefault = false;
        bool isNumeric = false; // a comparison of two numeric operands, decided without Values
        bool isHouseholdOnly = false; // reads no member fact
        bool isMemoized = false;      // household-only part of a member-scope rule
        qint32 column = -1;           // scoped column (vars, InSet) or list index (InList)
        qint32 slot = 63;             // missing-fact bit of a var
        qint32 first = 0;
        qint32 count = 0;
        Value literal; // Literal; a Text literal holds the literal index, bound per run
        double constant = 0;
    };

private:
    friend class BatchCompiler;
    friend class BatchEvaluator;
    friend class BlockEvaluator;

    // One node for one row, read as "and", "or" and "if" read their arguments.
    State state(const FactTable &table, const BatchStrings &strings, int node, Row row,
                Memo *memo) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_args;
    std::vector<std::vector<Value>> m_lists;
    int m_root = -1;
    // Clauses of a top-level "and" of a member-scope rule, household-only ones first. The
    // outcome of a top-level "and" does not depend on the order of its clauses: any clause that
    // fails or raises makes it NotMet, and otherwise the missing facts of all unknown clauses
    // are listed. Only the order of evaluation changes, so that members are skipped early.
    std::vector<int> m_rootClauses;
    int m_householdClauses = 0;
    bool m_isMemberScope = false;
    bool m_isBlockwise = false;
};

class BatchRule::Memo
{
private:
    friend class BatchRule;
    friend class BatchEvaluator;

    struct Entry
    {
        int household = -1;
        bool hasRaised = false;
        quint8 certainty = 0;
        quint64 missing = 0;
        Value value;
    };
    std::vector<Entry> m_entries;      // by node index
    std::vector<const void *> m_bases; // column data of numeric and boolean vars
};

} // namespace Jiuzhu
