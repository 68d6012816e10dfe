// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "matching/matchresult.h"

namespace Jiuzhu {

class FactTable;
class Screening;
class ScreeningResult;

// One household that is eligible or possibly eligible for a policy it does not receive: where
// 政策找人 has work to do. The amount is the screening's estimate for the policy's period;
// monthlyFen spreads yearly and one-off amounts over twelve months so gaps compare.
struct CoverageGap
{
    int household = 0; // FactTable row
    int policy = 0;    // Screening policy index
    MatchStatus status = MatchStatus::Eligible;
    std::optional<qint64> amountFen;
    qint64 monthlyFen = 0;
    int level = 0; // latest hardship level, 0 when not assessed
    QString street;
    quint64 missingMask = 0;
};

namespace CoverageGaps {

enum class Order
{
    Amount, // largest monthly amount first
    Level,  // most severe hardship first
    Street  // by street code, then largest amount
};

qint64 monthlyEquivalentFen(qint64 fen, const QString &period);

// Every gap of a run, ordered by `order` (ties: household row, then policy).
QList<CoverageGap> find(const Screening &screening, const ScreeningResult &result,
                        const FactTable &table, Order order = Order::Amount);
void sort(QList<CoverageGap> &gaps, Order order);

} // namespace CoverageGaps
} // namespace Jiuzhu
