// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

#include "households/household.h"

namespace Jiuzhu {

class Areas;

// Settings of one synthetic caseload. The same seed, count and reference date always give the
// same households, on every run and every machine (no time seeding, no std distributions).
struct CaseloadOptions
{
    int households = 1000;
    quint64 seed = 1;
    QDate referenceDate;              // ages and benefit dates are counted back from it
    qint64 dibaoStandardFen = 169000; // anchors the income classes near the assistance lines
};

// Makes synthetic but realistic Shanghai households for tests, demonstrations and benchmarks:
// sizes, ages, sexes, valid resident ID numbers (unique within the caseload), incomes, health
// conditions, disabilities, benefits already received and addresses in the streets of 长宁区.
// Some facts are left unknown on purpose. Nobody in it is a real person. The distributions are
// documented in docs/synthetic-caseload.md.
class CaseloadGenerator
{
public:
    explicit CaseloadGenerator(const Areas &areas);

    QList<Household> generate(const CaseloadOptions &options) const;

private:
    const Areas &m_areas;
};

} // namespace Jiuzhu
