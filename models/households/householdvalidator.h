// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include "households/fielderror.h"
#include "households/household.h"

namespace Jiuzhu {

// Intake rules that do not need the store: resident IDs (normalised in place, with birth date
// and sex derived and checked against what was typed), exactly one head of household, the
// same ID number not twice in one household, plausible codes and amounts. Duplicates across
// households are checked by the repository, which can see the others.
namespace HouseholdValidator {

FieldErrors validate(Household &household, const QDate &today);

} // namespace HouseholdValidator
} // namespace Jiuzhu
