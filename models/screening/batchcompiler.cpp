// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BatchRule's compiler and BatchStrings; the evaluator is in batchrule.cpp.
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

Op batchOp(JsonLogic::Op op)
{
    using J = JsonLogic::Op;
    switch (op) {
    case J::If:
        return Op::If;
    case J::Equal:
        return Op::Equal;
    case J::StrictEqual:
        return Op::StrictEqual;
    case J::NotEqual:
        return Op::NotEqual;
    case J::StrictNotEqual:
        return Op::StrictNotEqual;
    case J::Greater:
        return Op::Greater;
    case J::GreaterEqual:
        return Op::GreaterEqual;
    case J::Less:
        return Op::Less;
    case J::LessEqual:
        return Op::LessEqual;
    case J::Not:
        return Op::Not;
    case J::DoubleNot:
        return Op::DoubleNot;
    case J::Or:
        return Op::Or;
    case J::And:
        return Op::And;
    case J::Coalesce:
        return Op::Coalesce;
    case J::Max:
        return Op::Max;
    case J::Min:
        return Op::Min;
    case J::Add:
        return Op::Add;
    case J::Subtract:
        return Op::Subtract;
    case J::Multiply:
        return Op::Multiply;
    case J::Divide:
        return Op::Divide;
    case J::Modulo:
        return Op::Modulo;
    default:
        return Op::Literal; // not supported; the caller checks
    }
}

bool isSupportedGeneric(JsonLogic::Op op)
{
    return batchOp(op) != Op::Literal;
}

// Comparisons whose operands are read as numbers either way (never === or !==).
bool isLooseComparison(Op op)
{
    switch (op) {
    case Op::Equal:
    case Op::NotEqual:
    case Op::Greater:
    case Op::GreaterEqual:
    case Op::Less:
    case Op::LessEqual:
        return true;
    default:
        return false;
    }
}

// Operands that are a number, a boolean or null (missing) and never text: compared as numbers
// they cannot raise, so the comparison needs no Value and no error path.
bool isNumericOperand(const BatchRule::Node &node)
{
    switch (node.op) {
    case Op::VarNumber:
    case Op::VarFlag:
    case Op::VarParam:
        return !node.hasDefault;
    case Op::VarMissing:
        return !node.hasDefault;
    case Op::Literal:
        return node.literal.type != Type::Text;
    default:
        return false;
    }
}

// Whether BlockEvaluator's per-row states (false, true, unknown, raised) describe the node
// exactly. "and"/"or" pass on the value of an argument; "if" with an unknown condition compares
// the values of its branches, so where the value matters beyond its truth (truthOnly false) the
// leaves must give booleans. Everything else is read only for its truth.
bool givesTruth(const BatchRule::Node &n, const std::vector<BatchRule::Node> &nodes,
                const std::vector<int> &args, bool truthOnly)
{
    const auto child = [&](int i) -> const BatchRule::Node & {
        return nodes[size_t(args[size_t(n.first + i)])];
    };
    switch (n.op) {
    case Op::And:
    case Op::Or:
        for (int i = 0; i < n.count; ++i) {
            if (!givesTruth(child(i), nodes, args, truthOnly))
                return false;
        }
        return true;
    case Op::Not:
    case Op::DoubleNot:
        return n.count == 0 || givesTruth(child(0), nodes, args, true);
    case Op::If:
        for (int i = 0; i < n.count; ++i) {
            const bool isCondition = i % 2 == 0 && i + 1 < n.count;
            if (!givesTruth(child(i), nodes, args, isCondition))
                return false;
        }
        return true;
    case Op::Equal:
    case Op::StrictEqual:
    case Op::NotEqual:
    case Op::StrictNotEqual:
    case Op::Greater:
    case Op::GreaterEqual:
    case Op::Less:
    case Op::LessEqual:
    case Op::InSet:
    case Op::InList:
    case Op::InText:
        return true;
    case Op::Literal:
        return truthOnly || n.literal.type == Type::Bool || n.literal.type == Type::Null;
    default:
        return truthOnly;
    }
}

} // namespace

BatchStrings::BatchStrings(const FactTable &table, const QStringList &literals)
    : m_texts(table.strings())
{
    QHash<QString, qint32> extra;
    for (const QString &text : literals) {
        qint32 id = table.stringId(text);
        if (id < 0) {
            id = extra.value(text, -1);
            if (id < 0) {
                id = qint32(m_texts.size());
                m_texts.append(text);
                extra.insert(text, id);
            }
        }
        m_literalIds.push_back(id);
    }
    m_numbers.reserve(size_t(m_texts.size()));
    for (const QString &text : std::as_const(m_texts)) {
        double number = std::numeric_limits<double>::quiet_NaN();
        try {
            number = JsonLogic::toNumber(QJsonValue(text));
        } catch (const JsonLogic::EvalError &) {
        }
        m_numbers.push_back(number);
    }
}

// Turns a compiled JsonLogic tree into BatchRule nodes, or says which construct it cannot take.
class BatchCompiler
{
public:
    BatchCompiler(BatchRule &rule, const BatchRule::Environment &env)
        : m_rule(rule)
        , m_env(env)
    {
    }

    int compile(const JsonLogic::Node &node);
    QString whyNot() const { return m_whyNot; }

private:
    int add(BatchRule::Node node, const std::vector<int> &args = {});
    int unsupported(const QString &what)
    {
        if (m_whyNot.isEmpty())
            m_whyNot = what;
        return -1;
    }
    int compileLiteral(const QJsonValue &value);
    int compileVar(const JsonLogic::Node &node, bool allowSet, bool *isSet);
    int compileIn(const JsonLogic::Node &node);
    bool compileArgs(const JsonLogic::Node &node, std::vector<int> &args);
    std::optional<double> fold(Op op, const std::vector<int> &args) const;

    BatchRule &m_rule;
    const BatchRule::Environment &m_env;
    QString m_whyNot;
};

int BatchCompiler::add(BatchRule::Node node, const std::vector<int> &args)
{
    const bool readsMember =
        node.scope == FactScope::Member && (node.op == Op::VarNumber || node.op == Op::VarFlag ||
                                            node.op == Op::VarCode || node.op == Op::InSet);
    node.isHouseholdOnly = !readsMember && std::all_of(args.begin(), args.end(), [this](int arg) {
        return m_rule.m_nodes[size_t(arg)].isHouseholdOnly;
    });
    node.first = qint32(m_rule.m_args.size());
    node.count = qint32(args.size());
    m_rule.m_args.insert(m_rule.m_args.end(), args.begin(), args.end());
    m_rule.m_nodes.push_back(node);
    return int(m_rule.m_nodes.size()) - 1;
}

int BatchCompiler::compileLiteral(const QJsonValue &value)
{
    BatchRule::Node node;
    node.op = Op::Literal;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    case QJsonValue::Bool:
        node.literal = Value{Type::Bool, -1, value.toBool() ? 1.0 : 0.0};
        break;
    case QJsonValue::Double:
        node.literal = Value{Type::Number, -1, value.toDouble()};
        break;
    case QJsonValue::String:
        node.literal = Value{Type::Text, qint32(m_env.literal(value.toString())), 0};
        break;
    default:
        return unsupported(QStringLiteral("array or object literal"));
    }
    return add(node);
}

// A var resolves at compile time to a column of the right scope, a parameter constant, or a
// path that is always missing (an unknown fact, a member fact in a household-scope rule, a
// parameter with no value on the date).
int BatchCompiler::compileVar(const JsonLogic::Node &node, bool allowSet, bool *isSet)
{
    if (isSet)
        *isSet = false;
    if (!node.staticPath || node.spreadArgs || node.scopeUp != 0)
        return unsupported(QStringLiteral("computed path"));
    if (node.path.size() != 2)
        return unsupported(QStringLiteral("path of %1 steps").arg(node.path.size()));

    BatchRule::Node out;
    out.hasDefault = node.hasDefault;
    std::vector<int> args;
    if (node.hasDefault) {
        const int fallback = compile(node.args.back());
        if (fallback < 0)
            return -1;
        args.push_back(fallback);
    }

    const QString &root = node.path[0].key;
    const QString &name = node.path[1].key;
    out.op = Op::VarMissing;
    if (root == u"param") {
        const auto it = m_env.parameters.constFind(name);
        if (it != m_env.parameters.constEnd()) {
            out.op = Op::VarParam;
            out.constant = it.value();
        } else {
            out.slot = m_env.slot(node.pathText);
        }
        return add(out, args);
    }

    const FactSchema &schema = FactSchema::standard();
    const int column = schema.column(root + u'.' + name);
    const FactColumn *info = column < 0 ? nullptr : &schema.columns().at(column);
    if (!info || (info->scope == FactScope::Member && !m_env.isMemberScope)) {
        out.slot = m_env.slot(node.pathText);
        return add(out, args);
    }
    if (info->isNullable)
        out.slot = m_env.slot(node.pathText);

    out.scope = info->scope;
    out.column = schema.scopedIndex(column);
    switch (info->type) {
    case FactType::Number:
        out.op = Op::VarNumber;
        break;
    case FactType::Bool:
        out.op = Op::VarFlag;
        break;
    case FactType::Code:
        out.op = Op::VarCode;
        break;
    case FactType::CodeSet:
        if (!allowSet)
            return unsupported(QStringLiteral("array fact outside \"in\""));
        *isSet = true;
        return add(out, args);
    }
    return add(out, args);
}

// "in" over a receiving array becomes a bit test, over a literal list a scan of scalars, and
// over anything else the text search of the JSON evaluator.
int BatchCompiler::compileIn(const JsonLogic::Node &node)
{
    if (node.spreadArgs)
        return unsupported(QStringLiteral("spread arguments"));
    if (node.args.size() == 2) {
        const JsonLogic::Node &haystack = node.args[1];
        const bool isVar = haystack.op == JsonLogic::Op::Var || haystack.op == JsonLogic::Op::Val;
        if (isVar) {
            bool isSet = false;
            const int set = compileVar(haystack, true, &isSet);
            if (set < 0)
                return -1;
            if (isSet) {
                const int needle = compile(node.args[0]);
                if (needle < 0)
                    return -1;
                BatchRule::Node out = m_rule.m_nodes[size_t(set)];
                out.op = Op::InSet;
                return add(out, {needle});
            }
            const int needle = compile(node.args[0]);
            if (needle < 0)
                return -1;
            BatchRule::Node out;
            out.op = Op::InText;
            return add(out, {needle, set});
        }
        if (haystack.op == JsonLogic::Op::Literal && haystack.literal.isArray()) {
            std::vector<Value> items;
            const QJsonArray array = haystack.literal.toArray();
            for (const QJsonValue item : array) {
                const int literal = compileLiteral(item);
                if (literal < 0)
                    return -1;
                items.push_back(m_rule.m_nodes[size_t(literal)].literal);
            }
            const int needle = compile(node.args[0]);
            if (needle < 0)
                return -1;
            BatchRule::Node out;
            out.op = Op::InList;
            out.column = qint32(m_rule.m_lists.size());
            m_rule.m_lists.push_back(std::move(items));
            return add(out, {needle});
        }
    }
    std::vector<int> args;
    if (!compileArgs(node, args))
        return -1;
    BatchRule::Node out;
    out.op = Op::InText;
    return add(out, args);
}

bool BatchCompiler::compileArgs(const JsonLogic::Node &node, std::vector<int> &args)
{
    if (node.spreadArgs) {
        unsupported(QStringLiteral("spread arguments"));
        return false;
    }
    for (const JsonLogic::Node &arg : node.args) {
        const int index = compile(arg);
        if (index < 0)
            return false;
        args.push_back(index);
    }
    return true;
}

// Arithmetic on parameters and number literals alone is worked out once, as the evaluator would
// work it out, so that a comparison with it is one of two numbers. Whatever could raise (a zero
// divisor, a result that is not finite, too few arguments) is left to the evaluator.
std::optional<double> BatchCompiler::fold(Op op, const std::vector<int> &args) const
{
    std::vector<double> values;
    for (const int arg : args) {
        const BatchRule::Node &n = m_rule.m_nodes[size_t(arg)];
        if (n.op == Op::VarParam)
            values.push_back(n.constant);
        else if (n.op == Op::Literal && n.literal.type == Type::Number)
            values.push_back(n.literal.number);
        else
            return std::nullopt;
        if (!std::isfinite(values.back()))
            return std::nullopt;
    }

    const size_t count = values.size();
    double result = 0;
    switch (op) {
    case Op::Add:
        for (const double v : values)
            result += v;
        break;
    case Op::Multiply:
        result = 1;
        for (const double v : values)
            result *= v;
        break;
    case Op::Subtract:
        if (count == 0)
            return std::nullopt;
        result = count == 1 ? -values[0] : values[0];
        for (size_t i = 1; i < count; ++i)
            result -= values[i];
        break;
    case Op::Divide:
    case Op::Modulo:
        if (count == 0 || (op == Op::Modulo && count < 2))
            return std::nullopt;
        result = op == Op::Divide && count == 1 ? 1 : values[0];
        for (size_t i = op == Op::Divide && count == 1 ? 0 : 1; i < count; ++i) {
            if (values[i] == 0)
                return std::nullopt;
            result = op == Op::Divide ? result / values[i] : std::fmod(result, values[i]);
        }
        break;
    case Op::Max:
    case Op::Min:
        if (count == 0)
            return std::nullopt;
        result = values[0];
        for (size_t i = 1; i < count; ++i)
            result = op == Op::Max ? std::max(result, values[i]) : std::min(result, values[i]);
        break;
    default:
        return std::nullopt;
    }
    if (!std::isfinite(result))
        return std::nullopt;
    return result;
}

int BatchCompiler::compile(const JsonLogic::Node &node)
{
    switch (node.op) {
    case JsonLogic::Op::Literal:
        return compileLiteral(node.literal);
    case JsonLogic::Op::Var:
    case JsonLogic::Op::Val:
        return compileVar(node, false, nullptr);
    case JsonLogic::Op::In:
        return compileIn(node);
    default:
        break;
    }
    if (!isSupportedGeneric(node.op))
        return unsupported(QStringLiteral("operator %1").arg(int(node.op)));

    std::vector<int> args;
    if (!compileArgs(node, args))
        return -1;
    BatchRule::Node out;
    out.op = batchOp(node.op);
    if (const std::optional<double> constant = fold(out.op, args)) {
        BatchRule::Node literal;
        literal.literal = Value{Type::Number, -1, *constant};
        return add(literal);
    }
    out.isNumeric = isLooseComparison(out.op) && args.size() == 2 &&
                    std::all_of(args.begin(), args.end(), [this](int arg) {
                        return isNumericOperand(m_rule.m_nodes[size_t(arg)]);
                    });
    return add(out, args);
}

std::optional<BatchRule> BatchRule::compile(const JsonLogic::Node &root, const Environment &env,
                                            QString *whyNot)
{
    BatchRule rule;
    BatchCompiler compiler(rule, env);
    rule.m_root = compiler.compile(root);
    if (rule.m_root < 0) {
        if (whyNot)
            *whyNot = compiler.whyNot();
        return std::nullopt;
    }
    rule.m_isMemberScope = env.isMemberScope;
    rule.m_isBlockwise =
        givesTruth(rule.m_nodes[size_t(rule.m_root)], rule.m_nodes, rule.m_args, true);

    // In a member-scope rule, the largest household-only subtrees under member-dependent nodes
    // are evaluated once per household; constants are cheaper to read than to look up.
    if (env.isMemberScope) {
        const auto worthKeeping = [](const Node &n) {
            return n.isHouseholdOnly && n.op != Op::Literal && n.op != Op::VarParam;
        };
        for (Node &n : rule.m_nodes) {
            if (n.isHouseholdOnly)
                continue;
            for (int i = 0; i < n.count; ++i) {
                Node &child = rule.m_nodes[size_t(rule.m_args[size_t(n.first + i)])];
                child.isMemoized = worthKeeping(child);
            }
        }
        Node &top = rule.m_nodes[size_t(rule.m_root)];
        top.isMemoized = worthKeeping(top);
        if (top.op == Op::And && !top.isHouseholdOnly) {
            for (int pass = 0; pass < 2; ++pass) {
                for (int i = 0; i < top.count; ++i) {
                    const int clause = rule.m_args[size_t(top.first + i)];
                    if (rule.m_nodes[size_t(clause)].isHouseholdOnly == (pass == 0))
                        rule.m_rootClauses.push_back(clause);
                }
                if (pass == 0)
                    rule.m_householdClauses = int(rule.m_rootClauses.size());
            }
        }
    }
    return rule;
}

} // namespace Jiuzhu
