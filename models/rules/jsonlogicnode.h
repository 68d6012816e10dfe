// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/rules: the compiled tree and the evaluator the public classes share.

#include <vector>

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

namespace Jiuzhu::JsonLogic {

enum class Op : quint8
{
    Literal,
    ArrayLiteral,
    Var,
    Val,
    Exists,
    Missing,
    MissingSome,
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
    In,
    Cat,
    Substr,
    Merge,
    Map,
    Filter,
    Reduce,
    All,
    Some,
    None,
    Throw,
    Try,
    InvalidArguments
};

// One step of a var/val path. `index` is the step read as an array index, or -1.
struct PathSegment
{
    QString key;
    qsizetype index = -1;
};

// A compiled expression. Literal nodes carry `literal`; operators carry their arguments in
// `args`. With `spreadArgs` the operator was given one expression instead of an argument array
// ({"+":{"val":"xs"}}), and an array result of that expression is the argument list.
// var/val/exists with a path known at compile time keep it split in `path` (staticPath);
// otherwise the path comes from evaluating `args`. A var default is the last argument.
struct Node
{
    Op op = Op::Literal;
    bool spreadArgs = false;
    bool staticPath = true;
    bool hasDefault = false;
    int scopeUp = 0;
    QJsonValue literal;
    std::vector<Node> args;
    std::vector<PathSegment> path;
    QString pathText; // dotted path, as facts are named
};

// An error raised by the rule ({"throw":…}, NaN, invalid arguments). It is thrown as a C++
// exception only inside the evaluators of models/rules, which all catch it before returning.
struct EvalError
{
    QJsonValue value;
};

// One level of data scope. Iterators push an iteration frame (whose only key is "index") and
// then the item; reduce pushes a frame with "current" and "accumulator".
struct Frame
{
    enum class Kind : quint8
    {
        Data,
        Iteration,
        Reduce
    };
    Kind kind = Kind::Data;
    const QJsonValue *value = nullptr;
    const QJsonValue *accumulator = nullptr;
    qsizetype index = 0;
};

struct Context
{
    QVarLengthArray<Frame, 8> frames;
    QStringList *missing = nullptr; // records top-scope paths that resolved to nothing
    int suppressMissing = 0;        // inside the non-final arguments of ??
};

QJsonValue evaluateNode(const Node &node, Context &context);

[[noreturn]] void raise(const QString &type);
double toNumber(const QJsonValue &value); // raises NaN for text, arrays and objects
QString toText(const QJsonValue &value);  // JavaScript's String(value)
QString formatNumber(double value);

} // namespace Jiuzhu::JsonLogic
