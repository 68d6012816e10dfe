// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QJsonArray>
#include <QJsonObject>

#include "rules/jsonlogic.h"
#include "rules/jsonlogicnode.h"

namespace Jiuzhu::JsonLogic {

namespace {

using Values = QVarLengthArray<QJsonValue, 4>;

const QString &invalidArguments()
{
    static const QString type = QStringLiteral("Invalid Arguments");
    return type;
}

const QString &notANumber()
{
    static const QString type = QStringLiteral("NaN");
    return type;
}

QJsonValue undefinedValue()
{
    return QJsonValue(QJsonValue::Undefined);
}

// Arguments of an eager operator, evaluated in order; a spread expression contributes the
// elements of its array result.
Values evaluateArgs(const Node &node, Context &context)
{
    Values values;
    if (node.spreadArgs) {
        const QJsonValue result = evaluateNode(node.args.front(), context);
        if (result.isArray()) {
            const QJsonArray items = result.toArray();
            for (const QJsonValue item : items)
                values.append(item);
        } else {
            values.append(result);
        }
        return values;
    }
    for (const Node &arg : node.args)
        values.append(evaluateNode(arg, context));
    return values;
}

QJsonValue walk(QJsonValue current, const PathSegment *segment, const PathSegment *end)
{
    for (; segment != end; ++segment) {
        if (current.isObject()) {
            current = current.toObject().value(segment->key);
            if (current.isUndefined())
                return current;
        } else if (current.isArray()) {
            const QJsonArray items = current.toArray();
            if (segment->index < 0 || segment->index >= items.size())
                return undefinedValue();
            current = items.at(segment->index);
        } else {
            return undefinedValue();
        }
    }
    return current;
}

QJsonValue iterationObject(qsizetype index)
{
    return QJsonObject{{QStringLiteral("index"), double(index)}};
}

// Resolves a path inside one scope frame; iteration and reduce frames answer their own keys
// without building an object unless the whole frame is asked for.
QJsonValue resolveInFrame(const Frame &frame, const PathSegment *segment, const PathSegment *end)
{
    switch (frame.kind) {
    case Frame::Kind::Data:
        return walk(*frame.value, segment, end);
    case Frame::Kind::Iteration:
        if (segment == end)
            return iterationObject(frame.index);
        if (segment->key == u"index")
            return walk(QJsonValue(double(frame.index)), segment + 1, end);
        return undefinedValue();
    case Frame::Kind::Reduce:
        if (segment == end) {
            return QJsonObject{{QStringLiteral("current"), *frame.value},
                               {QStringLiteral("accumulator"), *frame.accumulator}};
        }
        if (segment->key == u"current")
            return walk(*frame.value, segment + 1, end);
        if (segment->key == u"accumulator")
            return walk(*frame.accumulator, segment + 1, end);
        return undefinedValue();
    }
    return undefinedValue();
}

void recordMissing(const Node &node, Context &context, bool atTopScope)
{
    if (!context.missing || context.suppressMissing > 0 || !atTopScope)
        return;
    if (node.pathText.isEmpty() || context.missing->contains(node.pathText))
        return;
    context.missing->append(node.pathText);
}

PathSegment segmentFromValue(const QJsonValue &value)
{
    PathSegment segment{value.isString() ? value.toString() : toText(value), -1};
    if (value.isDouble() && value.toDouble() >= 0)
        segment.index = qsizetype(value.toDouble());
    else if (value.isString()) {
        bool ok = false;
        const qlonglong index = segment.key.toLongLong(&ok);
        segment.index = ok && index >= 0 ? qsizetype(index) : -1;
    }
    return segment;
}

QJsonValue evaluateVar(const Node &node, Context &context)
{
    const bool atTopScope = context.frames.size() == 1;
    QJsonValue result;
    if (node.staticPath) {
        result = resolveInFrame(context.frames.back(), node.path.data(),
                                node.path.data() + node.path.size());
    } else {
        const QJsonValue path = evaluateNode(node.args.front(), context);
        std::vector<PathSegment> segments;
        const QString text = path.isNull() ? QString() : toText(path);
        if (!text.isEmpty()) {
            const QStringList keys = text.split(u'.');
            for (const QString &key : keys)
                segments.push_back(segmentFromValue(QJsonValue(key)));
        }
        result = resolveInFrame(context.frames.back(), segments.data(),
                                segments.data() + segments.size());
    }

    if (!result.isNull() && !result.isUndefined())
        return result;
    if (node.hasDefault)
        return evaluateNode(node.args.back(), context);
    recordMissing(node, context, atTopScope);
    return QJsonValue();
}

// Resolves val and exists paths; *found tells a present null from an absent key.
QJsonValue resolveValPath(const Node &node, Context &context, bool *found)
{
    int scopeUp = node.scopeUp;
    std::vector<PathSegment> dynamicPath;
    const std::vector<PathSegment> *path = &node.path;
    if (!node.staticPath) {
        Values values = evaluateArgs(node, context);
        qsizetype first = 0;
        if (!values.isEmpty() && values.front().isArray()) {
            const QJsonArray climb = values.front().toArray();
            scopeUp = climb.isEmpty() ? 0 : std::abs(climb.at(0).toInt());
            first = 1;
        }
        for (qsizetype i = first; i < values.size(); ++i)
            dynamicPath.push_back(segmentFromValue(values.at(i)));
        path = &dynamicPath;
    }

    const qsizetype frameIndex = context.frames.size() - 1 - scopeUp;
    if (frameIndex < 0) {
        *found = false;
        return QJsonValue();
    }
    const QJsonValue result =
        resolveInFrame(context.frames.at(frameIndex), path->data(), path->data() + path->size());
    *found = !result.isUndefined();
    return result.isUndefined() ? QJsonValue() : result;
}

QJsonValue evaluateVal(const Node &node, Context &context)
{
    bool found = false;
    const QJsonValue result = resolveValPath(node, context, &found);
    if (result.isNull())
        recordMissing(node, context, context.frames.size() == 1 && node.scopeUp == 0);
    return result;
}

// var-style dotted lookup used by missing and missing_some; "" counts as missing too.
bool isMissingKey(const QJsonValue &key, const Context &context)
{
    std::vector<PathSegment> segments;
    const QString text = toText(key);
    if (!text.isEmpty()) {
        const QStringList keys = text.split(u'.');
        for (const QString &part : keys)
            segments.push_back(segmentFromValue(QJsonValue(part)));
    }
    const QJsonValue value =
        resolveInFrame(context.frames.back(), segments.data(), segments.data() + segments.size());
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString() == u"");
}

QJsonArray missingKeys(const Values &keys, const Context &context)
{
    QJsonArray missing;
    for (const QJsonValue &key : keys) {
        if (isMissingKey(key, context))
            missing.append(key);
    }
    return missing;
}

QJsonValue evaluateMissing(const Node &node, Context &context)
{
    Values keys = evaluateArgs(node, context);
    if (!keys.isEmpty() && keys.front().isArray()) {
        const QJsonArray list = keys.front().toArray();
        keys.clear();
        for (const QJsonValue item : list)
            keys.append(item);
    }
    return missingKeys(keys, context);
}

QJsonValue evaluateMissingSome(const Node &node, Context &context)
{
    const Values args = evaluateArgs(node, context);
    if (args.size() < 2 || !args.at(1).isArray())
        raise(invalidArguments());
    const double needed = toNumber(args.at(0));
    const QJsonArray list = args.at(1).toArray();
    Values keys;
    for (const QJsonValue item : list)
        keys.append(item);
    const QJsonArray missing = missingKeys(keys, context);
    if (double(list.size() - missing.size()) >= needed)
        return QJsonArray();
    return missing;
}

bool looseEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isArray() || a.isObject() || b.isArray() || b.isObject())
        raise(notANumber());
    if (a.isString() && b.isString())
        return a.toString() == b.toString();
    return toNumber(a) == toNumber(b);
}

bool strictEqual(const QJsonValue &a, const QJsonValue &b)
{
    const bool aNull = a.isNull() || a.isUndefined();
    const bool bNull = b.isNull() || b.isUndefined();
    if (aNull || bNull)
        return aNull && bNull;
    if (a.type() != b.type())
        return false;
    if (a.isDouble())
        return a.toDouble() == b.toDouble();
    return sameValue(a, b);
}

// Three-way order for <, <=, >, >=: text compares as text, everything else as numbers.
int order(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isString() && b.isString())
        return a.toString().compare(b.toString());
    if (a.isArray() || a.isObject() || b.isArray() || b.isObject())
        raise(notANumber());
    const double x = toNumber(a);
    const double y = toNumber(b);
    return x < y ? -1 : (x > y ? 1 : 0);
}

bool comparePair(Op op, const QJsonValue &a, const QJsonValue &b)
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

// Chained comparison (a < b < c), evaluated lazily from the left.
QJsonValue evaluateComparison(const Node &node, Context &context)
{
    QJsonValue left = evaluateNode(node.args[0], context);
    for (size_t i = 1; i < node.args.size(); ++i) {
        QJsonValue right = evaluateNode(node.args[i], context);
        if (!comparePair(node.op, left, right))
            return false;
        left = std::move(right);
    }
    return true;
}

QJsonValue finite(double value)
{
    if (!std::isfinite(value))
        raise(notANumber());
    return value;
}

QJsonValue evaluateArithmetic(const Node &node, Context &context)
{
    const Values args = evaluateArgs(node, context);
    switch (node.op) {
    case Op::Add: {
        double sum = 0;
        for (const QJsonValue &arg : args)
            sum += toNumber(arg);
        return finite(sum);
    }
    case Op::Multiply: {
        double product = 1;
        for (const QJsonValue &arg : args)
            product *= toNumber(arg);
        return finite(product);
    }
    case Op::Subtract: {
        if (args.isEmpty())
            raise(invalidArguments());
        double result = toNumber(args.at(0));
        if (args.size() == 1)
            return finite(-result);
        for (qsizetype i = 1; i < args.size(); ++i)
            result -= toNumber(args.at(i));
        return finite(result);
    }
    case Op::Divide: {
        if (args.isEmpty())
            raise(invalidArguments());
        double result = args.size() == 1 ? 1 : toNumber(args.at(0));
        for (qsizetype i = args.size() == 1 ? 0 : 1; i < args.size(); ++i) {
            const double divisor = toNumber(args.at(i));
            if (divisor == 0)
                raise(notANumber());
            result /= divisor;
        }
        return finite(result);
    }
    case Op::Modulo: {
        if (args.size() < 2)
            raise(invalidArguments());
        double result = toNumber(args.at(0));
        for (qsizetype i = 1; i < args.size(); ++i) {
            const double divisor = toNumber(args.at(i));
            if (divisor == 0)
                raise(notANumber());
            result = std::fmod(result, divisor);
        }
        return finite(result);
    }
    default: {
        if (args.isEmpty())
            raise(invalidArguments());
        double result = toNumber(args.at(0));
        for (qsizetype i = 1; i < args.size(); ++i) {
            const double value = toNumber(args.at(i));
            result = node.op == Op::Max ? std::max(result, value) : std::min(result, value);
        }
        return result;
    }
    }
}

QJsonValue evaluateIf(const Node &node, Context &context)
{
    const size_t count = node.args.size();
    size_t i = 0;
    for (; i + 1 < count; i += 2) {
        if (isTruthy(evaluateNode(node.args[i], context)))
            return evaluateNode(node.args[i + 1], context);
    }
    return i < count ? evaluateNode(node.args[i], context) : QJsonValue();
}

QJsonValue evaluateAndOr(const Node &node, Context &context)
{
    if (node.args.empty())
        return false;
    const bool stopWhenTruthy = node.op == Op::Or;
    QJsonValue value;
    for (const Node &arg : node.args) {
        value = evaluateNode(arg, context);
        if (isTruthy(value) == stopWhenTruthy)
            return value;
    }
    return value;
}

// The first value that is not null. Lookups in all but the last argument are expected to find
// nothing sometimes, so they are not reported as missing facts.
QJsonValue evaluateCoalesce(const Node &node, Context &context)
{
    if (node.spreadArgs) {
        const Values values = evaluateArgs(node, context);
        for (const QJsonValue &value : values) {
            if (!value.isNull() && !value.isUndefined())
                return value;
        }
        return QJsonValue();
    }
    for (size_t i = 0; i < node.args.size(); ++i) {
        const bool last = i + 1 == node.args.size();
        if (!last)
            ++context.suppressMissing;
        QJsonValue value;
        try {
            value = evaluateNode(node.args[i], context);
        } catch (const EvalError &) {
            if (!last)
                --context.suppressMissing;
            throw;
        }
        if (!last)
            --context.suppressMissing;
        if (!value.isNull() && !value.isUndefined())
            return value;
    }
    return QJsonValue();
}

QJsonValue evaluateIn(const Node &node, Context &context)
{
    const Values args = evaluateArgs(node, context);
    if (args.size() < 2)
        return false;
    const QJsonValue &needle = args.at(0);
    const QJsonValue &haystack = args.at(1);
    if (haystack.isString())
        return haystack.toString().contains(toText(needle));
    if (haystack.isArray()) {
        const QJsonArray items = haystack.toArray();
        for (const QJsonValue item : items) {
            if (strictEqual(item, needle))
                return true;
        }
    }
    return false;
}

QJsonValue evaluateCat(const Node &node, Context &context)
{
    const Values args = evaluateArgs(node, context);
    QString text;
    for (const QJsonValue &arg : args)
        text += toText(arg);
    return text;
}

qsizetype toIndex(const QJsonValue &value)
{
    const double number = toNumber(value);
    return qsizetype(std::trunc(number));
}

// JavaScript's substr, plus json-logic's negative length counting back from the end.
QJsonValue evaluateSubstr(const Node &node, Context &context)
{
    const Values args = evaluateArgs(node, context);
    const QString text = args.isEmpty() ? QString() : toText(args.at(0));
    const qsizetype length = text.size();
    qsizetype start = args.size() > 1 ? toIndex(args.at(1)) : 0;
    if (start < 0)
        start = std::max<qsizetype>(length + start, 0);
    start = std::min(start, length);

    if (args.size() < 3 || args.at(2).isNull())
        return text.mid(start);
    const qsizetype count = toIndex(args.at(2));
    if (count < 0)
        return text.mid(start, std::max<qsizetype>(length + count - start, 0));
    return text.mid(start, count);
}

QJsonValue evaluateMerge(const Node &node, Context &context)
{
    const Values args = evaluateArgs(node, context);
    QJsonArray merged;
    for (const QJsonValue &arg : args) {
        if (arg.isArray()) {
            const QJsonArray items = arg.toArray();
            for (const QJsonValue item : items)
                merged.append(item);
        } else {
            merged.append(arg);
        }
    }
    return merged;
}

// Pushes the iteration frame and the item frame for one element and pops them again.
class IterationScope
{
public:
    IterationScope(Context &context, qsizetype index, const QJsonValue *item,
                   const QJsonValue *accumulator = nullptr)
        : m_context(context)
        , m_size(context.frames.size())
    {
        m_context.frames.append(Frame{Frame::Kind::Iteration, nullptr, nullptr, index});
        const Frame::Kind kind = accumulator ? Frame::Kind::Reduce : Frame::Kind::Data;
        m_context.frames.append(Frame{kind, item, accumulator, index});
    }
    ~IterationScope() { m_context.frames.resize(m_size); }
    IterationScope(const IterationScope &) = delete;
    IterationScope &operator=(const IterationScope &) = delete;

private:
    Context &m_context;
    qsizetype m_size;
};

QJsonValue evaluateIterator(const Node &node, Context &context)
{
    const QJsonValue source = evaluateNode(node.args[0], context);
    if (!source.isArray()) {
        const bool absent = source.isNull() || source.isUndefined();
        if (absent && (node.op == Op::Map || node.op == Op::Filter))
            return QJsonArray();
        if (absent && node.op == Op::Reduce)
            return node.args.size() > 2 ? evaluateNode(node.args[2], context) : QJsonValue();
        raise(invalidArguments());
    }

    const QJsonArray items = source.toArray();
    const Node &body = node.args[1];
    if (node.op == Op::Reduce) {
        qsizetype first = 0;
        QJsonValue accumulator;
        if (node.args.size() > 2)
            accumulator = evaluateNode(node.args[2], context);
        else if (!items.isEmpty())
            accumulator = items.at(first++);
        for (qsizetype i = first; i < items.size(); ++i) {
            const QJsonValue current = items.at(i);
            IterationScope scope(context, i, &current, &accumulator);
            accumulator = evaluateNode(body, context);
        }
        return accumulator;
    }

    QJsonArray results;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        IterationScope scope(context, i, &item);
        const QJsonValue value = evaluateNode(body, context);
        switch (node.op) {
        case Op::Map:
            results.append(value.isUndefined() ? QJsonValue() : value);
            break;
        case Op::Filter:
            if (isTruthy(value))
                results.append(item);
            break;
        case Op::All:
            if (!isTruthy(value))
                return false;
            break;
        case Op::Some:
            if (isTruthy(value))
                return true;
            break;
        default:
            if (isTruthy(value))
                return false;
            break;
        }
    }

    switch (node.op) {
    case Op::Map:
    case Op::Filter:
        return results;
    case Op::All:
        return !items.isEmpty();
    case Op::Some:
        return false;
    default:
        return true;
    }
}

QJsonValue evaluateThrow(const Node &node, Context &context)
{
    const QJsonValue value =
        node.args.empty() ? QJsonValue() : evaluateNode(node.args.front(), context);
    if (value.isObject())
        throw EvalError{value};
    throw EvalError{QJsonObject{{QStringLiteral("type"), value}}};
}

// Each argument after the first runs with the previous error as its data, one iteration-like
// scope above the caller's, so [[2], …] still reaches the caller's data.
QJsonValue evaluateTry(const Node &node, Context &context)
{
    static const QJsonValue nothing;
    QJsonValue error;
    for (size_t i = 0; i < node.args.size(); ++i) {
        const qsizetype frames = context.frames.size();
        const int suppress = context.suppressMissing;
        try {
            if (i == 0)
                return evaluateNode(node.args[i], context);
            context.frames.append(Frame{Frame::Kind::Data, &nothing, nullptr, 0});
            context.frames.append(Frame{Frame::Kind::Data, &error, nullptr, 0});
            QJsonValue value = evaluateNode(node.args[i], context);
            context.frames.resize(frames);
            return value;
        } catch (const EvalError &raised) {
            context.frames.resize(frames);
            context.suppressMissing = suppress;
            error = raised.value;
        }
    }
    if (node.args.empty())
        return QJsonValue();
    throw EvalError{error};
}

QJsonValue evaluateArrayLiteral(const Node &node, Context &context)
{
    QJsonArray items;
    for (const Node &arg : node.args) {
        const QJsonValue value = evaluateNode(arg, context);
        items.append(value.isUndefined() ? QJsonValue() : value);
    }
    return items;
}

} // namespace

QJsonValue evaluateNode(const Node &node, Context &context)
{
    switch (node.op) {
    case Op::Literal:
        return node.literal;
    case Op::ArrayLiteral:
        return evaluateArrayLiteral(node, context);
    case Op::Var:
        return evaluateVar(node, context);
    case Op::Val:
        return evaluateVal(node, context);
    case Op::Exists: {
        bool found = false;
        resolveValPath(node, context, &found);
        return found;
    }
    case Op::Missing:
        return evaluateMissing(node, context);
    case Op::MissingSome:
        return evaluateMissingSome(node, context);
    case Op::If:
        return evaluateIf(node, context);
    case Op::Equal:
    case Op::StrictEqual:
    case Op::NotEqual:
    case Op::StrictNotEqual:
    case Op::Greater:
    case Op::GreaterEqual:
    case Op::Less:
    case Op::LessEqual:
        return evaluateComparison(node, context);
    case Op::Not:
        return node.args.empty() || !isTruthy(evaluateNode(node.args.front(), context));
    case Op::DoubleNot:
        return !node.args.empty() && isTruthy(evaluateNode(node.args.front(), context));
    case Op::Or:
    case Op::And:
        return evaluateAndOr(node, context);
    case Op::Coalesce:
        return evaluateCoalesce(node, context);
    case Op::Max:
    case Op::Min:
    case Op::Add:
    case Op::Subtract:
    case Op::Multiply:
    case Op::Divide:
    case Op::Modulo:
        return evaluateArithmetic(node, context);
    case Op::In:
        return evaluateIn(node, context);
    case Op::Cat:
        return evaluateCat(node, context);
    case Op::Substr:
        return evaluateSubstr(node, context);
    case Op::Merge:
        return evaluateMerge(node, context);
    case Op::Map:
    case Op::Filter:
    case Op::Reduce:
    case Op::All:
    case Op::Some:
    case Op::None:
        return evaluateIterator(node, context);
    case Op::Throw:
        return evaluateThrow(node, context);
    case Op::Try:
        return evaluateTry(node, context);
    case Op::InvalidArguments:
        raise(invalidArguments());
    }
    return QJsonValue();
}

} // namespace Jiuzhu::JsonLogic
