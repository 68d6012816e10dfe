// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulevariables.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Jiuzhu {

namespace {

// Every JsonLogic operation with the number of arguments it accepts; -1 means no upper limit.
struct Arity
{
    int minimum;
    int maximum;
};

const QHash<QString, Arity> &jsonLogicOperations()
{
    static const QHash<QString, Arity> operations = {{QStringLiteral("var"), {0, 2}},
                                                     {QStringLiteral("missing"), {0, -1}},
                                                     {QStringLiteral("missing_some"), {2, 2}},
                                                     {QStringLiteral("if"), {1, -1}},
                                                     {QStringLiteral("?:"), {3, 3}},
                                                     {QStringLiteral("=="), {2, 2}},
                                                     {QStringLiteral("==="), {2, 2}},
                                                     {QStringLiteral("!="), {2, 2}},
                                                     {QStringLiteral("!=="), {2, 2}},
                                                     {QStringLiteral("!"), {1, 1}},
                                                     {QStringLiteral("!!"), {1, 1}},
                                                     {QStringLiteral("or"), {1, -1}},
                                                     {QStringLiteral("and"), {1, -1}},
                                                     {QStringLiteral(">"), {2, 2}},
                                                     {QStringLiteral(">="), {2, 2}},
                                                     {QStringLiteral("<"), {2, 3}},
                                                     {QStringLiteral("<="), {2, 3}},
                                                     {QStringLiteral("max"), {1, -1}},
                                                     {QStringLiteral("min"), {1, -1}},
                                                     {QStringLiteral("+"), {1, -1}},
                                                     {QStringLiteral("-"), {1, 2}},
                                                     {QStringLiteral("*"), {1, -1}},
                                                     {QStringLiteral("/"), {2, 2}},
                                                     {QStringLiteral("%"), {2, 2}},
                                                     {QStringLiteral("map"), {2, 2}},
                                                     {QStringLiteral("filter"), {2, 2}},
                                                     {QStringLiteral("reduce"), {2, 3}},
                                                     {QStringLiteral("all"), {2, 2}},
                                                     {QStringLiteral("none"), {2, 2}},
                                                     {QStringLiteral("some"), {2, 2}},
                                                     {QStringLiteral("merge"), {0, -1}},
                                                     {QStringLiteral("in"), {2, 2}},
                                                     {QStringLiteral("cat"), {0, -1}},
                                                     {QStringLiteral("substr"), {2, 3}},
                                                     {QStringLiteral("log"), {1, 1}}};
    return operations;
}

// JsonLogic accepts a single argument without the surrounding array.
QJsonArray argumentsOf(const QJsonValue &value)
{
    return value.isArray() ? value.toArray() : QJsonArray{value};
}

class Collector
{
public:
    RuleVariables result;

    void walk(const QJsonValue &value, bool inElementScope);

private:
    void addPath(const QJsonValue &path, bool inElementScope);
    void addUnknown(const QString &operation);
    void walkOperation(const QString &operation, const QJsonArray &args, bool inElementScope);
};

void Collector::addPath(const QJsonValue &path, bool inElementScope)
{
    if (path.isObject() || path.isArray()) {
        result.computedName = true;
        return;
    }
    if (inElementScope)
        return;
    const QString text = path.isDouble() ? QString::number(path.toDouble()) : path.toString();
    if (!result.paths.contains(text))
        result.paths.append(text);
}

void Collector::walkOperation(const QString &operation, const QJsonArray &args, bool inElementScope)
{
    if (operation == QLatin1String("var")) {
        if (!args.isEmpty())
            addPath(args.at(0), inElementScope);
        for (qsizetype i = 1; i < args.size(); ++i)
            walk(args.at(i), inElementScope);
    } else if (operation == QLatin1String("missing")) {
        for (const QJsonValue &arg : args) {
            for (const QJsonValue &path : argumentsOf(arg))
                addPath(path, inElementScope);
        }
    } else if (operation == QLatin1String("missing_some")) {
        for (const QJsonValue &path : args.at(1).toArray()) // at() past the end is undefined
            addPath(path, inElementScope);
    } else if (operation == QLatin1String("map") || operation == QLatin1String("filter") ||
               operation == QLatin1String("reduce") || operation == QLatin1String("all") ||
               operation == QLatin1String("none") || operation == QLatin1String("some")) {
        for (qsizetype i = 0; i < args.size(); ++i)
            walk(args.at(i), inElementScope || i == 1);
    } else {
        for (const QJsonValue &arg : args)
            walk(arg, inElementScope);
    }
}

void Collector::addUnknown(const QString &operation)
{
    if (result.unknownOperation.isEmpty())
        result.unknownOperation = operation;
    if (!result.unknownOperations.contains(operation))
        result.unknownOperations.append(operation);
}

void Collector::walk(const QJsonValue &value, bool inElementScope)
{
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            walk(element, inElementScope);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (object.size() != 1) {
        addUnknown(QStringList(object.keys()).join(QLatin1Char(',')));
        return;
    }
    const QString operation = object.constBegin().key();
    const auto known = jsonLogicOperations().constFind(operation);
    if (known == jsonLogicOperations().cend()) {
        addUnknown(operation);
        return;
    }
    const QJsonArray args = argumentsOf(object.constBegin().value());
    const int count = int(args.size());
    if (count < known->minimum || (known->maximum >= 0 && count > known->maximum))
        result.arityProblems.append({operation, count, known->minimum, known->maximum});
    walkOperation(operation, args, inElementScope);
}

} // namespace

RuleVariables collectRuleVariables(const QJsonValue &rule)
{
    Collector collector;
    collector.walk(rule, false);
    return collector.result;
}

} // namespace Jiuzhu
