// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>

// A deliberately small JsonLogic evaluator for the catalogue tests only: it covers the
// operations the bundled catalogue uses and treats a null operand as "unknown" (null result),
// so the worked examples can check formulas without depending on the real rules engine.
QJsonValue evaluateSketch(const QJsonValue &rule, const QJsonObject &data);
