// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QJsonValue>
#include <QStringList>

#include "core/result.h"

namespace Jiuzhu::JsonLogic {

struct Node;

// A JsonLogic rule compiled once into an immutable tree and evaluated many times over different
// data. Operators are resolved when compiling, literal arrays and objects are built then, and
// var/val paths are split then, so evaluation does no parsing and no operator lookups.
// Copies share the tree. Semantics follow the modern JSON Logic community specification,
// including throw/try: an error raised while evaluating is returned through `error` as an
// object such as {"type":"NaN"}, never as a C++ exception.
class CompiledRule
{
public:
    CompiledRule();

    // Fails only for rules that can never run (an unknown operator); argument errors that the
    // specification reports at run time ({"and":true}) compile into nodes that raise them.
    static Result<CompiledRule> compile(const QJsonValue &rule);

    bool isNull() const { return !m_root; }

    // Returns null and sets *error when the rule raises an error; *error is null otherwise.
    QJsonValue evaluate(const QJsonValue &data, QJsonValue *error = nullptr) const;

    // Same, and lists the var/val paths at the top scope that were looked up and found null or
    // absent without a default (the facts this evaluation was missing), each once.
    QJsonValue evaluate(const QJsonValue &data, QJsonValue *error, QStringList *missingFacts) const;

    // The compiled tree, for the evaluators in models/rules (eligibility, explanations).
    const Node *root() const { return m_root.get(); }

private:
    explicit CompiledRule(std::shared_ptr<const Node> root);

    std::shared_ptr<const Node> m_root;
};

// JsonLogic truthiness: false, null, 0, "" and [] are falsy; everything else, {} included, is
// truthy.
bool isTruthy(const QJsonValue &value);

// Deep equality for results: numbers compare by value (3 == 3.0), null equals undefined,
// arrays and objects compare element by element.
bool sameValue(const QJsonValue &a, const QJsonValue &b);

// Compact JSON text of any value, scalars included, for messages and logs.
QString toCompactJson(const QJsonValue &value);

} // namespace Jiuzhu::JsonLogic
