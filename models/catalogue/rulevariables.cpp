// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulevariables.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

namespace Jiuzhu {

namespace {

const QSet<QString> &jsonLogicOperations()
{
    static const QSet<QString> operations = {
        QStringLiteral("var"),    QStringLiteral("missing"), QStringLiteral("missing_some"),
        QStringLiteral("if"),     QStringLiteral("?:"),      QStringLiteral("=="),
        QStringLiteral("==="),    QStringLiteral("!="),      QStringLiteral("!=="),
        QStringLiteral("!"),      QStringLiteral("!!"),      QStringLiteral("or"),
        QStringLiteral("and"),    QStringLiteral(">"),       QStringLiteral(">="),
        QStringLiteral("<"),      QStringLiteral("<="),      QStringLiteral("max"),
        QStringLiteral("min"),    QStringLiteral("+"),       QStringLiteral("-"),
        QStringLiteral("*"),      QStringLiteral("/"),       QStringLiteral("%"),
        QStringLiteral("map"),    QStringLiteral("filter"),  QStringLiteral("reduce"),
        QStringLiteral("all"),    QStringLiteral("none"),    QStringLiteral("some"),
        QStringLiteral("merge"),  QStringLiteral("in"),      QStringLiteral("cat"),
        QStringLiteral("substr"), QStringLiteral("log")};
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
        for (const QJsonValue &path : args.at(1).toArray())
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
        if (result.unknownOperation.isEmpty())
            result.unknownOperation = QStringList(object.keys()).join(QLatin1Char(','));
        return;
    }
    const QString operation = object.constBegin().key();
    if (!jsonLogicOperations().contains(operation)) {
        if (result.unknownOperation.isEmpty())
            result.unknownOperation = operation;
        return;
    }
    walkOperation(operation, argumentsOf(object.constBegin().value()), inElementScope);
}

} // namespace

RuleVariables collectRuleVariables(const QJsonValue &rule)
{
    Collector collector;
    collector.walk(rule, false);
    return collector.result;
}

} // namespace Jiuzhu
