// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulesketch.h"

#include <algorithm>

#include <QJsonArray>
#include <QStringList>

namespace {

QJsonValue lookup(const QJsonObject &data, const QString &path)
{
    QJsonValue current = data;
    for (const QString &part : path.split(QLatin1Char('.')))
        current = current.toObject().value(part);
    return current.isUndefined() ? QJsonValue(QJsonValue::Null) : current;
}

bool truthy(const QJsonValue &value)
{
    return value.isBool() ? value.toBool() : value.isDouble() ? value.toDouble() != 0 : false;
}

QJsonValue logical(const QJsonArray &args, const QJsonObject &data, bool isAnd)
{
    bool sawNull = false;
    QJsonValue last(isAnd);
    for (const QJsonValue &arg : args) {
        last = evaluateSketch(arg, data);
        if (last.isNull())
            sawNull = true;
        else if (truthy(last) != isAnd)
            return last;
    }
    return sawNull ? QJsonValue(QJsonValue::Null) : last;
}

QJsonValue numeric(const QString &op, const QList<double> &n)
{
    if (op == QLatin1String("<"))
        return n[0] < n[1];
    if (op == QLatin1String("<="))
        return n[0] <= n[1];
    if (op == QLatin1String(">"))
        return n[0] > n[1];
    if (op == QLatin1String(">="))
        return n[0] >= n[1];
    if (op == QLatin1String("max"))
        return *std::max_element(n.cbegin(), n.cend());
    if (op == QLatin1String("min"))
        return *std::min_element(n.cbegin(), n.cend());
    if (op == QLatin1String("-"))
        return n.size() == 1 ? -n[0] : n[0] - n[1];
    if (op == QLatin1String("/"))
        return n[0] / n[1];
    double result = op == QLatin1String("*") ? 1 : 0;
    for (double x : n)
        result = op == QLatin1String("*") ? result * x : result + x;
    return result;
}

} // namespace

QJsonValue evaluateSketch(const QJsonValue &rule, const QJsonObject &data)
{
    if (rule.isArray()) {
        QJsonArray values;
        for (const QJsonValue &element : rule.toArray())
            values.append(evaluateSketch(element, data));
        return values;
    }
    if (!rule.isObject())
        return rule;
    const QString op = rule.toObject().constBegin().key();
    const QJsonValue raw = rule.toObject().constBegin().value();
    const QJsonArray args = raw.isArray() ? raw.toArray() : QJsonArray{raw};

    if (op == QLatin1String("var"))
        return lookup(data, args.at(0).toString());
    if (op == QLatin1String("and") || op == QLatin1String("or"))
        return logical(args, data, op == QLatin1String("and"));
    if (op == QLatin1String("if")) {
        for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
            const QJsonValue condition = evaluateSketch(args.at(i), data);
            if (condition.isNull())
                return QJsonValue::Null;
            if (truthy(condition))
                return evaluateSketch(args.at(i + 1), data);
        }
        return args.size() % 2 ? evaluateSketch(args.last(), data) : QJsonValue(QJsonValue::Null);
    }
    QJsonArray values;
    for (const QJsonValue &arg : args) {
        const QJsonValue value = evaluateSketch(arg, data);
        if (value.isNull())
            return QJsonValue::Null;
        values.append(value);
    }
    if (op == QLatin1String("!"))
        return !truthy(values.at(0));
    if (op == QLatin1String("=="))
        return values.at(0) == values.at(1);
    if (op == QLatin1String("in"))
        return values.at(1).toArray().contains(values.at(0));
    QList<double> numbers;
    for (const QJsonValue &value : std::as_const(values))
        numbers.append(value.toDouble());
    return numeric(op, numbers);
}
