// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Explanations are plain sentences built from the rule's structure with the values the data
// holds. Both languages are produced at once because matching stores and prints them side by
// side; the wording is fixed here rather than in translation catalogues for that reason.

#include <cmath>

#include <QJsonArray>
#include <QLocale>

#include "core/money.h"
#include "rules/trievaluator.h"

namespace Jiuzhu::JsonLogic {

namespace {

const QString UnitFen = QStringLiteral("fen");
const QString UnitRatio = QStringLiteral("ratio");
const QString UnitBool = QStringLiteral("bool");
const QString UnitCode = QStringLiteral("code");
// The unit a code fact hands to the values compared with it: "code:" and the fact's path, so
// that a literal such as "flexible" is shown with the fact's label for it (灵活就业).
const QString CodeUnitPrefix = QStringLiteral("code:");

// Text in both languages.
struct Text
{
    QString zh;
    QString en;
};

const QLocale &chineseLocale()
{
    static const QLocale locale(QLocale::Chinese, QLocale::China);
    return locale;
}

const QLocale &englishLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

Text outcomeWords(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Met:
        return {QStringLiteral("符合"), QStringLiteral("met")};
    case Outcome::NotMet:
        return {QStringLiteral("不符合"), QStringLiteral("not met")};
    case Outcome::Unknown:
        break;
    }
    return {QStringLiteral("待补充"), QStringLiteral("unknown")};
}

Outcome flipped(Outcome outcome, bool negate)
{
    if (!negate || outcome == Outcome::Unknown)
        return outcome;
    return outcome == Outcome::Met ? Outcome::NotMet : Outcome::Met;
}

bool isArithmetic(Op op)
{
    switch (op) {
    case Op::Add:
    case Op::Subtract:
    case Op::Multiply:
    case Op::Divide:
    case Op::Modulo:
    case Op::Max:
    case Op::Min:
        return true;
    default:
        return false;
    }
}

bool isComparison(Op op)
{
    return op >= Op::Equal && op <= Op::LessEqual;
}

bool isStaticFact(const Node &node)
{
    return (node.op == Op::Var || node.op == Op::Val) && node.staticPath && node.scopeUp == 0 &&
           !node.pathText.isEmpty();
}

// Relation words for a comparison as written, or for its negation under "!".
Text relationWords(Op op, bool negate)
{
    switch (op) {
    case Op::Less:
        return negate ? Text{QStringLiteral("不低于"), QStringLiteral("is not below")}
                      : Text{QStringLiteral("低于"), QStringLiteral("is below")};
    case Op::LessEqual:
        return negate ? Text{QStringLiteral("高于"), QStringLiteral("is above")}
                      : Text{QStringLiteral("不高于"), QStringLiteral("is at most")};
    case Op::Greater:
        return negate ? Text{QStringLiteral("不高于"), QStringLiteral("is at most")}
                      : Text{QStringLiteral("高于"), QStringLiteral("is above")};
    case Op::GreaterEqual:
        return negate ? Text{QStringLiteral("低于"), QStringLiteral("is below")}
                      : Text{QStringLiteral("不低于"), QStringLiteral("is at least")};
    case Op::NotEqual:
    case Op::StrictNotEqual:
        negate = !negate;
        break;
    default:
        break;
    }
    return negate ? Text{QStringLiteral("不等于"), QStringLiteral("does not equal")}
                  : Text{QStringLiteral("等于"), QStringLiteral("equals")};
}

QString operatorSymbol(Op op)
{
    switch (op) {
    case Op::Add:
        return QStringLiteral(" + ");
    case Op::Subtract:
        return QStringLiteral(" − ");
    case Op::Multiply:
        return QStringLiteral(" × ");
    case Op::Divide:
        return QStringLiteral(" ÷ ");
    default:
        return QStringLiteral(" mod ");
    }
}

QString plainNumber(double value, const QLocale &locale)
{
    if (value == std::trunc(value) && std::abs(value) < 1e15)
        return locale.toString(qint64(value));
    // Areas per person and the like: two decimals say enough (6.33, not 6.333333333333333);
    // small ratios such as 0.075 keep their digits.
    const double shown = std::abs(value) >= 1 ? std::round(value * 100) / 100 : value;
    return QString::number(shown, 'g', QLocale::FloatingPointShortest);
}

class Explainer
{
public:
    Explainer(TriEvaluator &evaluator, const FactLabels &labels)
        : m_evaluator(evaluator)
        , m_labels(labels)
    {
    }

    Clause explain(const Node &node, bool negate);

private:
    struct Evaluated
    {
        TriValue value;
        bool failed = false;
        QJsonValue error;
    };

    Evaluated evaluate(const Node &node);
    FactLabel labelFor(const QString &path) const;
    QString unitOf(const Node &node) const;

    Clause finish(Outcome outcome, const Text &body, const QStringList &missing) const;
    Clause errorClause(const QJsonValue &error) const;
    Text missingText(const QStringList &missing) const;
    Text formatValue(const QJsonValue &value, const QString &unit) const;
    Text renderExpression(const Node &node, const QString &unitHint, bool nested);
    Text renderFact(const Node &node, const QString &unitHint);
    Text renderArithmetic(const Node &node, bool nested);

    Clause explainAndOr(const Node &node, bool negate, Outcome outcome, const QStringList &missing);
    Clause explainComparison(const Node &node, bool negate, Outcome outcome);
    Clause explainIn(const Node &node, bool negate, Outcome outcome);
    Clause explainIf(const Node &node, bool negate, Outcome outcome, const QStringList &missing);
    Clause explainValue(const Node &node, Outcome outcome, const TriValue &value);

    TriEvaluator &m_evaluator;
    const FactLabels &m_labels;
};

Explainer::Evaluated Explainer::evaluate(const Node &node)
{
    Evaluated result;
    try {
        result.value = m_evaluator.evaluate(node);
    } catch (const EvalError &error) {
        result.failed = true;
        result.error = error.value;
    }
    return result;
}

FactLabel Explainer::labelFor(const QString &path) const
{
    if (m_labels) {
        if (const std::optional<FactLabel> label = m_labels(path))
            return *label;
    }
    return FactLabel{path, path, QString()};
}

QString Explainer::unitOf(const Node &node) const
{
    if (isStaticFact(node)) {
        const QString unit = labelFor(node.pathText).unit;
        return unit == UnitCode ? CodeUnitPrefix + node.pathText : unit;
    }

    QStringList units;
    for (const Node &arg : node.args)
        units.append(unitOf(arg));
    const auto firstMeasured = [&units]() {
        for (const QString &unit : units) {
            if (!unit.isEmpty() && unit != UnitRatio)
                return unit;
        }
        return units.isEmpty() ? QString() : units.first();
    };

    switch (node.op) {
    case Op::Add:
    case Op::Subtract:
    case Op::Max:
    case Op::Min:
    case Op::Coalesce:
        return firstMeasured();
    case Op::Multiply:
        return units.contains(UnitFen) ? UnitFen : firstMeasured();
    case Op::Divide:
        if (units.size() >= 2 && units.first() == UnitFen)
            return units.at(1) == UnitFen ? UnitRatio : UnitFen;
        return units.isEmpty() ? QString() : units.first();
    case Op::If:
        return units.size() > 1 ? units.at(1) : QString();
    default:
        return QString();
    }
}

Clause Explainer::finish(Outcome outcome, const Text &body, const QStringList &missing) const
{
    const Text words = outcomeWords(outcome);
    Clause clause;
    clause.outcome = outcome;
    clause.textZh = body.zh + QStringLiteral(" — ") + words.zh;
    clause.textEn = body.en + QStringLiteral(" — ") + words.en;
    if (outcome == Outcome::Unknown)
        clause.missingFacts = missing;
    return clause;
}

Clause Explainer::errorClause(const QJsonValue &error) const
{
    QString type = error.toObject().value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        type = toCompactJson(error);
    return finish(Outcome::NotMet,
                  {QStringLiteral("规则无法计算（%1）").arg(type),
                   QStringLiteral("the rule could not be evaluated (%1)").arg(type)},
                  {});
}

Text Explainer::missingText(const QStringList &missing) const
{
    QStringList zh;
    QStringList en;
    for (const QString &path : missing) {
        const FactLabel label = labelFor(path);
        zh.append(label.zh + QStringLiteral(" 未登记"));
        en.append(label.en + QStringLiteral(" not recorded"));
    }
    return {zh.join(QStringLiteral("、")), en.join(QStringLiteral(", "))};
}

Text Explainer::formatValue(const QJsonValue &value, const QString &unit) const
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? Text{QStringLiteral("是"), QStringLiteral("yes")}
                              : Text{QStringLiteral("否"), QStringLiteral("no")};
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (unit == UnitFen) {
            const qint64 fen = std::llround(number);
            return {Money::formatYuan(fen, chineseLocale()) + QStringLiteral(" 元"),
                    Money::formatYuan(fen, englishLocale()) + QStringLiteral(" yuan")};
        }
        const QString zh = plainNumber(number, chineseLocale());
        const QString en = plainNumber(number, englishLocale());
        if (unit == u"years")
            return {zh + QStringLiteral(" 年"), en + QStringLiteral(" years")};
        if (unit == u"age")
            return {zh + QStringLiteral(" 岁"), en + QStringLiteral(" years old")};
        if (unit == u"m2")
            return {zh + QStringLiteral(" 平方米"), en + QStringLiteral(" m²")};
        return {zh, en};
    }
    case QJsonValue::String:
        if (unit.startsWith(CodeUnitPrefix)) {
            const FactLabel fact = labelFor(unit.mid(CodeUnitPrefix.size()));
            const auto label = fact.values.constFind(value.toString());
            if (label != fact.values.constEnd())
                return {label->first, label->second};
        }
        return {value.toString(), value.toString()};
    case QJsonValue::Array: {
        const QJsonArray items = value.toArray();
        if (items.isEmpty())
            return {QStringLiteral("无"), QStringLiteral("none")};
        QStringList zh;
        QStringList en;
        for (const QJsonValue item : items) {
            const Text text = formatValue(item, unit);
            zh.append(text.zh);
            en.append(text.en);
        }
        return {zh.join(QStringLiteral("、")), en.join(QStringLiteral(", "))};
    }
    case QJsonValue::Object:
        return {toCompactJson(value), toCompactJson(value)};
    default:
        return {QStringLiteral("未登记"), QStringLiteral("not recorded")};
    }
}

Text Explainer::renderFact(const Node &node, const QString &unitHint)
{
    const FactLabel label = labelFor(node.pathText);
    const QString unit = label.unit.isEmpty()     ? unitHint
                         : label.unit == UnitCode ? CodeUnitPrefix + node.pathText
                                                  : label.unit;
    const Evaluated evaluated = evaluate(node);
    if (evaluated.failed || evaluated.value.isUnknown())
        return missingText({node.pathText});

    const Text value = formatValue(evaluated.value.value, unit);
    if (unit == UnitBool)
        return {label.zh + QStringLiteral("：") + value.zh,
                label.en + QStringLiteral(": ") + value.en};
    return {label.zh + u' ' + value.zh, label.en + u' ' + value.en};
}

// "1.5 × 最低生活保障标准 1,650 元 = 2,475 元": operands with their labels and values, then the
// result when this is the outermost arithmetic and it could be computed.
Text Explainer::renderArithmetic(const Node &node, bool nested)
{
    const QString unit = unitOf(node);
    const bool scaling = node.op == Op::Multiply || node.op == Op::Divide;
    QStringList zh;
    QStringList en;
    for (const Node &arg : node.args) {
        Text operand;
        if (isStaticFact(arg) && labelFor(arg.pathText).unit == UnitRatio) {
            const Evaluated value = evaluate(arg);
            operand = value.failed || value.value.isUnknown()
                          ? missingText({arg.pathText})
                          : formatValue(value.value.value, UnitRatio);
        } else {
            operand = renderExpression(arg, scaling ? QString() : unit, true);
        }
        zh.append(operand.zh);
        en.append(operand.en);
    }

    Text text;
    switch (node.op) {
    case Op::Max:
    case Op::Min: {
        const bool larger = node.op == Op::Max;
        text.zh = zh.join(QStringLiteral("、")) +
                  (larger ? QStringLiteral(" 中较大者") : QStringLiteral(" 中较小者"));
        text.en = (larger ? QStringLiteral("the larger of ") : QStringLiteral("the smaller of ")) +
                  en.join(QStringLiteral(" and "));
        break;
    }
    default: {
        const QString symbol = operatorSymbol(node.op);
        if (node.op == Op::Subtract && node.args.size() == 1) {
            text = {u'−' + zh.value(0), u'−' + en.value(0)};
        } else {
            text = {zh.join(symbol), en.join(symbol)};
        }
        break;
    }
    }

    if (nested)
        return {u'(' + text.zh + u')', u'(' + text.en + u')'};
    const Evaluated result = evaluate(node);
    if (result.failed || result.value.certainty != Certainty::Exact)
        return text;
    const Text value = formatValue(result.value.value, unit);
    return {text.zh + QStringLiteral(" = ") + value.zh, text.en + QStringLiteral(" = ") + value.en};
}

Text Explainer::renderExpression(const Node &node, const QString &unitHint, bool nested)
{
    if (isStaticFact(node))
        return renderFact(node, unitHint);
    if (node.op == Op::Literal)
        return formatValue(node.literal, unitHint);
    if (isArithmetic(node.op) && !node.spreadArgs)
        return renderArithmetic(node, nested);

    const Evaluated evaluated = evaluate(node);
    if (evaluated.failed)
        return {QStringLiteral("无法计算"), QStringLiteral("not computable")};
    if (evaluated.value.isUnknown())
        return missingText(evaluated.value.missing);
    const QString unit = unitOf(node);
    return formatValue(evaluated.value.value, unit.isEmpty() ? unitHint : unit);
}

Clause Explainer::explain(const Node &node, bool negate)
{
    if (node.op == Op::Not && !node.args.empty())
        return explain(node.args.front(), !negate);
    if (node.op == Op::DoubleNot && !node.args.empty())
        return explain(node.args.front(), negate);

    const Evaluated evaluated = evaluate(node);
    if (evaluated.failed)
        return errorClause(evaluated.error);
    const Outcome outcome = flipped(outcomeOf(evaluated.value), negate);

    const QStringList &missing = evaluated.value.missing;
    if (node.op == Op::And || node.op == Op::Or)
        return explainAndOr(node, negate, outcome, missing);
    if (node.op == Op::If && node.args.size() >= 2)
        return explainIf(node, negate, outcome, missing);
    if (outcome == Outcome::Unknown && !isStaticFact(node))
        return finish(outcome, missingText(missing), missing);
    if (isComparison(node.op) && node.args.size() >= 2)
        return explainComparison(node, negate, outcome);
    if (node.op == Op::In && node.args.size() == 2)
        return explainIn(node, negate, outcome);
    return explainValue(node, outcome, evaluated.value);
}

Clause Explainer::explainAndOr(const Node &node, bool negate, Outcome outcome,
                               const QStringList &missing)
{
    Text body;
    if (node.op == Op::And) {
        body = negate ? Text{QStringLiteral("不同时满足以下条件"),
                             QStringLiteral("not all of the following")}
                      : Text{QStringLiteral("同时满足以下条件"),
                             QStringLiteral("all of the following")};
    } else {
        body =
            negate
                ? Text{QStringLiteral("以下条件均不满足"), QStringLiteral("none of the following")}
                : Text{QStringLiteral("满足以下任一条件"), QStringLiteral("any of the following")};
    }

    QList<Clause> children;
    for (const Node &arg : node.args)
        children.append(explain(arg, false));
    Clause clause = finish(outcome, body, missing);
    clause.children = std::move(children);
    return clause;
}

// Statements about yes/no facts read as the fact and its value ("独居：是 — 符合").
Clause Explainer::explainComparison(const Node &node, bool negate, Outcome outcome)
{
    if (node.args.size() == 2 && node.op != Op::Less && node.op != Op::LessEqual &&
        node.op != Op::Greater && node.op != Op::GreaterEqual) {
        for (size_t i = 0; i < 2; ++i) {
            const Node &fact = node.args[i];
            const Node &other = node.args[1 - i];
            if (isStaticFact(fact) && other.op == Op::Literal && other.literal.isBool() &&
                labelFor(fact.pathText).unit == UnitBool) {
                Text text = renderFact(fact, UnitBool);
                // When the fact does not have the value the rule asks for, say which it asks
                // for: "低保家庭：是（应为：否）" rather than a bare "是 — 不符合".
                if (outcome == Outcome::NotMet) {
                    const bool inequality =
                        node.op == Op::NotEqual || node.op == Op::StrictNotEqual;
                    const bool required = other.literal.toBool() != (inequality != negate);
                    text.zh +=
                        required ? QStringLiteral("（应为：是）") : QStringLiteral("（应为：否）");
                    text.en += required ? QStringLiteral(" (required: yes)")
                                        : QStringLiteral(" (required: no)");
                }
                return finish(outcome, text, {});
            }
        }
    }

    QString unit;
    for (const Node &arg : node.args) {
        unit = unitOf(arg);
        if (!unit.isEmpty())
            break;
    }
    QList<Text> operands;
    for (const Node &arg : node.args)
        operands.append(renderExpression(arg, unit, false));

    const Text relation = relationWords(node.op, negate);
    QStringList zh;
    QStringList en;
    for (qsizetype i = 1; i < operands.size(); ++i) {
        zh.append(operands.at(i - 1).zh + QStringLiteral("，") + relation.zh + u' ' +
                  operands.at(i).zh);
        en.append(operands.at(i - 1).en + u' ' + relation.en + u' ' + operands.at(i).en);
    }
    return finish(outcome, {zh.join(QStringLiteral("；")), en.join(QStringLiteral("; "))}, {});
}

Clause Explainer::explainIn(const Node &node, bool negate, Outcome outcome)
{
    const Node &needle = node.args[0];
    const Node &haystack = node.args[1];
    const bool fromList = haystack.op == Op::Literal && haystack.literal.isArray();
    const QString unit = unitOf(fromList ? needle : haystack);
    const Text needleText = renderExpression(needle, unit, false);
    const Text haystackText = renderExpression(haystack, unit, false);

    if (fromList) {
        const Text relation = negate
                                  ? Text{QStringLiteral("不属于"), QStringLiteral("is not one of")}
                                  : Text{QStringLiteral("属于"), QStringLiteral("is one of")};
        return finish(outcome,
                      {needleText.zh + QStringLiteral("，") + relation.zh + u' ' + haystackText.zh,
                       needleText.en + u' ' + relation.en + u' ' + haystackText.en},
                      {});
    }
    const Text relation = negate
                              ? Text{QStringLiteral("不包含"), QStringLiteral("does not include")}
                              : Text{QStringLiteral("包含"), QStringLiteral("includes")};
    return finish(outcome,
                  {haystackText.zh + QStringLiteral("，") + relation.zh + u' ' + needleText.zh,
                   haystackText.en + u' ' + relation.en + u' ' + needleText.en},
                  {});
}

// An "if" explains the conditions it looked at and the branches it took.
Clause Explainer::explainIf(const Node &node, bool negate, Outcome outcome,
                            const QStringList &missing)
{
    QList<Clause> children;
    const size_t count = node.args.size();
    size_t i = 0;
    bool decided = false;
    for (; i + 1 < count && !decided; i += 2) {
        children.append(explain(node.args[i], false));
        const Outcome condition = children.last().outcome;
        if (condition == Outcome::Met || condition == Outcome::Unknown)
            children.append(explain(node.args[i + 1], negate));
        decided = condition == Outcome::Met;
        if (condition == Outcome::Unknown) {
            if (i + 2 < count)
                children.append(explain(node.args[count - 1], negate));
            decided = true;
        }
    }
    if (!decided && i < count)
        children.append(explain(node.args[i], negate));

    Clause clause =
        finish(outcome, {QStringLiteral("按条件判断"), QStringLiteral("depending on a condition")},
               missing);
    clause.children = std::move(children);
    return clause;
}

Clause Explainer::explainValue(const Node &node, Outcome outcome, const TriValue &value)
{
    if (isStaticFact(node)) {
        if (value.isUnknown())
            return finish(outcome, missingText({node.pathText}), {node.pathText});
        return finish(outcome, renderFact(node, QString()), {});
    }
    if (node.op == Op::Literal) {
        const Text literal = formatValue(node.literal, QString());
        return finish(
            outcome,
            {QStringLiteral("固定为 ") + literal.zh, QStringLiteral("always ") + literal.en}, {});
    }
    if (isArithmetic(node.op) && !node.spreadArgs)
        return finish(outcome, renderArithmetic(node, false), {});

    const Text shown = formatValue(value.value, unitOf(node));
    return finish(
        outcome,
        {QStringLiteral("计算结果 ") + shown.zh, QStringLiteral("computed value ") + shown.en}, {});
}

} // namespace

Clause explainRule(const Node &root, TriEvaluator &evaluator, const FactLabels &labels)
{
    Explainer explainer(evaluator, labels);
    return explainer.explain(root, false);
}

} // namespace Jiuzhu::JsonLogic
