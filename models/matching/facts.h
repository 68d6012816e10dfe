// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>

namespace Jiuzhu {

class Catalogue;
struct Household;
struct Member;

// Turns a household into the facts that eligibility rules and benefit formulas read (see
// docs/formats/facts.md). Facts intake did not collect are null, so rules can say "unknown".
// Money is integer fen.
namespace Facts {

QJsonObject household(const Household &household, const QDate &asOf);
QJsonObject member(const Household &household, const Member &member, const QDate &asOf);
// Every catalogue parameter's value on the date, by name; parameters with no value then are
// absent (and so unknown to the rules).
QJsonObject parameters(const Catalogue &catalogue, const QDate &asOf);

} // namespace Facts
} // namespace Jiuzhu
