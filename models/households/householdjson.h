// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include "households/fielderror.h"
#include "households/household.h"

namespace Jiuzhu {

// Reads and writes the household JSON format of docs/formats/household.md, the shape that
// intake files use and that sync carries. Reading checks types and codes and reports every
// problem with the field it concerns; it does not check ID numbers or duplicates (that is
// HouseholdValidator's job).
namespace HouseholdJson {

Household fromJson(const QJsonObject &object, FieldErrors *errors);
QJsonObject toJson(const Household &household);

} // namespace HouseholdJson
} // namespace Jiuzhu
