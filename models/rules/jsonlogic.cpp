// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlogic.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "core/logging.h"
#include "rules/jsonlogicnode.h"

namespace Jiuzhu::JsonLogic {

namespace {

// How an operator takes its arguments when the rule does not give an array.
enum class ArgMode : quint8
{
    ArrayOnly, // lazy operators: anything but a literal array is an error
    Spread,    // one expression whose array result is the argument list
    Single,    // one expression that is the only argument
    Path,      // var, val, exists
    Preserve
};

struct OperatorInfo
{
    Op op;
    ArgMode mode;
};

const QHash<QString, OperatorInfo> &operatorTable()
{
    static const QHash<QString, OperatorInfo> table = {
        {QStringLiteral("var"), {Op::Var, ArgMode::Path}},
        {QStringLiteral("val"), {Op::Val, ArgMode::Path}},
        {QStringLiteral("exists"), {Op::Exists, ArgMode::Path}},
        {QStringLiteral("missing"), {Op::Missing, ArgMode::Spread}},
        {QStringLiteral("missing_some"), {Op::MissingSome, ArgMode::Spread}},
        {QStringLiteral("if"), {Op::If, ArgMode::ArrayOnly}},
        {QStringLiteral("?:"), {Op::If, ArgMode::ArrayOnly}},
        {QStringLiteral("=="), {Op::Equal, ArgMode::ArrayOnly}},
        {QStringLiteral("==="), {Op::StrictEqual, ArgMode::ArrayOnly}},
        {QStringLiteral("!="), {Op::NotEqual, ArgMode::ArrayOnly}},
        {QStringLiteral("!=="), {Op::StrictNotEqual, ArgMode::ArrayOnly}},
        {QStringLiteral(">"), {Op::Greater, ArgMode::ArrayOnly}},
        {QStringLiteral(">="), {Op::GreaterEqual, ArgMode::ArrayOnly}},
        {QStringLiteral("<"), {Op::Less, ArgMode::ArrayOnly}},
        {QStringLiteral("<="), {Op::LessEqual, ArgMode::ArrayOnly}},
        {QStringLiteral("!"), {Op::Not, ArgMode::Single}},
        {QStringLiteral("!!"), {Op::DoubleNot, ArgMode::Single}},
        {QStringLiteral("or"), {Op::Or, ArgMode::ArrayOnly}},
        {QStringLiteral("and"), {Op::And, ArgMode::ArrayOnly}},
        {QStringLiteral("??"), {Op::Coalesce, ArgMode::Spread}},
        {QStringLiteral("max"), {Op::Max, ArgMode::Spread}},
        {QStringLiteral("min"), {Op::Min, ArgMode::Spread}},
        {QStringLiteral("+"), {Op::Add, ArgMode::Spread}},
        {QStringLiteral("-"), {Op::Subtract, ArgMode::Spread}},
        {QStringLiteral("*"), {Op::Multiply, ArgMode::Spread}},
        {QStringLiteral("/"), {Op::Divide, ArgMode::Spread}},
        {QStringLiteral("%"), {Op::Modulo, ArgMode::Spread}},
        {QStringLiteral("in"), {Op::In, ArgMode::Spread}},
        {QStringLiteral("cat"), {Op::Cat, ArgMode::Spread}},
        {QStringLiteral("substr"), {Op::Substr, ArgMode::Spread}},
        {QStringLiteral("merge"), {Op::Merge, ArgMode::Spread}},
        {QStringLiteral("map"), {Op::Map, ArgMode::ArrayOnly}},
        {QStringLiteral("filter"), {Op::Filter, ArgMode::ArrayOnly}},
        {QStringLiteral("reduce"), {Op::Reduce, ArgMode::ArrayOnly}},
        {QStringLiteral("all"), {Op::All, ArgMode::ArrayOnly}},
        {QStringLiteral("some"), {Op::Some, ArgMode::ArrayOnly}},
        {QStringLiteral("none"), {Op::None, ArgMode::ArrayOnly}},
        {QStringLiteral("throw"), {Op::Throw, ArgMode::Single}},
        {QStringLiteral("try"), {Op::Try, ArgMode::Single}},
        {QStringLiteral("preserve"), {Op::Literal, ArgMode::Preserve}},
    };
    return table;
}

bool isOperatorObject(const QJsonValue &value)
{
    return value.isObject() && value.toObject().size() == 1;
}

bool isScalar(const QJsonValue &value)
{
    return !value.isArray() && !value.isObject();
}

Node literalNode(const QJsonValue &value)
{
    Node node;
    node.literal = value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    return node;
}

Node invalidArgumentsNode()
{
    Node node;
    node.op = Op::InvalidArguments;
    return node;
}

PathSegment segmentFor(const QString &key)
{
    PathSegment segment{key, -1};
    bool ok = false;
    const qlonglong index = key.toLongLong(&ok);
    if (ok && index >= 0)
        segment.index = qsizetype(index);
    return segment;
}

QString keyText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : toText(value);
}

class Compiler
{
public:
    bool compile(const QJsonValue &rule, Node &out);
    QString error() const { return m_error; }

private:
    bool compileOperator(const QString &name, const QJsonValue &args, Node &out);
    bool compileArgs(const QJsonValue &args, ArgMode mode, Node &out);
    bool compileVar(const QJsonValue &args, Node &out);
    bool compileValPath(const QJsonValue &args, bool allowClimb, Node &out);
    void checkArity(Node &out) const;

    QString m_error;
};

bool Compiler::compile(const QJsonValue &rule, Node &out)
{
    if (rule.isArray()) {
        const QJsonArray items = rule.toArray();
        Node node;
        node.op = Op::ArrayLiteral;
        bool allLiteral = true;
        for (const QJsonValue item : items) {
            Node child;
            if (!compile(item, child))
                return false;
            allLiteral = allLiteral && child.op == Op::Literal;
            node.args.push_back(std::move(child));
        }
        out = allLiteral ? literalNode(rule) : std::move(node);
        return true;
    }

    // Objects with no key or several keys are data, not operations.
    if (!isOperatorObject(rule)) {
        out = literalNode(rule);
        return true;
    }

    const QJsonObject object = rule.toObject();
    return compileOperator(object.begin().key(), object.begin().value(), out);
}

bool Compiler::compileOperator(const QString &name, const QJsonValue &args, Node &out)
{
    const auto it = operatorTable().constFind(name);
    if (it == operatorTable().constEnd()) {
        m_error =
            QCoreApplication::translate("Rules", "Unknown JsonLogic operator \"%1\".").arg(name);
        return false;
    }

    out = Node();
    out.op = it->op;
    switch (it->mode) {
    case ArgMode::Preserve:
        out = literalNode(args);
        return true;
    case ArgMode::Path:
        if (it->op == Op::Var)
            return compileVar(args, out);
        return compileValPath(args, it->op == Op::Val, out);
    default:
        break;
    }

    if (!compileArgs(args, it->mode, out))
        return false;
    checkArity(out);
    return true;
}

bool Compiler::compileArgs(const QJsonValue &args, ArgMode mode, Node &out)
{
    if (args.isArray()) {
        const QJsonArray items = args.toArray();
        for (const QJsonValue item : items) {
            Node child;
            if (!compile(item, child))
                return false;
            out.args.push_back(std::move(child));
        }
        return true;
    }

    if (mode == ArgMode::ArrayOnly) {
        out = invalidArgumentsNode();
        return true;
    }

    Node child;
    if (!compile(args, child))
        return false;
    out.spreadArgs = mode == ArgMode::Spread && isOperatorObject(args);
    out.args.push_back(std::move(child));
    return true;
}

// Argument counts that the specification rejects, found once here instead of at every run.
void Compiler::checkArity(Node &out) const
{
    if (out.spreadArgs)
        return;
    const size_t count = out.args.size();
    const auto isNullLiteral = [&out](size_t i) {
        return out.args[i].op == Op::Literal && out.args[i].literal.isNull();
    };

    switch (out.op) {
    case Op::Equal:
    case Op::StrictEqual:
    case Op::NotEqual:
    case Op::StrictNotEqual:
    case Op::Greater:
    case Op::GreaterEqual:
    case Op::Less:
    case Op::LessEqual:
    case Op::Modulo:
    case Op::All:
    case Op::Some:
    case Op::None:
    case Op::Reduce:
        if (count < 2)
            out = invalidArgumentsNode();
        break;
    case Op::Map:
    case Op::Filter:
        if (count < 2 || isNullLiteral(0) || isNullLiteral(1))
            out = invalidArgumentsNode();
        break;
    case Op::Subtract:
    case Op::Divide:
        if (count == 0)
            out = invalidArgumentsNode();
        break;
    default:
        break;
    }
}

bool Compiler::compileVar(const QJsonValue &args, Node &out)
{
    QJsonValue path = args;
    if (args.isArray()) {
        const QJsonArray items = args.toArray();
        path = items.isEmpty() ? QJsonValue() : items.at(0);
        if (items.size() > 1) {
            Node fallback;
            if (!compile(items.at(1), fallback))
                return false;
            out.hasDefault = true;
            out.args.push_back(std::move(fallback));
        }
    }

    if (!isScalar(path)) {
        Node expression;
        if (!compile(path, expression))
            return false;
        out.staticPath = false;
        out.args.insert(out.args.begin(), std::move(expression));
        return true;
    }

    const QString text = path.isNull() ? QString() : keyText(path);
    out.pathText = text;
    if (!text.isEmpty()) {
        const QStringList keys = text.split(u'.');
        for (const QString &key : keys)
            out.path.push_back(segmentFor(key));
    }
    return true;
}

bool Compiler::compileValPath(const QJsonValue &args, bool allowClimb, Node &out)
{
    if (isOperatorObject(args)) {
        Node expression;
        if (!compile(args, expression))
            return false;
        out.staticPath = false;
        out.spreadArgs = true;
        out.args.push_back(std::move(expression));
        return true;
    }

    QJsonArray items;
    if (args.isArray())
        items = args.toArray();
    else if (!args.isNull())
        items.append(args);

    // A leading [n] climbs n scopes up; the sign is not significant.
    if (allowClimb && !items.isEmpty() && items.at(0).isArray()) {
        const QJsonArray climb = items.at(0).toArray();
        out.scopeUp = climb.isEmpty() ? 0 : std::abs(climb.at(0).toInt());
        items.removeFirst();
    }

    bool allScalar = true;
    for (const QJsonValue item : items)
        allScalar = allScalar && isScalar(item);

    QStringList keys;
    for (const QJsonValue item : items) {
        if (allScalar) {
            out.path.push_back(segmentFor(keyText(item)));
            keys.append(keyText(item));
            continue;
        }
        Node child;
        if (!compile(item, child))
            return false;
        out.args.push_back(std::move(child));
    }
    out.staticPath = allScalar;
    out.pathText = keys.join(u'.');
    return true;
}

} // namespace

CompiledRule::CompiledRule() = default;

CompiledRule::CompiledRule(std::shared_ptr<const Node> root)
    : m_root(std::move(root))
{
}

Result<CompiledRule> CompiledRule::compile(const QJsonValue &rule)
{
    Compiler compiler;
    auto root = std::make_shared<Node>();
    if (!compiler.compile(rule, *root)) {
        qCDebug(lcRules) << "rule does not compile:" << compiler.error();
        return Result<CompiledRule>::failure(compiler.error());
    }
    return CompiledRule(std::move(root));
}

QJsonValue CompiledRule::evaluate(const QJsonValue &data, QJsonValue *error) const
{
    return evaluate(data, error, nullptr);
}

QJsonValue CompiledRule::evaluate(const QJsonValue &data, QJsonValue *error,
                                  QStringList *missingFacts) const
{
    if (error)
        *error = QJsonValue();
    if (!m_root)
        return QJsonValue();

    Context context;
    context.frames.append(Frame{Frame::Kind::Data, &data, nullptr, 0});
    context.missing = missingFacts;
    try {
        const QJsonValue result = evaluateNode(*m_root, context);
        return result.isUndefined() ? QJsonValue() : result;
    } catch (const EvalError &raised) {
        if (error)
            *error = raised.value;
        return QJsonValue();
    }
}

bool isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number != 0 && !std::isnan(number);
    }
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return true;
    default:
        return false;
    }
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    const bool aNull = a.isNull() || a.isUndefined();
    const bool bNull = b.isNull() || b.isUndefined();
    if (aNull || bNull)
        return aNull && bNull;
    if (a.type() != b.type())
        return false;

    switch (a.type()) {
    case QJsonValue::Double: {
        const double x = a.toDouble();
        const double y = b.toDouble();
        const double scale = std::max({1.0, std::abs(x), std::abs(y)});
        return x == y || std::abs(x - y) <= 1e-12 * scale;
    }
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameValue(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.size() != y.size())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!y.contains(it.key()) || !sameValue(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    default:
        return a == b;
    }
}

QString toCompactJson(const QJsonValue &value)
{
    QJsonArray wrapper;
    wrapper.append(value.isUndefined() ? QJsonValue() : value);
    const QString text = QString::fromUtf8(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

void raise(const QString &type)
{
    throw EvalError{QJsonObject{{QStringLiteral("type"), type}}};
}

namespace {

// JavaScript's Number(text) for the forms rules meet: decimal with optional sign, fraction and
// exponent, surrounding white space, "" meaning 0 and Infinity. Everything else is NaN.
double textToNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return 0;
    if (trimmed == u"Infinity" || trimmed == u"+Infinity")
        return HUGE_VAL;
    if (trimmed == u"-Infinity")
        return -HUGE_VAL;

    for (const QChar c : trimmed) {
        const bool allowed =
            c.isDigit() || c == u'.' || c == u'e' || c == u'E' || c == u'+' || c == u'-';
        if (!allowed || c.unicode() > 127)
            return std::nan("");
    }
    bool ok = false;
    const double number = trimmed.toDouble(&ok);
    return ok ? number : std::nan("");
}

} // namespace

double toNumber(const QJsonValue &value)
{
    double number = 0;
    switch (value.type()) {
    case QJsonValue::Double:
        number = value.toDouble();
        break;
    case QJsonValue::Bool:
        number = value.toBool() ? 1 : 0;
        break;
    case QJsonValue::String:
        number = textToNumber(value.toString());
        break;
    case QJsonValue::Array:
    case QJsonValue::Object:
        number = std::nan("");
        break;
    default:
        break;
    }
    if (std::isnan(number))
        raise(QStringLiteral("NaN"));
    return number;
}

QString formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (value == std::trunc(value) && std::abs(value) < 1e18)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return formatNumber(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray items = value.toArray();
        for (const QJsonValue item : items)
            parts.append(toText(item));
        return parts.join(u',');
    }
    case QJsonValue::Object:
        return QStringLiteral("[object Object]");
    default:
        return QString();
    }
}

} // namespace Jiuzhu::JsonLogic
