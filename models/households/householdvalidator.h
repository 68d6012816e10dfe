// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include "households/fielderror.h"
#include "households/household.h"

namespace Jiuzhu {

class Areas;

// Intake rules that do not need the store: resident IDs (normalised in place, with birth date
// and sex derived and checked against what was typed), exactly one head of household, the
// same ID number not twice in one household, plausible codes and amounts. Duplicates across
// households are checked by the repository, which can see the others.
namespace HouseholdValidator {

// What the validator checks codes against, when the caller has it: the administrative areas
// (district current, street in its district) and the catalogue's policy codes (benefits).
struct ReferenceData
{
    const Areas *areas = nullptr;
    QStringList policyCodes;
};

FieldErrors validate(Household &household, const QDate &today, const ReferenceData &reference = {});

} // namespace HouseholdValidator
} // namespace Jiuzhu
